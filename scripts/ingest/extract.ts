/**
 * Checks one source before it joins the atlas: prints the extracted document as JSON.
 *   npm run --silent extract -- path/to/plan.txt|plan.docx [--province 河南] [--city 广州市] [--level 省] [--issuer …] [--year 2021] [--title …] [--draft] [--id …]
 *   npm run --silent extract -- plan.docx --text   prints the text as read instead (one paragraph a line; the
 *                                                   line numbers of warnings refer to it)
 * Metadata the text does not state is inferred; every inference, every gap and every unknown unit is
 * a warning on stderr. A bad source, sidecar or flag exits 1, naming file and line, all problems at once.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { documentIdFromFile } from '../../src/lib/ids.ts';
import { provinceByName } from '../../src/lib/provinces.ts';
import { formatError, formatWarning, SourceError } from './errors.ts';
import { extractDocument } from './extract-document.ts';
import { checkOverrides } from './metadata-overrides.ts';
import { readSource } from './read-source.ts';
import { readSidecar, registryFor } from './sources.ts';

const USAGE =
  'usage: npm run --silent extract -- FILE.txt|FILE.docx [--text] [--province 河南] [--city 广州市] [--level 全国|省|市] [--issuer 共青团河南省委] [--year 2021] [--title 标题] [--draft] [--id ascii-id]';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      province: { type: 'string' },
      city: { type: 'string' },
      level: { type: 'string' },
      issuer: { type: 'string' },
      year: { type: 'string' },
      title: { type: 'string' },
      draft: { type: 'boolean' },
      id: { type: 'string' },
      text: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const file = positionals[0]!;
  const { id: _id, help: _help, text: _text, ...stated } = values;
  // A year flag that is all digits is a number; anything else is passed on to be reported as it is.
  const flagValues = { ...stated, ...(stated.year !== undefined && /^\d+$/.test(stated.year) ? { year: Number(stated.year) } : {}) };
  try {
    const source = readSource(file);
    if (values.text) {
      process.stdout.write(`${source.text}\n`);
      return 0;
    }
    const sidecar = readSidecar(path.resolve(file));
    const flags = checkOverrides(flagValues, { file, label: (key) => `--${key}` });
    const problems = [...sidecar.problems, ...flags.problems];
    if (problems.length > 0) throw new SourceError(problems);
    const id = values.id ?? safeId(file);
    const result = extractDocument(source, { id, registryFor, overrides: { ...sidecar.overrides, ...flags.overrides } });
    for (const w of [...result.warnings, ...result.gaps]) console.error(formatWarning(w));
    if (result.registry.seeded && result.registry.units.length > 0) {
      const { province, city } = result.document;
      // A curated registry names a provincial committee's departments; a city's plan has its own.
      const slug = province === null || city !== null ? undefined : provinceByName(province)?.slug;
      console.error(
        `warning: ${source.file}: no unit registry for ${city ?? province ?? 'the document'}${slug ? ` (content/units/${slug}.json)` : ''}; ` +
          `${result.registry.units.length} units kept as written, one name per unit (a registry seeded from this document's tags)`,
      );
    }
    process.stdout.write(`${JSON.stringify(result.document, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(formatError(e));
      return 1;
    }
    throw e;
  }
}

/** A file named in Chinese still gets a usable id. */
function safeId(file: string): string {
  try {
    return documentIdFromFile(file);
  } catch {
    return 'document';
  }
}

process.exitCode = main();

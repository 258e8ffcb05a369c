/**
 * Checks one source before it joins the atlas: prints the extracted document as JSON.
 *   npm run --silent extract -- path/to/plan.txt|plan.docx [--province 河南] [--city 广州市] [--level 省] [--issuer …] [--year 2021] [--title …] [--draft] [--id …]
 *   npm run --silent extract -- plan.docx --text   prints the text as read instead (one paragraph a line; the
 *                                                   line numbers of warnings refer to it)
 * Metadata the text does not state is inferred; every inference, every gap and every unknown unit is
 * a warning on stderr. A bad flag exits 2 with one line; a bad source or sidecar exits 1 with a line
 * per problem naming the file (and line) and what was expected.
 */
import path from 'node:path';
import { z } from 'zod';
import { documentIdFromFile } from '../../src/lib/ids.ts';
import { provinceByName } from '../../src/lib/provinces.ts';
import { documentSchema } from '../../src/lib/schema.ts';
import { parseOptions, runCli, UsageError } from './cli.ts';
import { formatWarning, SourceError } from './errors.ts';
import { extractDocument } from './extract-document.ts';
import { checkOverrides, type MetadataOverrides } from './metadata-overrides.ts';
import { readSource } from './read-source.ts';
import { describeIssues } from './schema-errors.ts';
import { fileNameWarning, readSidecar, registryFor } from './sources.ts';

const USAGE =
  'usage: npm run --silent extract -- FILE.txt|FILE.docx [--text] [--province 河南] [--city 广州市] [--level 全国|省|市] [--issuer 共青团河南省委] [--year 2021] [--title 标题] [--draft] [--id ascii-id]';

/** The flags say what a sidecar would (checked the same way), plus the document id; every problem in one line. */
function checkedFlags(file: string, values: Record<string, string | boolean | undefined>): MetadataOverrides & { id?: string } {
  const { help: _help, text: _text, id, ...stated } = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  // A year flag that is all digits is a number; anything else is passed on to be reported as it is.
  const metadata = { ...stated, ...(typeof stated.year === 'string' && /^\d+$/.test(stated.year) ? { year: Number(stated.year) } : {}) };
  const { overrides, problems } = checkOverrides(metadata, { file, label: (key) => `--${key}` });
  const messages = problems.map((p) => p.message);
  const checkedId = z.object({ id: documentSchema.shape.id.optional() }).safeParse({ id });
  if (!checkedId.success) messages.push(describeIssues(checkedId.error, { id }, (p) => `--${String(p[0])}`));
  if (messages.length > 0) throw new UsageError(messages.join('; '));
  return { ...overrides, ...(typeof id === 'string' ? { id } : {}) };
}

function main(args: string[]): number {
  const { values, positionals } = parseOptions(
    {
      args,
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
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one source file, got ${positionals.length === 0 ? 'none' : positionals.length}; ${USAGE}`);
  const file = positionals[0]!;
  const { id: flagId, ...flags } = checkedFlags(file, values);
  const source = readSource(file);
  if (values.text) {
    process.stdout.write(`${source.text}\n`);
    return 0;
  }
  const sidecar = readSidecar(path.resolve(file));
  if (sidecar.problems.length > 0) throw new SourceError(sidecar.problems);
  const id = flagId ?? documentIdFromFile(file);
  const result = extractDocument(source, { id, registryFor, overrides: { ...sidecar.overrides, ...flags } });
  const nameWarning = flagId === undefined ? fileNameWarning(file, id) : undefined;
  for (const w of [...(nameWarning ? [nameWarning] : []), ...result.warnings, ...result.gaps]) console.error(formatWarning(w));
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
}

runCli(main);

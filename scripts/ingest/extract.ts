/**
 * Checks one source before it joins the atlas: prints the extracted document as JSON.
 *   npm run --silent extract -- path/to/plan.txt|plan.docx [--province 河南] [--issuer …] [--year 2021] [--title …] [--id …]
 *   npm run --silent extract -- plan.docx --text   prints the text as read instead (one paragraph a line; the
 *                                                   line numbers of warnings refer to it)
 * Warnings (unknown units …) go to stderr; an unreadable source exits 1 with file and line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { documentIdFromFile } from '../../src/lib/ids.ts';
import { provinceByName } from '../../src/lib/provinces.ts';
import { formatWarning, SourceError } from './errors.ts';
import { extractDocument } from './extract-document.ts';
import { readSource } from './read-source.ts';
import { readSidecar, registryFor } from './sources.ts';

const USAGE = 'usage: npm run --silent extract -- FILE.txt|FILE.docx [--text] [--province 河南] [--issuer 共青团河南省委] [--year 2021] [--title 标题] [--id ascii-id]';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      province: { type: 'string' },
      issuer: { type: 'string' },
      year: { type: 'string' },
      title: { type: 'string' },
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
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year)) {
    console.error(`--year expects a four-digit year, got “${values.year}”`);
    return 2;
  }
  const flags = Object.fromEntries(
    Object.entries({ province: values.province, issuer: values.issuer, year, title: values.title }).filter(([, v]) => v !== undefined),
  );
  try {
    const source = readSource(file);
    if (values.text) {
      process.stdout.write(`${source.text}\n`);
      return 0;
    }
    const id = values.id ?? safeId(file);
    const result = extractDocument(source, { id, registryFor, overrides: { ...readSidecar(path.resolve(file)), ...flags } });
    for (const w of result.warnings) console.error(formatWarning(w));
    if (result.registry.seeded && result.registry.units.length > 0) {
      const slug = provinceByName(result.document.province)?.slug;
      console.error(
        `warning: ${source.file}: no unit registry for ${result.document.province}${slug ? ` (content/units/${slug}.json)` : ''}; ` +
          `${result.registry.units.length} units kept as written, one name per unit (a registry seeded from this document's tags)`,
      );
    }
    process.stdout.write(`${JSON.stringify(result.document, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`error: ${e.message}`);
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

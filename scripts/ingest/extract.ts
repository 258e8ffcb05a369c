/**
 * Checks one source before it joins the atlas: prints the extracted document as JSON.
 *   npm run --silent extract -- path/to/plan.txt|plan.docx [--province 河南] [--issuer …] [--year 2021] [--title …] [--id …]
 *   npm run --silent extract -- plan.docx --text   prints the text as read instead (one paragraph a line; the
 *                                                   line numbers of warnings refer to it)
 * Warnings (unknown units …) go to stderr; a bad source or flag exits non-zero with one line naming
 * the file (and line) and what was expected.
 */
import path from 'node:path';
import { documentIdFromFile } from '../../src/lib/ids.ts';
import { provinceByName } from '../../src/lib/provinces.ts';
import { documentSchema } from '../../src/lib/schema.ts';
import { parseOptions, runCli, UsageError } from './cli.ts';
import { formatWarning } from './errors.ts';
import { extractDocument } from './extract-document.ts';
import type { MetadataOverrides } from './metadata.ts';
import { readSource } from './read-source.ts';
import { describeIssues } from './schema-errors.ts';
import { fileNameWarning, readSidecar, registryFor, sidecarSchema } from './sources.ts';

const USAGE = 'usage: npm run --silent extract -- FILE.txt|FILE.docx [--text] [--province 河南] [--issuer 共青团河南省委] [--year 2021] [--title 标题] [--id ascii-id]';

/** The flags say what a sidecar would, plus the document id; one schema checks both. */
const flagsSchema = sidecarSchema.omit({ note: true }).extend({ id: documentSchema.shape.id.optional() });

function checkedFlags(values: Record<string, string | boolean | undefined>): MetadataOverrides & { id?: string } {
  const flags = Object.fromEntries(
    Object.entries(values)
      .filter(([key, value]) => key !== 'help' && key !== 'text' && value !== undefined)
      .map(([key, value]) => [key, key === 'year' && /^\d+$/.test(String(value)) ? Number(value) : value]),
  );
  const parsed = flagsSchema.safeParse(flags);
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error, flags, (p) => `--${String(p[0])}`));
  return parsed.data;
}

function main(args: string[]): number {
  const { values, positionals } = parseOptions(
    {
      args,
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
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one source file, got ${positionals.length === 0 ? 'none' : positionals.length}; ${USAGE}`);
  const file = positionals[0]!;
  const { id: flagId, ...flags } = checkedFlags(values);
  const source = readSource(file);
  if (values.text) {
    process.stdout.write(`${source.text}\n`);
    return 0;
  }
  const id = flagId ?? documentIdFromFile(file);
  const result = extractDocument(source, { id, registryFor, overrides: { ...readSidecar(path.resolve(file)), ...flags } });
  const nameWarning = flagId === undefined ? fileNameWarning(file, id) : undefined;
  for (const w of [...(nameWarning ? [nameWarning] : []), ...result.warnings]) console.error(formatWarning(w));
  if (result.registry.seeded && result.registry.units.length > 0) {
    const slug = provinceByName(result.document.province)?.slug;
    console.error(
      `warning: ${source.file}: no unit registry for ${result.document.province}${slug ? ` (content/units/${slug}.json)` : ''}; ` +
        `${result.registry.units.length} units kept as written, one name per unit (a registry seeded from this document's tags)`,
    );
  }
  process.stdout.write(`${JSON.stringify(result.document, null, 2)}\n`);
  return 0;
}

runCli(main);

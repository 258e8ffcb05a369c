/**
 * Re-ingests every source: content/sources → content/documents/*.mdx and content/data/*.json.
 *   npm run ingest                     write the content
 *   npm run ingest -- --check          exit 1 if content/ is not what the sources give (nothing written)
 *   npm run ingest -- --content DIR    read DIR/sources and DIR/units, write DIR/documents and DIR/data
 * Everything is computed and validated before the first byte is written, and the switch to the new
 * content is all-or-nothing (content-switch.ts): a bad source, an I/O error or a kill never leaves
 * partial content behind.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { documentFrontmatterSchema, exportedClauseSchema, type ExportedClause } from '../../src/lib/schema.ts';
import { parseOptions, runCli } from './cli.ts';
import { changedFiles, recoverInterruptedSwitch, strayFiles, switchContent, workDirectory, type SwitchOptions, type SwitchResult } from './content-switch.ts';
import { formatWarning, type IngestWarning } from './errors.ts';
import { extractDocument } from './extract-document.ts';
import { toMdx } from './mdx.ts';
import { readSource } from './read-source.ts';
import { fileNameWarning, listSources, registryFor, relativeToRoot, ROOT } from './sources.ts';

/** Where to read sources and registries and where to write content; the defaults are the project's own. */
export interface IngestPaths {
  sources: string;
  units: string;
  documents: string;
  data: string;
}

/** The standard layout under one content directory. */
export function contentPaths(dir: string): IngestPaths {
  return { sources: path.join(dir, 'sources'), units: path.join(dir, 'units'), documents: path.join(dir, 'documents'), data: path.join(dir, 'data') };
}

export const DEFAULT_PATHS: IngestPaths = contentPaths(path.join(ROOT, 'content'));

/** The directories ingest owns: every file in them is generated, and they are switched over together. */
export function generatedDirectories(paths: IngestPaths): string[] {
  return [paths.documents, paths.data];
}

export interface IngestOutput {
  paths: IngestPaths;
  /** Absolute path → file content. */
  files: Map<string, string>;
  warnings: IngestWarning[];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function ingestAll(paths: IngestPaths = DEFAULT_PATHS): IngestOutput {
  const files = new Map<string, string>();
  const warnings: IngestWarning[] = [];
  const allClauses: ExportedClause[] = [];
  const registries = (province: string) => registryFor(province, paths.units);
  for (const source of listSources(paths.sources)) {
    const text = readSource(source.file);
    const result = extractDocument({ ...text, file: source.relative }, { id: source.id, registryFor: registries, overrides: source.overrides });
    const nameWarning = fileNameWarning(source.relative, source.id);
    if (nameWarning) warnings.push(nameWarning);
    warnings.push(...result.warnings);
    const frontmatter = documentFrontmatterSchema.parse({ ...result.document, source: source.relative, outline: result.outline });
    files.set(path.join(paths.documents, `${source.id}.mdx`), toMdx(frontmatter, result.blocks));
    files.set(path.join(paths.data, 'documents', `${source.id}.json`), json(result.document));
    for (const clause of result.document.clauses) allClauses.push(exportedClauseSchema.parse({ ...clause, documentId: source.id }));
  }
  files.set(path.join(paths.data, 'clauses.json'), json(allClauses));
  return { paths, files, warnings };
}

/** Files whose content on disk differs from what the sources give, stray files, and an interrupted switch. */
export function differences(output: IngestOutput): string[] {
  const dirs = generatedDirectories(output.paths);
  const work = workDirectory(dirs);
  return [...changedFiles(output.files), ...strayFiles(output.files, dirs), ...(existsSync(work) ? [`${work}/`] : [])].map(relativeToRoot).sort();
}

export function writeOutput(output: IngestOutput, options: SwitchOptions = {}): SwitchResult {
  return switchContent(output.files, generatedDirectories(output.paths), options);
}

const USAGE = 'usage: npm run ingest [-- --check] [--quiet] [--content DIR]';

function main(args: string[]): number {
  const { values } = parseOptions({ args, options: { check: { type: 'boolean' }, quiet: { type: 'boolean' }, content: { type: 'string' } } }, USAGE);
  const paths = values.content === undefined ? DEFAULT_PATHS : contentPaths(path.resolve(values.content));
  const recovery = recoverInterruptedSwitch(generatedDirectories(paths));
  if (recovery?.action === 'completed') console.error(`note: an earlier ingest was killed while switching content over; completed the switch (${recovery.files} files).`);
  if (recovery?.action === 'rolled back') console.error('note: an earlier ingest was interrupted before switching content over; removed its staging files, the content is unchanged.');
  const output = ingestAll(paths);
  for (const w of output.warnings) console.error(formatWarning(w));
  if (values.check) {
    const diff = differences(output);
    if (diff.length > 0) {
      console.error(`error: content/ is stale or has stray files; run npm run ingest. Differs: ${diff.join(', ')}`);
      return 1;
    }
    if (!values.quiet) console.log(`content/ is up to date (${output.files.size} files).`);
    return 0;
  }
  const { written, removed } = writeOutput(output);
  const where = `${relativeToRoot(path.dirname(paths.documents))}/`;
  if (!values.quiet) console.log(written + removed === 0 ? `${where} was already up to date (${output.files.size} files).` : `${where}: ${written} files written, ${removed} removed (${output.files.size} files).`);
  return 0;
}

if (import.meta.main) runCli(main, { nothingWritten: true });

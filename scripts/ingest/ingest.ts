/**
 * Re-ingests every source: content/sources → content/documents/*.mdx and content/data/*.json
 * (content/ is the content root, src/paths.ts).
 *   npm run ingest           write the content
 *   npm run ingest -- --check  exit 1 if content/ is not what the sources give (nothing written)
 * Everything is computed and validated before the first byte is written, so a bad source never
 * leaves partial content behind.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { documentFrontmatterSchema, exportedClauseSchema, type ExportedClause } from '../../src/lib/schema.ts';
import { formatWarning, SourceError, type IngestWarning } from './errors.ts';
import { extractDocument } from './extract-document.ts';
import { toMdx } from './mdx.ts';
import { readSource } from './read-source.ts';
import { CONTENT_DIR, DATA_DIR, DOCUMENTS_DIR, listSources, registryFor, relativeToRoot, SOURCES_DIR, UNITS_DIR } from './sources.ts';

/** Where to read sources and registries and where to write content; the defaults are the project's own. */
export interface IngestPaths {
  sources: string;
  units: string;
  documents: string;
  data: string;
}

export const DEFAULT_PATHS: IngestPaths = { sources: SOURCES_DIR, units: UNITS_DIR, documents: DOCUMENTS_DIR, data: DATA_DIR };

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
    warnings.push(...result.warnings);
    const frontmatter = documentFrontmatterSchema.parse({ ...result.document, source: source.relative, outline: result.outline, preamble: result.preamble, sections: result.sections });
    files.set(path.join(paths.documents, `${source.id}.mdx`), toMdx(frontmatter, result.blocks));
    files.set(path.join(paths.data, 'documents', `${source.id}.json`), json(result.document));
    for (const clause of result.document.clauses) allClauses.push(exportedClauseSchema.parse({ ...clause, documentId: source.id }));
  }
  files.set(path.join(paths.data, 'clauses.json'), json(allClauses));
  return { paths, files, warnings };
}

/** Generated files on disk that the sources no longer produce. */
function staleFiles({ paths, files: expected }: IngestOutput): string[] {
  const out: string[] = [];
  for (const dir of [paths.documents, path.join(paths.data, 'documents'), paths.data]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (/\.(mdx|json)$/.test(name) && !expected.has(file)) out.push(file);
    }
  }
  return out;
}

/** Files whose content on disk differs from what the sources give. */
export function differences(output: IngestOutput): string[] {
  const changed = [...output.files].filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content).map(([file]) => file);
  return [...changed, ...staleFiles(output)].map(relativeToRoot).sort();
}

export function writeOutput(output: IngestOutput): void {
  for (const [file, content] of output.files) {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  }
  for (const file of staleFiles(output)) rmSync(file);
}

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, quiet: { type: 'boolean' } } });
  let output: IngestOutput;
  try {
    output = ingestAll();
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`error: ${e.message}\nnothing was written.`);
      return 1;
    }
    throw e;
  }
  for (const w of output.warnings) console.error(formatWarning(w));
  if (values.check) {
    const diff = differences(output);
    if (diff.length > 0) {
      console.error(`content/ is stale; run npm run ingest. Differs: ${diff.join(', ')}`);
      return 1;
    }
    if (!values.quiet) console.log(`content/ is up to date (${output.files.size} files).`);
    return 0;
  }
  writeOutput(output);
  if (!values.quiet) console.log(`wrote ${output.files.size} files under ${relativeToRoot(CONTENT_DIR)}/`);
  return 0;
}

if (import.meta.main) process.exitCode = main();

/**
 * Re-ingests every source: content/sources → content/documents/*.mdx and content/data/*.json.
 *   npm run ingest           write the content
 *   npm run ingest -- --check  exit 1 if content/ is not what the sources give (nothing written)
 * Everything is computed and validated before the first byte is written, so a bad source never
 * leaves partial content behind.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { provinceByName } from '../../src/lib/provinces.ts';
import { documentFrontmatterSchema, exportedClauseSchema, type ExportedClause, type PolicyDocument } from '../../src/lib/schema.ts';
import { seedRegistry } from '../../src/lib/unit-registry-seed.ts';
import { UnitRegistry, type UnitRegistryFile } from '../../src/lib/units.ts';
import { formatWarning, SourceError, type IngestWarning } from './errors.ts';
import { extractDocument, type ExtractedDocument } from './extract-document.ts';
import { toMdx } from './mdx.ts';
import { readSource } from './read-source.ts';
import { DATA_DIR, DOCUMENTS_DIR, listSources, registryFor, relativeToRoot, ROOT, SOURCES_DIR, UNITS_DIR } from './sources.ts';

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
  /** Lines for the person running ingestion: the registries seeded for provinces without a curated one. */
  summary: string[];
}

/** Where the registries seeded from the corpus are written (the site reads them beside content/units/). */
export const SEEDED_REGISTRIES_FILE = 'unit-registries.json';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function ingestAll(paths: IngestPaths = DEFAULT_PATHS): IngestOutput {
  const files = new Map<string, string>();
  const warnings: IngestWarning[] = [];
  const allClauses: ExportedClause[] = [];
  const registries = (province: string) => registryFor(province, paths.units);
  const extracted = listSources(paths.sources).map((source) => {
    const text = readSource(source.file);
    const result = extractDocument({ ...text, file: source.relative }, { id: source.id, registryFor: registries, overrides: source.overrides });
    warnings.push(...result.warnings);
    return { source, result };
  });
  const seeded = seedProvinceRegistries(extracted.map((e) => e.result));
  for (const { source, result } of extracted) {
    const document = seeded.resolved.get(result) ?? result.document;
    const frontmatter = documentFrontmatterSchema.parse({ ...document, source: source.relative, outline: result.outline });
    files.set(path.join(paths.documents, `${source.id}.mdx`), toMdx(frontmatter, result.blocks));
    files.set(path.join(paths.data, 'documents', `${source.id}.json`), json(document));
    for (const clause of document.clauses) allClauses.push(exportedClauseSchema.parse({ ...clause, documentId: source.id }));
  }
  files.set(path.join(paths.data, 'clauses.json'), json(allClauses));
  files.set(path.join(paths.data, SEEDED_REGISTRIES_FILE), json(seeded.files));
  return { paths, files, warnings, summary: seeded.summary };
}

/**
 * Provinces without a curated registry get one seeded from the tags of all their documents, so that a
 * unit has one name across them; each document's units are resolved again with it.
 */
function seedProvinceRegistries(results: ExtractedDocument[]): {
  files: UnitRegistryFile[];
  /** Documents whose units were resolved again, with the corpus registry. */
  resolved: Map<ExtractedDocument, PolicyDocument>;
  summary: string[];
} {
  const byProvince = new Map<string, ExtractedDocument[]>();
  for (const result of results) {
    if (!result.registry.seeded) continue;
    const province = result.document.province;
    byProvince.set(province, [...(byProvince.get(province) ?? []), result]);
  }
  const files: UnitRegistryFile[] = [];
  const resolved = new Map<ExtractedDocument, PolicyDocument>();
  const summary: string[] = [];
  for (const [province, documents] of byProvince) {
    const raws = documents.flatMap((d) => d.document.clauses.flatMap((c) => c.units.map((u) => u.raw)));
    if (raws.length === 0) continue; // untagged documents: nothing to seed a registry from
    const file = seedRegistry(province, raws);
    const registry = new UnitRegistry(file);
    files.push(file);
    for (const result of documents) {
      const clauses = result.document.clauses.map((c) => ({ ...c, units: c.units.map((u) => ({ ...u, canonical: registry.canonicalName(u.raw) })) }));
      resolved.set(result, { ...result.document, clauses });
    }
    const slug = provinceByName(province)?.slug;
    summary.push(
      `no unit registry for ${province}: seeded one with ${file.units.length} units from the tags of ${documents.length} document(s) ` +
        `(content/data/${SEEDED_REGISTRIES_FILE}${slug ? `; copy it to content/units/${slug}.json to curate it` : ''})`,
    );
  }
  return { files, resolved, summary };
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
  if (!values.quiet) for (const line of output.summary) console.log(line);
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
  if (!values.quiet) console.log(`wrote ${output.files.size} files under ${relativeToRoot(path.join(ROOT, 'content'))}/`);
  return 0;
}

if (import.meta.main) process.exitCode = main();

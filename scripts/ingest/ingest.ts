/**
 * Re-ingests every source: content/sources → content/documents/*.mdx, the clause id registries
 * content/ids/*.json and the registries seeded for provinces without a curated one
 * (content/data/unit-registries.json). The JSON exports are build output: the site writes /data/.
 *   npm run ingest                          write the content
 *   npm run ingest -- --check               exit 1 if content/ is not what the sources give (nothing generated is written)
 *   npm run ingest -- --date 2026-03-01     record a revised source under that day instead of today
 *   npm run ingest -- --content DIR         the same layout under DIR instead of content/
 * content/ stands for the content root: ATLAS_CONTENT_DIR, or the project's content/ (src/paths.ts).
 * Everything is computed and validated before the first byte is written, and the switch to the new
 * content is all-or-nothing (content-switch.ts): a bad source, an I/O error or a kill never leaves
 * partial content behind. Sources unchanged since the last run are not read again (ingest-cache.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { provinceByName } from '../../src/lib/provinces.ts';
import { comparableWording } from '../../src/lib/clause-alignment.ts';
import { currentWording, liveClauses, reviseRegistry, withdrawRegistry } from '../../src/lib/id-registry.ts';
import { documentFrontmatterSchema, type DocumentFrontmatter, type IdRegistry, type PolicyDocument } from '../../src/lib/schema.ts';
import { seedRegistry } from '../../src/lib/unit-registry-seed.ts';
import { UnitRegistry, type UnitRegistryFile } from '../../src/lib/units.ts';
import { parseOptions, runCli, UsageError } from './cli.ts';
import { changedFiles, recoverInterruptedSwitch, strayFiles, switchContent, workDirectory, type GeneratedContent, type SwitchOptions, type SwitchResult } from './content-switch.ts';
import { formatWarning, SourceError, type IngestWarning, type SourceProblem } from './errors.ts';
import { completeDocument, extractDocument, type ExtractedDocument } from './extract-document.ts';
import { isOverridesFile, readOverrides, readRegistries } from './id-registries.ts';
import { contentHash, IngestCache, type CachedSource, type OutputFiles } from './ingest-cache.ts';
import { jsonLines } from './json-lines.ts';
import { frontmatterOf, toMdx } from './mdx.ts';
import { decodeSourceFile, readSourceBytes } from './read-source.ts';
import { DATA_DIR, DOCUMENTS_DIR, fileNameWarning, IDS_DIR, listSources, registryFor, relativeToRoot, sidecarOf, SOURCES_DIR, UNITS_DIR, type SourceFile } from './sources.ts';
import type { ClauseBlock } from './structure.ts';

/** Where to read sources, registries and id registries, and where to write content; the defaults are the project's own. */
export interface IngestPaths {
  sources: string;
  units: string;
  documents: string;
  data: string;
  ids: string;
}

export const DEFAULT_PATHS: IngestPaths = { sources: SOURCES_DIR, units: UNITS_DIR, documents: DOCUMENTS_DIR, data: DATA_DIR, ids: IDS_DIR };

/** The same layout as content/ below another directory (scratch corpora for tests and benchmarks). */
export function contentPathsUnder(dir: string): IngestPaths {
  return { sources: path.join(dir, 'sources'), units: path.join(dir, 'units'), documents: path.join(dir, 'documents'), data: path.join(dir, 'data'), ids: path.join(dir, 'ids') };
}

/**
 * What ingest owns and switches over together: every file in these directories is generated,
 * except the hand-written id overrides that live beside the registries they steer.
 */
export function generatedContent(paths: IngestPaths): GeneratedContent {
  return { directories: [paths.documents, paths.data, paths.ids], isInput: isOverridesFile };
}

export interface IngestOptions {
  /** The day recorded for a revision (YYYY-MM-DD); today by default. */
  date?: string;
  /** Reuse what earlier runs wrote from unchanged sources (ingest-cache.ts); off, every source is read. */
  cache?: IngestCache;
}

export interface IngestOutput {
  paths: IngestPaths;
  /** Absolute path → file content. */
  files: Map<string, string>;
  warnings: IngestWarning[];
  /** Lines for the person running ingestion: the registries seeded for provinces without a curated one. */
  summary: string[];
  /** The documents as the MDX frontmatter holds them, in source order. */
  documents: DocumentFrontmatter[];
  /** What to remember of each source (source path → output), and which sources were reused as they were. */
  remembered: Map<string, CachedSource>;
  reused: string[];
}

/** Where the registries seeded from the corpus are written (the site reads them beside content/units/). */
export const SEEDED_REGISTRIES_FILE = 'unit-registries.json';

function json(value: Record<string, unknown> | unknown[]): string {
  return `${Array.isArray(value) ? JSON.stringify(value, null, 2) : jsonLines(value)}\n`;
}

interface ExtractedSource {
  source: SourceFile;
  /** Path below the sources directory, with forward slashes: how the id registry names the source. */
  sourcePath: string;
  sha256: string;
  result: ExtractedDocument;
  /** The document, complete: placed, dated and with its issuer. */
  document: PolicyDocument;
  /** Its place among the sources, which orders the documents and warnings of a run. */
  order: number;
  /** The key of its output in the ingest cache, given its document id. */
  cacheKey?: (id: string) => string;
}

/** A source whose output an earlier run wrote and the cache vouches for. */
interface ReusedSource {
  source: SourceFile;
  sourcePath: string;
  order: number;
  entry: CachedSource;
}

function sourcePathOf(source: SourceFile, paths: IngestPaths): string {
  return path.relative(paths.sources, source.file).split(path.sep).join('/');
}

function outputFiles(paths: IngestPaths, id: string): OutputFiles {
  return { mdx: path.join(paths.documents, `${id}.mdx`), registry: path.join(paths.ids, `${id}.json`) };
}

/** One source extracted, or a SourceError naming every problem of it: its sidecar's, its metadata gaps, its text's. */
function extractSource(source: SourceFile, paths: IngestPaths, bytes: Uint8Array): Omit<ExtractedSource, 'order'> {
  const registries = (province: string) => registryFor(province, paths.units);
  let result: ExtractedDocument;
  try {
    const text = decodeSourceFile(source.file, bytes);
    result = extractDocument({ ...text, file: source.relative }, { id: source.id, registryFor: registries, overrides: source.overrides });
  } catch (e) {
    if (e instanceof SourceError && source.sidecarProblems.length > 0) throw new SourceError([...source.sidecarProblems, ...e.problems]);
    throw e;
  }
  const problems = [...source.sidecarProblems, ...result.gaps];
  if (problems.length > 0) throw new SourceError(problems);
  return {
    source,
    sourcePath: sourcePathOf(source, paths),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    result,
    document: completeDocument(result),
  };
}

/**
 * Every source extracted, or reused from the cache; the problems of all of them are reported together,
 * so one run names them all.
 */
function extractAll(paths: IngestPaths, cache: IngestCache | undefined): { extracted: ExtractedSource[]; reused: ReusedSource[] } {
  const problems: SourceProblem[] = [];
  const extracted: ExtractedSource[] = [];
  const reused: ReusedSource[] = [];
  for (const [order, source] of listSources(paths.sources).entries()) {
    const bytes = readSourceBytes(source.file);
    const sourcePath = sourcePathOf(source, paths);
    const cacheKey = cache?.key(bytes, sidecarOf(source.file), (id) => path.join(paths.ids, `${id}.overrides.json`));
    const entry = cache && cacheKey && cache.reusable(sourcePath, cacheKey, (id) => outputFiles(paths, id));
    if (entry) {
      reused.push({ source, sourcePath, order, entry });
      continue;
    }
    try {
      extracted.push({ ...extractSource(source, paths, bytes), order, cacheKey });
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length > 0) throw new SourceError(problems);
  return { extracted, reused };
}

export function ingestAll(paths: IngestPaths = DEFAULT_PATHS, options: IngestOptions = {}): IngestOutput {
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const files = new Map<string, string>();
  /** Each source's document and warnings, by its place among the sources. */
  const bySource: { order: number; document: DocumentFrontmatter; warnings: IngestWarning[] }[] = [];
  const remembered = new Map<string, CachedSource>();
  const registries = readRegistries(paths.ids);
  const { extracted, reused } = extractAll(paths, options.cache);
  const documentIds = pairWithRegistries(extracted, registries, reused);
  const curated = (province: string) => registryFor(province, paths.units) !== undefined;
  const seeded = seedProvinceRegistries(extracted, curated);

  for (const { sourcePath, order, entry } of reused) {
    const { mdx, registry } = outputFiles(paths, entry.id);
    const text = readFileSync(mdx, 'utf8');
    files.set(mdx, text);
    files.set(registry, readFileSync(registry, 'utf8'));
    registries.delete(entry.id);
    bySource.push({ order, document: frontmatterOf(text), warnings: entry.warnings });
    remembered.set(sourcePath, entry);
  }

  extracted.forEach(({ source, sourcePath, sha256: sourceHash, result, document: complete, order, cacheKey }, index) => {
    const warnings: IngestWarning[] = [];
    const id = documentIds[index]!;
    const clauseBlocks = result.blocks.filter((b): b is ClauseBlock => b.type === 'clause');
    const texts = result.document.clauses.map((c) => c.text);
    const revision = reviseRegistry(registries.get(id), {
      documentId: id,
      source: sourcePath,
      sha256: sourceHash,
      date,
      clauses: result.document.clauses.map((c, i) => ({ text: c.text, path: c.path, address: clauseBlocks[i]!.address })),
      overrides: readOverrides(paths.ids, id, texts),
    });
    for (const a of revision.ambiguities) {
      warnings.push({
        file: source.relative,
        line: clauseBlocks[a.index]!.paragraphs[0]!.line,
        message: `this clause resembles ${[a.chosen, ...a.alternatives].join(' and ')} about equally; it keeps the id ${a.chosen}. To decide otherwise, add a pair to content/ids/${id}.overrides.json`,
      });
    }
    registries.delete(id);
    const written = outputFiles(paths, id);
    const registryJson = json(revision.registry);
    files.set(written.registry, registryJson);

    const resolved = seeded.resolved.get(result) ?? complete;
    const document = { ...resolved, id, clauses: resolved.clauses.map((c, i) => ({ ...c, id: revision.ids[i]! })) };
    const nameWarning = fileNameWarning(source.relative, id);
    if (nameWarning) warnings.push(nameWarning);
    warnings.push(...result.warnings);
    const frontmatter = documentFrontmatterSchema.parse({ ...document, source: source.relative, outline: result.outline, preamble: result.preamble, sections: result.sections });
    const mdx = toMdx(frontmatter, result.blocks);
    files.set(written.mdx, mdx);
    bySource.push({ order, document: frontmatter, warnings });
    // Reusable next time unless a registry seeded from the whole province resolved its units.
    if (cacheKey && !seeded.resolved.has(result)) {
      remembered.set(sourcePath, { key: cacheKey(id), id, mdx: contentHash(mdx), registry: contentHash(registryJson), warnings });
    }
  });
  bySource.sort((a, b) => a.order - b.order);
  // Registries whose source is gone: the document was withdrawn, and its ids keep resolving to retired pages.
  for (const registry of registries.values()) files.set(path.join(paths.ids, `${registry.document}.json`), json(withdrawRegistry(registry, date)));
  files.set(path.join(paths.data, SEEDED_REGISTRIES_FILE), json(seeded.files));
  return {
    paths,
    files,
    warnings: bySource.flatMap((s) => s.warnings),
    summary: seeded.summary,
    documents: bySource.map((s) => s.document),
    remembered,
    reused: reused.map((r) => r.sourcePath),
  };
}

/**
 * Provinces without a curated registry get one seeded from the tags of all their documents, so that a
 * unit has one name across them; each document's units are resolved again with it.
 */
function seedProvinceRegistries(extracted: readonly ExtractedSource[], curated: (province: string) => boolean): {
  files: UnitRegistryFile[];
  /** Documents whose units were resolved again, with the corpus registry. */
  resolved: Map<ExtractedDocument, PolicyDocument>;
  summary: string[];
} {
  const byProvince = new Map<string, ExtractedSource[]>();
  for (const e of extracted) {
    const province = e.document.province;
    // A city's plan in a province with a curated registry keeps the names its own tags give.
    if (!e.result.registry.seeded || curated(province)) continue;
    byProvince.set(province, [...(byProvince.get(province) ?? []), e]);
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
    for (const { result, document } of documents) {
      const clauses = document.clauses.map((c) => ({ ...c, units: c.units.map((u) => ({ ...u, canonical: registry.canonicalName(u.raw) })) }));
      resolved.set(result, { ...document, clauses });
    }
    const slug = provinceByName(province)?.slug;
    summary.push(
      `no unit registry for ${province}: seeded one with ${file.units.length} units from the tags of ${documents.length} document(s) ` +
        `(content/data/${SEEDED_REGISTRIES_FILE}${slug ? `; copy it to content/units/${slug}.json to curate it` : ''})`,
    );
  }
  return { files, resolved, summary };
}

/** Share of a registered document's live clauses that a text repeats word for word. */
function sharedWording(registry: IdRegistry, texts: readonly string[]): number {
  const live = liveClauses(registry);
  const wordings = new Set(texts.map(comparableWording));
  return live.length === 0 ? 0 : live.filter((c) => wordings.has(comparableWording(currentWording(c)))).length / live.length;
}

/** A renamed or moved source still repeats this much of its registered clauses word for word. */
const RENAMED_SOURCE_OVERLAP = 0.5;

/**
 * The document id of each source. A source keeps the id its registry gives it; a source that was
 * renamed or moved finds its registry by the file's content (an earlier revision's hash, or most of its
 * clauses word for word); only a source new to the atlas takes its id from its file name. Sources reused
 * from the cache keep their ids and registries.
 */
function pairWithRegistries(extracted: readonly ExtractedSource[], registries: ReadonlyMap<string, IdRegistry>, reused: readonly ReusedSource[]): string[] {
  const claimed = new Set<string>(reused.map((r) => r.entry.id));
  const bySource = new Map([...registries.values()].map((r) => [r.source, r.document]));
  const ids: (string | undefined)[] = extracted.map(({ sourcePath }) => bySource.get(sourcePath));
  ids.forEach((id) => id && claimed.add(id));
  const sourcePaths = new Set([...extracted, ...reused].map((e) => e.sourcePath));
  const orphans = () => [...registries.values()].filter((r) => !claimed.has(r.document) && !sourcePaths.has(r.source));
  extracted.forEach((e, i) => {
    if (ids[i]) return;
    const texts = e.result.document.clauses.map((c) => c.text);
    const sameName = orphans().find((r) => r.document === e.source.id);
    const sameContent = orphans().find((r) => r.revisions.some((v) => v.sha256 === e.sha256));
    const similar = orphans()
      .map((r) => ({ r, share: sharedWording(r, texts) }))
      .filter(({ share }) => share >= RENAMED_SOURCE_OVERLAP)
      .sort((a, b) => b.share - a.share)[0]?.r;
    const id = (sameName ?? sameContent ?? similar)?.document ?? e.source.id;
    if (claimed.has(id)) throw new SourceError(e.source.relative, null, `document id “${id}” already belongs to another source; rename the file`);
    claimed.add(id);
    ids[i] = id;
  });
  return ids as string[];
}

/** Files whose content on disk differs from what the sources give, stray files, and an interrupted switch. */
export function differences(output: IngestOutput): string[] {
  const generated = generatedContent(output.paths);
  const work = workDirectory(generated);
  return [...changedFiles(output.files), ...strayFiles(output.files, generated), ...(existsSync(work) ? [`${work}/`] : [])].map(relativeToRoot).sort();
}

export function writeOutput(output: IngestOutput, options: SwitchOptions = {}): SwitchResult {
  return switchContent(output.files, generatedContent(output.paths), options);
}

const USAGE = 'usage: npm run ingest [-- --check] [--quiet] [--date YYYY-MM-DD] [--content DIR]';

function main(args: string[]): number {
  const { values } = parseOptions({ args, options: { check: { type: 'boolean' }, quiet: { type: 'boolean' }, date: { type: 'string' }, content: { type: 'string' } } }, USAGE);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date expects the revision day as YYYY-MM-DD, got “${values.date}”`);
  const paths = values.content === undefined ? DEFAULT_PATHS : contentPathsUnder(path.resolve(values.content));
  const recovery = recoverInterruptedSwitch(generatedContent(paths));
  if (recovery?.action === 'completed') console.error(`note: an earlier ingest was killed while switching content over; completed the switch (${recovery.files} files).`);
  if (recovery?.action === 'rolled back') console.error('note: an earlier ingest was interrupted before switching content over; removed its staging files, the content is unchanged.');
  // --check compares with what every source gives now, so it reads them all; a write reuses what it can.
  const cache = values.check ? undefined : new IngestCache(path.dirname(paths.documents), paths.units);
  const output = ingestAll(paths, { date: values.date, cache });
  for (const w of output.warnings) console.error(formatWarning(w));
  if (!values.quiet) for (const line of output.summary) console.log(line);
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
  cache?.save(output.remembered);
  const where = `${relativeToRoot(path.dirname(paths.documents))}/`;
  const reused = output.reused.length > 0 ? `; ${output.reused.length} unchanged sources reused` : '';
  if (!values.quiet) console.log(written + removed === 0 ? `${where} was already up to date (${output.files.size} files${reused}).` : `${where}: ${written} files written, ${removed} removed (${output.files.size} files${reused}).`);
  return 0;
}

if (import.meta.main) runCli(main, { nothingWritten: true });

/**
 * Builds the clause search index from the documents of the content collection (the frontmatter of
 * content/documents/*.mdx, or of ATLAS_CONTENT_DIR), into the build (dist/ or ATLAS_DIST_DIR):
 *   dist/pagefind/                 one Pagefind record per document (src/lib/search-records.ts)
 *   dist/search/c/<record>/<k>.json  clause k of that record as a result shows it; <record> is
 *                                  Pagefind's id for the record, so the browser can go from a
 *                                  match straight to the clause
 *   dist/search/c/table.json       for a small atlas, every clause as a results list names it
 *                                  (search-records.ts hasClauseTable)
 * It needs nothing of the site's pages, so a large atlas can index on one machine while others build
 * the pages (src/lib/build-part.ts); `npm run build` runs it after `astro build`, which empties dist/.
 * With ATLAS_SEARCH_BUNDLE_DOCUMENTS, the records go into several bundles (dist/pagefind-1/ …), each
 * indexed by its own Pagefind run, which bounds the memory Pagefind needs; the browser merges them.
 * Record ids must then be unique across bundles (Pagefind only makes them unique within one): a
 * bundle whose ids clash with an earlier one's is written again with its records salted.
 *
 * Pagefind's index chunks hold a number of word entries (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, a
 * Pagefind 1.6 setting). Every search loads the list of all chunks and then the chunks of its words,
 * so the chunk size that makes a first search smallest grows with the square root of the index:
 * about √(3 · words indexed).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { DocumentFrontmatter } from '../../src/lib/schema.ts';
import { CLAUSE_TABLE_URL, clauseWords, hasClauseTable, recordContent, searchBundles, slotSize, type ClauseTable, type ShownClause } from '../../src/lib/search-records.ts';
import { FILTER_KEYS, filterWord, KIND_LABELS, unitFilterValue, type FilterKey } from '../../src/lib/search-text.ts';
import { clauseUrl, documentUrl } from '../../src/lib/urls.ts';
import { CONTENT_DIR, DIST_DIR } from '../../src/paths.ts';
import { frontmatterOf } from '../ingest/mdx.ts';
import { PagefindIndex } from '../../src/lib/pagefind-index.ts';

/** The build to index: ATLAS_DIST_DIR or dist/ (src/paths.ts). */
const dist = DIST_DIR;
/**
 * What the browser reads of a Pagefind bundle (src/lib/pagefind-index.ts). The rest is Pagefind's own
 * runtime, UI and result fragments, which the search does not use: removed once the ids are read.
 */
const BROWSER_READS = /^(?:pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index)$/;
/** Records are written in the language "und": their words are codes, to be neither segmented nor stemmed. */
const LANGUAGE = 'und';

function loadDocuments(): DocumentFrontmatter[] {
  const dir = path.join(CONTENT_DIR, 'documents');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => frontmatterOf(readFileSync(path.join(dir, f), 'utf8')));
}

/** Two values of one filter with the same word would filter as one: refuse to build. */
function checkFilterWords(documents: readonly DocumentFrontmatter[]): void {
  const values = new Map<FilterKey, Set<string>>(FILTER_KEYS.map((k) => [k, new Set()]));
  for (const d of documents) {
    values.get('province')!.add(d.province);
    values.get('document')!.add(d.title);
    for (const c of d.clauses) {
      values.get('kind')!.add(KIND_LABELS[c.kind] ?? c.kind);
      for (const u of c.units) values.get('unit')!.add(unitFilterValue(d.province, u.canonical));
    }
  }
  for (const [key, set] of values) {
    const seen = new Map<string, string>();
    for (const value of set) {
      const word = filterWord(key, value);
      const other = seen.get(word);
      if (other) throw new Error(`search filter ${key}: “${value}” and “${other}” have the same index word ${word}`);
      seen.set(word, value);
    }
  }
}

/** Pagefind's record id for each URL, read from the fragments it wrote. */
function recordIds(pagefindDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = path.join(pagefindDir, 'fragment');
  for (const file of readdirSync(dir)) {
    const bytes = gunzipSync(readFileSync(path.join(dir, file)));
    // Pagefind prefixes its decompressed files with a 12-byte signature.
    const fragment = JSON.parse(bytes.subarray(12).toString('utf8')) as { url: string };
    ids.set(fragment.url, file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** Indexes one bundle of documents; returns the record id of each document. */
async function indexBundle(documents: readonly DocumentFrontmatter[], slot: number, outputPath: string, salt: number): Promise<Map<string, string>> {
  const words = documents.reduce((n, d) => n + d.clauses.reduce((m, c) => m + clauseWords(c, d).length, 0), 0);
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(Math.max(500, Math.round(Math.sqrt(3 * words))));
  rmSync(outputPath, { recursive: true, force: true });
  // One fragment file per record, however many records: their names are the record ids read back below.
  const { index, errors } = await pagefind.createIndex({ maxFragments: documents.length + 1 });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Sequential on purpose: insertion order fixes record numbers, so the output is deterministic.
  for (const document of documents) {
    // No title: the search reads no metadata, and Pagefind would index the title as one more word.
    const meta: Record<string, string> = salt ? { salt: String(salt) } : {};
    const added = await index.addCustomRecord({ url: documentUrl(document.id), content: recordContent(document, slot), language: LANGUAGE, meta });
    if (added.errors.length) throw new Error(`pagefind ${document.id}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind write: ${written.errors.join('; ')}`);
  await pagefind.close();
  const byUrl = recordIds(outputPath);
  const ids = new Map(documents.map((d) => [d.id, byUrl.get(documentUrl(d.id))!]));
  // The browser reads the index with pagefind-index.ts: read it back the same way, so a Pagefind that
  // writes another format, or numbers the records otherwise, fails here and not in the browser.
  const readBack = await PagefindIndex.open(`${outputPath}/`, async (file) => new Uint8Array(readFileSync(file)));
  const added = documents.map((d) => ids.get(d.id));
  if (readBack.meta.records.join() !== added.join()) throw new Error(`pagefind ${outputPath}: records are not numbered in the order they were added`);
  for (const entry of readdirSync(outputPath)) if (!BROWSER_READS.test(entry)) rmSync(path.join(outputPath, entry), { recursive: true });
  return ids;
}

async function main(): Promise<void> {
  const started = performance.now();
  const documents = loadDocuments();
  checkFilterWords(documents);
  const slot = slotSize(documents);
  mkdirSync(dist, { recursive: true });
  for (const entry of readdirSync(dist)) if (/^pagefind(-\d+)?$/.test(entry)) rmSync(path.join(dist, entry), { recursive: true });
  const clausesDir = path.join(dist, 'search/c');
  rmSync(clausesDir, { recursive: true, force: true });

  const bundles = searchBundles(documents);
  const recordOf = new Map<string, string>();
  for (const bundle of bundles) {
    let ids: Map<string, string>;
    let salt = 0;
    const taken = new Set(recordOf.values());
    do ids = await indexBundle(bundle.documents, slot, path.join(dist, bundle.path), salt++);
    while ([...ids.values()].some((id) => taken.has(id)));
    for (const [document, id] of ids) recordOf.set(document, id);
  }

  const table: ClauseTable = {};
  for (const document of documents) {
    const record = recordOf.get(document.id)!;
    const dir = path.join(clausesDir, record);
    mkdirSync(dir, { recursive: true });
    const shown = document.clauses.map(
      (clause): ShownClause => ({
        id: clause.id,
        url: clauseUrl(clause.id),
        doc: document.title,
        place: clause.place,
        text: clause.text,
        province: document.province,
        kind: KIND_LABELS[clause.kind] ?? clause.kind,
        path: clause.path.join(' › '),
      }),
    );
    shown.forEach((clause, k) => writeFileSync(path.join(dir, `${k}.json`), JSON.stringify(clause)));
    table[record] = { doc: document.title, province: document.province, clauses: shown.map((c) => [c.id, c.place, c.kind]) };
  }
  if (hasClauseTable(documents)) writeFileSync(path.join(dist, CLAUSE_TABLE_URL), JSON.stringify(table));
  const words = documents.reduce((n, d) => n + d.clauses.reduce((m, c) => m + clauseWords(c, d).length, 0), 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search index: ${documents.length} records in ${bundles.length} bundle(s), ${words} words in slots of ${slot}, ${seconds} s`);
}

await main();

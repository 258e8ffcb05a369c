/**
 * Builds the clause search index into dist/pagefind/ after `astro build`.
 *
 * One Pagefind custom record per clause, independent of page markup:
 *   url     = the clause permalink (clauseUrl)
 *   content = the clause's character-bigram words (src/lib/search-text.ts explains why: precise
 *             Chinese phrase matching that no segmenter can break)
 *   meta    = what a result shows and what the browser verifies against (text, document, province …)
 *   filters = province / document / unit / kind (kind as 任务 / 目标 / 要求)
 *
 * Scale: Pagefind's own pages-per-index limit is the practical ceiling (60k records index in ~30 s,
 * 300k did not finish in 560 s), so records are written in shards of SEARCH_SHARD_SIZE (default
 * 40,000) clauses, whole documents per shard: shard 0 in dist/pagefind/, shard i in dist/pagefind-i/,
 * listed in dist/pagefind/shards.json; the browser merges them (Pagefind multisite, mergeIndex).
 * The browser only ever downloads Pagefind's chunked index and the fragments of the results.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { ExportedClause, PolicyDocument } from '../../src/lib/schema.ts';
import { KIND_LABELS, indexWords, unitFilterValue } from '../../src/lib/search-text.ts';
import { clauseUrl } from '../../src/lib/urls.ts';
import { DIST_DIR } from '../../src/paths.ts';

/** The build to index: ATLAS_DIST_DIR or dist/ (src/paths.ts). */
const dist = DIST_DIR;
const shardSize = Number(process.env.SEARCH_SHARD_SIZE || 40_000);

type DocInfo = Omit<PolicyDocument, 'clauses'>;

function loadDocs(): Map<string, DocInfo> {
  const dir = path.join(dist, 'data/documents');
  const docs = new Map<string, DocInfo>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const { clauses: _clauses, ...doc } = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as PolicyDocument;
    docs.set(doc.id, doc);
  }
  return docs;
}

function record(clause: ExportedClause, doc: DocInfo): pagefind.CustomRecord {
  const units = [...new Set(clause.units.map((u) => u.canonical))];
  const kind = KIND_LABELS[clause.kind] ?? clause.kind;
  return {
    url: clauseUrl(clause.id),
    content: indexWords(clause.text).join(' '),
    language: 'zh-cn',
    meta: {
      title: `${doc.title} ${clause.place}`,
      place: clause.place,
      text: clause.text,
      doc: doc.title,
      province: doc.province,
      year: String(doc.year),
      kind,
      path: clause.path.join(' › '),
      units: units.join('|'),
    },
    filters: { province: [doc.province], document: [doc.title], unit: units.map((u) => unitFilterValue(doc.province, u)), kind: [kind] },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const clauses = JSON.parse(readFileSync(path.join(dist, 'data/clauses.json'), 'utf8')) as ExportedClause[];
  const docs = loadDocs();

  // Whole documents per shard, in the export's order (the atlas order: level, province, city, year, id).
  const shards: ExportedClause[][] = [[]];
  let lastDoc = '';
  for (const clause of clauses) {
    const current = shards[shards.length - 1]!;
    if (clause.documentId !== lastDoc && current.length >= shardSize) shards.push([]);
    shards[shards.length - 1]!.push(clause);
    lastDoc = clause.documentId;
  }

  for (const entry of readdirSync(dist)) if (/^pagefind(-\d+)?$/.test(entry)) rmSync(path.join(dist, entry), { recursive: true });
  const bundles: string[] = [];
  let words = 0;
  const timings: string[] = [];
  for (const [i, shard] of shards.entries()) {
    const shardStart = performance.now();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // Sequential on purpose: insertion order fixes page numbers, so the output is deterministic
    // (parallel batches measured no faster: the Pagefind binary is the bottleneck, ~1.6 ms/record).
    for (const clause of shard) {
      const doc = docs.get(clause.documentId);
      if (!doc) throw new Error(`clause ${clause.id}: unknown document ${clause.documentId}`);
      const added = await index.addCustomRecord(record(clause, doc));
      if (added.errors.length) throw new Error(`pagefind ${clause.id}: ${added.errors.join('; ')}`);
      words += added.file.uniqueWords;
    }
    const added = performance.now();
    const bundle = i === 0 ? '/pagefind/' : `/pagefind-${i}/`;
    const written = await index.writeFiles({ outputPath: path.join(dist, bundle) });
    if (written.errors.length) throw new Error(`pagefind write: ${written.errors.join('; ')}`);
    bundles.push(bundle);
    timings.push(`shard ${i}: ${shard.length} records added ${((added - shardStart) / 1000).toFixed(1)} s, written ${((performance.now() - added) / 1000).toFixed(1)} s`);
  }
  await pagefind.close();
  writeFileSync(path.join(dist, 'pagefind/shards.json'), JSON.stringify({ bundles: bundles.slice(1) }));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (shards.length > 1 || process.env.SEARCH_VERBOSE) for (const t of timings) console.log(`search index: ${t}`);
  console.log(`search index: ${clauses.length} clauses, ${words} bigram words, ${shards.length} shard(s), ${seconds} s`);
}

await main();

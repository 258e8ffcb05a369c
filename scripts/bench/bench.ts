/**
 * Prints speed and size numbers; asserts nothing.
 *   npm run bench [-- --documents 1000]
 * - ingestion of the real corpus (mean of several runs);
 * - ingestion of a synthetic corpus of N documents made from the seed texts under new ids;
 * - the built site (dist/), when present: pages, bytes, search index bytes.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentPathsUnder, DEFAULT_PATHS, ingestAll, type IngestPaths } from '../ingest/ingest.ts';
import { listSources, ROOT } from '../ingest/sources.ts';

const { values } = parseArgs({ options: { documents: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } } });
const syntheticCount = Number(values.documents);
const runs = Number(values.runs);

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

function row(name: string, value: string): void {
  console.log(`${name.padEnd(44)} ${value}`);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function dirStats(dir: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { files, bytes, html };
}

// 1. The real corpus.
const sources = listSources();
const durations: number[] = [];
let clauseCount = 0;
for (let i = 0; i < runs; i++) {
  const [output, ms] = time(() => ingestAll(DEFAULT_PATHS));
  durations.push(ms);
  clauseCount = (JSON.parse([...output.files].find(([f]) => f.endsWith('clauses.json'))![1]) as unknown[]).length;
}
const mean = durations.reduce((a, b) => a + b, 0) / durations.length;
console.log('ingestion, seed corpus');
row('  documents / clauses', `${sources.length} / ${clauseCount}`);
row(`  wall time (mean of ${runs})`, `${mean.toFixed(1)} ms (${(mean / sources.length).toFixed(1)} ms per document)`);

// 2. A synthetic corpus: the seeds again and again under fresh ids, with their registries.
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
const paths: IngestPaths = contentPathsUnder(dir);
cpSync(DEFAULT_PATHS.units, paths.units, { recursive: true });
for (let i = 0; i < syntheticCount; i++) {
  const seed = sources[i % sources.length]!;
  const province = path.basename(path.dirname(seed.file));
  mkdirSync(path.join(paths.sources, province), { recursive: true });
  const target = path.join(paths.sources, province, `${seed.id}-copy${i}.txt`);
  writeFileSync(target, readFileSync(seed.file));
  const sidecar = seed.file.replace(/\.txt$/, '.meta.json');
  if (existsSync(sidecar)) writeFileSync(target.replace(/\.txt$/, '.meta.json'), readFileSync(sidecar));
}
const heapBefore = process.memoryUsage().rss;
const [synthetic, syntheticMs] = time(() => ingestAll(paths));
const outputBytes = [...synthetic.files.values()].reduce((n, s) => n + Buffer.byteLength(s), 0);
console.log(`ingestion, synthetic corpus of ${syntheticCount} documents`);
row('  wall time', `${(syntheticMs / 1000).toFixed(2)} s (${(syntheticMs / syntheticCount).toFixed(1)} ms per document)`);
row('  output (MDX + JSON)', mb(outputBytes));
row('  resident memory after', `${mb(process.memoryUsage().rss)} (before ${mb(heapBefore)})`);
rmSync(dir, { recursive: true, force: true });

// 3. The built site.
const dist = path.join(ROOT, 'dist');
if (existsSync(dist)) {
  const site = dirStats(dist);
  console.log('site (dist/)');
  row('  HTML pages', String(site.html));
  row('  files / bytes', `${site.files} / ${mb(site.bytes)}`);
  const pagefind = path.join(dist, 'pagefind');
  if (existsSync(pagefind)) row('  search index', mb(dirStats(pagefind).bytes));
  const clauses = path.join(dist, 'data/clauses.json');
  if (existsSync(clauses)) row('  /data/clauses.json', mb(statSync(clauses).size));
} else {
  console.log('site: dist/ not built (npm run build)');
}

/**
 * Prints speed and size numbers; asserts nothing.
 *   npm run bench [-- --documents 1000] [-- --mb 0.25]
 * - ingestion of the real corpus (mean of several runs);
 * - extraction time per MB of one large document, normal and adversarial (scripts/bench/shapes.ts),
 *   at two sizes (--mb and 4×): a per-MB ratio near 1 is linear time, near 4 quadratic;
 * - ingestion of a synthetic corpus of N documents made from the seed texts under new ids;
 * - the built site (dist/), when present: pages, bytes, search index bytes.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractDocument } from '../ingest/extract-document.ts';
import { contentPathsUnder, DEFAULT_PATHS, ingestAll, type IngestPaths } from '../ingest/ingest.ts';
import { decodeSource } from '../ingest/read-source.ts';
import { listSources, ROOT } from '../ingest/sources.ts';
import { SHAPES } from './shapes.ts';

const { values } = parseArgs({
  options: { documents: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' }, mb: { type: 'string', default: '0.25' } },
});
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

// 2. One large document per shape, at two sizes (best of three runs: the ratio should show the algorithm, not the collector).
const smallMb = Number(values.mb);
console.log(`extraction time per MB, one document of ${smallMb} MB and of ${smallMb * 4} MB`);
row('  shape', `${'ms/MB (small)'.padStart(14)} ${'ms/MB (4×)'.padStart(12)}  ratio`);
for (const shape of SHAPES) {
  const [small, large] = [smallMb, smallMb * 4].map((size) => {
    const text = shape.text(Math.round(size * 1024 * 1024));
    const bytes = Buffer.byteLength(text);
    const ms = Math.min(...[1, 2, 3].map(() => time(() => extractDocument(decodeSource(`${shape.name}.txt`, Buffer.from(text)), { id: 'bench' }))[1]));
    return ms / (bytes / 1024 / 1024);
  });
  row(`  ${shape.name}`, `${small!.toFixed(0).padStart(14)} ${large!.toFixed(0).padStart(12)}  ${(large! / small!).toFixed(2)}`);
}

// 3. A synthetic corpus: the seeds again and again under fresh ids, with their registries.
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

// 4. The built site.
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

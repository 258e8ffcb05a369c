/** The bench's printed report. */
import { cpus, totalmem } from 'node:os';
import type { ShapeTiming } from './extraction-shapes.ts';
import type { IngestSpeed } from './ingest-speed.ts';
import { gigabytes, megabytes, type StageResult } from './measure.ts';
import type { PipelineResult } from './pipeline.ts';
import type { Transfer } from './browser-metrics.ts';

function row(name: string, value: string): void {
  console.log(`  ${name.padEnd(34)} ${value}`);
}

const seconds = (s: number) => `${s.toFixed(1)} s`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function machine(): string {
  return `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${gigabytes(totalmem())} RAM, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`;
}

export function printIngestSpeed(speed: IngestSpeed, runs: number): void {
  console.log(`ingestion of the project's sources (${speed.documents} documents, ${speed.clauses} clauses)`);
  row(`wall time, mean of ${runs}`, `${speed.milliseconds.toFixed(1)} ms (${(speed.milliseconds / speed.documents).toFixed(1)} ms per document)`);
}

export function printShapes(timings: readonly ShapeTiming[], smallMb: number): void {
  console.log(`extraction time per MB, one document of ${smallMb} MB and of ${smallMb * 4} MB`);
  row('shape', `${'ms/MB (small)'.padStart(14)} ${'ms/MB (4×)'.padStart(12)}  ratio`);
  for (const t of timings) row(t.shape, `${t.small.toFixed(0).padStart(14)} ${t.large.toFixed(0).padStart(12)}  ${(t.large / t.small).toFixed(2)}`);
}

function stageRow(stage: StageResult, note = ''): void {
  row(stage.name, `${seconds(stage.seconds).padStart(8)}   peak ${gigabytes(stage.peakTreeBytes)} (largest process ${gigabytes(stage.peakProcessBytes)})${note}`);
}

function transferRow(name: string, t: Transfer, note = ''): void {
  row(name, `${t.requests} requests, ${kilobytes(t.bytes)} compressed (${kilobytes(t.rawBytes)} raw)${note}`);
}

export function printPipeline(r: PipelineResult): void {
  console.log(`\nwhole pipeline, synthetic corpus of ${r.documents} documents, ${r.clauses} clauses, ${megabytes(r.sourceBytes)} of sources (generated in ${seconds(r.generationSeconds)})`);
  console.log(`  machine: ${machine()}`);
  for (const stage of r.stages) stageRow(stage);
  const total = r.stages.reduce((n, s) => n + s.seconds, 0);
  const peak = Math.max(...r.stages.map((s) => s.peakTreeBytes));
  row('total', `${seconds(total).padStart(8)}   peak ${gigabytes(peak)}`);
  row('content written by ingest', `${r.content.files} files, ${megabytes(r.content.bytes)} (${r.content.perSourceByte.toFixed(2)} bytes per source byte)`);
  row('site (dist/ without the index)', `${r.site.files} files, ${megabytes(r.site.bytes)} (${r.site.htmlPages} HTML pages)`);
  row('search index', `${r.searchIndex.files} files, ${megabytes(r.searchIndex.bytes)}`);
  if (r.floor) {
    const build = r.stages.filter((s) => s.name.startsWith('astro build') || s.name === 'merge parts').reduce((n, s) => n + s.seconds, 0);
    console.log(`floor: the same ${r.floor.pages} pages from plain Markdown (one collection, two dynamic routes)`);
    stageRow(r.floor);
    row('astro build / floor', `${(build / r.floor.seconds).toFixed(2)}×`);
    row('whole pipeline / floor', `${(total / r.floor.seconds).toFixed(2)}×`);
  }
  if (r.browser) {
    const b = r.browser;
    console.log('in Chromium (1280 × 900, fresh cache for each page)');
    transferRow('first search', b.firstSearch, `; results ${b.firstSearch.milliseconds.toFixed(0)} ms after navigation: ${b.firstSearch.status}`);
    row('first search typed on the page', `results ${b.typedFirstSearch.toFixed(0)} ms after submitting (typed 1 s after the page opened)`);
    transferRow('a clause page', b.clausePage);
    transferRow('a document page', b.documentPage);
    const sorted = b.latencies.map((l) => l.milliseconds).sort((x, y) => x - y);
    row('search latency, index loaded', `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms over ${sorted.length} queries`);
    row('', b.latencies.map((l) => `${l.query} ${l.milliseconds.toFixed(0)}`).join(' · '));
  }
  if (r.incremental) {
    console.log('after one source changed (npm run ingest && npm run build again)');
    for (const stage of r.incremental) stageRow(stage);
    row('total', seconds(r.incremental.reduce((n, s) => n + s.seconds, 0)));
  }
}

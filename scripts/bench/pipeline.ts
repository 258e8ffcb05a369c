/**
 * The whole pipeline on a synthetic corpus, each stage a separate process as `npm run ingest` and
 * `npm run build` run it: ingest → astro build → search index → sitemap, then optionally the Markdown
 * floor, the browser's view and a rebuild after one source changed. With `parts` > 1 the site is built
 * the way a very large atlas is (src/lib/build-part.ts): the parts one after another, then merged. Nothing touches the project's content/
 * or dist/: everything lives in a scratch directory (ingest --content, ATLAS_CONTENT_DIR and
 * ATLAS_DIST_DIR for the site, src/paths.ts).
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { frontmatterOf } from '../ingest/mdx.ts';
import { ROOT } from '../ingest/sources.ts';
import { measureBrowser, type BrowserMetrics } from './browser-metrics.ts';
import { buildFloor } from './floor.ts';
import { directoryStats, runStage, type DirectoryStats, type StageResult } from './measure.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

export interface PipelineOptions {
  documents: number;
  /** Scratch directory: content/, dist/, floor/ and the stage log go below it. */
  work: string;
  floor: boolean;
  browser: boolean;
  incremental: boolean;
  /** Build the site in this many parts (ATLAS_PART), one after another. */
  parts: number;
  /**
   * Build only these parts (0-based), as one machine of a split build would, and leave out the merge and
   * the sitemap: the measure of a part for an atlas too large to build whole here.
   */
  onlyParts?: number[];
  /** Documents per search index bundle (ATLAS_SEARCH_BUNDLE_DOCUMENTS); all in one when undefined. */
  bundleDocuments?: number;
}

export interface PipelineResult {
  documents: number;
  clauses: number;
  sourceBytes: number;
  generationSeconds: number;
  stages: StageResult[];
  /** What the ingester wrote (documents, id registries, data), and bytes of it per byte of source. */
  content: DirectoryStats & { perSourceByte: number };
  /** dist/ without the search index. */
  site: DirectoryStats & { htmlPages: number };
  searchIndex: DirectoryStats;
  floor?: StageResult & { pages: number };
  browser?: BrowserMetrics;
  /** The same stages again after one source changed. */
  incremental?: StageResult[];
}

const node = process.execPath;
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The search index: Pagefind's bundles and the clause files results show. */
const SEARCH_INDEX = /^(?:pagefind(?:-\d+)?|search\/c)\//;

/** A new item at the end of the last section: one source changes, every other stays as it was. */
function changeOneSource(sources: string): string {
  const province = readdirSync(sources).sort()[0]!;
  const file = path.join(sources, province, readdirSync(path.join(sources, province)).sort()[0]!);
  appendFileSync(file, '\n——建立健全工作台账，每季度通报一次进展情况。\n');
  return file;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const content = path.join(options.work, 'content');
  const dist = path.join(options.work, 'dist');
  const log = path.join(options.work, 'stages.log');
  const env: NodeJS.ProcessEnv = { ATLAS_CONTENT_DIR: content, ATLAS_DIST_DIR: dist };
  if (options.bundleDocuments) env.ATLAS_SEARCH_BUNDLE_DOCUMENTS = String(options.bundleDocuments);
  const run = (name: string, args: string[], extra: NodeJS.ProcessEnv = {}) => runStage(name, node, args, { cwd: ROOT, env: { ...env, ...extra }, log });
  const partDirs = Array.from({ length: options.parts }, (_, k) => `${dist}-part-${k}`);
  const built = options.onlyParts ?? partDirs.map((_, k) => k);
  const buildPart = (k: number) => () => run(`astro build, part ${k + 1} of ${options.parts}`, [ASTRO, 'build'], { ATLAS_PART: `${k}/${options.parts}`, ATLAS_DIST_DIR: partDirs[k] });
  const siteStages =
    options.parts === 1
      ? [() => run('astro build', [ASTRO, 'build'])]
      : [...built.map(buildPart), ...(options.onlyParts ? [] : [() => run('merge parts', [path.join(ROOT, 'scripts/site/merge-parts.ts'), '--out', dist, ...partDirs])])];
  const stages = () => [
    () => run('ingest', [path.join(ROOT, 'scripts/ingest/ingest.ts'), '--quiet', '--content', content]),
    ...siteStages,
    () => run('search index', [path.join(ROOT, 'scripts/site/index-search.ts')]),
    ...(options.onlyParts ? [] : [() => run('sitemap', [path.join(ROOT, 'scripts/site/write-sitemap.ts')])]),
  ];

  const generated = performance.now();
  const corpus = writeSyntheticCorpus(content, options.documents, path.join(ROOT, 'content'));
  const generationSeconds = (performance.now() - generated) / 1000;

  const results: StageResult[] = [];
  for (const stage of stages()) results.push(await stage());

  const documentsDir = path.join(content, 'documents');
  const mdx = readdirSync(documentsDir).filter((f) => f.endsWith('.mdx')).sort();
  const frontmatters = mdx.map((f) => frontmatterOf(readFileSync(path.join(documentsDir, f), 'utf8')));
  const clauses = frontmatters.reduce((n, d) => n + d.clauses.length, 0);
  const written = ['documents', 'ids', 'data'].map((d) => directoryStats(path.join(content, d))).reduce((a, b) => ({ files: a.files + b.files, bytes: a.bytes + b.bytes }));
  // The pages: dist/, or the parts built when only some were (nothing merged them into dist/).
  const siteDirs = options.onlyParts ? built.map((k) => partDirs[k]!) : [dist];
  const sum = (stats: DirectoryStats[]) => stats.reduce((a, b) => ({ files: a.files + b.files, bytes: a.bytes + b.bytes }));
  const site = sum(siteDirs.map((d) => directoryStats(d, (f) => !SEARCH_INDEX.test(f))));
  const htmlPages = sum(siteDirs.map((d) => directoryStats(d, (f) => !SEARCH_INDEX.test(f) && f.endsWith('.html')))).files;
  const result: PipelineResult = {
    documents: corpus.documents,
    clauses,
    sourceBytes: corpus.bytes,
    generationSeconds,
    stages: results,
    content: { ...written, perSourceByte: written.bytes / corpus.bytes },
    site: { ...site, htmlPages },
    searchIndex: directoryStats(dist, (f) => SEARCH_INDEX.test(f)),
  };

  if (options.floor) result.floor = await buildFloor(path.join(options.work, 'floor'), documentsDir, htmlPages, log);
  if (options.browser) {
    const sample = frontmatters[Math.floor(frontmatters.length / 2)]!;
    const clause = sample.clauses[Math.floor(sample.clauses.length / 2)]!;
    result.browser = await measureBrowser(dist, `/clauses/${clause.id}/`, `/documents/${sample.id}/`);
  }
  if (options.incremental) {
    changeOneSource(path.join(content, 'sources'));
    result.incremental = [];
    for (const stage of stages()) result.incremental.push(await stage());
  }
  return result;
}

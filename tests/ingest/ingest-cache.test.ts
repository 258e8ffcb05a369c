/**
 * The ingest cache: a second run reuses what the first wrote from unchanged sources, and its output is
 * byte for byte what a run without the cache gives — after one source changed, after the unit
 * registries changed (nothing reused then), and when a generated file was edited by hand.
 */
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { IngestCache } from '../../scripts/ingest/ingest-cache.ts';
import { contentPathsUnder, ingestAll, writeOutput } from '../../scripts/ingest/ingest.ts';
import { ROOT } from '../../scripts/ingest/sources.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-ingest-cache-'));
const paths = contentPathsUnder(root);
writeSyntheticCorpus(root, 8, path.join(ROOT, 'content'));
const sources = readdirSync(paths.sources, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort();
let cacheFile = '';

/** A cached run, written and remembered as `npm run ingest` does. */
function cachedRun() {
  const cache = new IngestCache(root, paths.units);
  cacheFile = cache.file;
  const output = ingestAll(paths, { date: '2026-01-01', cache });
  writeOutput(output);
  cache.save(output.remembered);
  return output;
}

const fullRun = () => ingestAll(paths, { date: '2026-01-01' });

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheFile, { force: true });
});

describe('ingest cache', () => {
  it('reads every source the first time, none the second', () => {
    expect(cachedRun().reused).toEqual([]);
    const second = cachedRun();
    expect(second.reused).toHaveLength(sources.length);
    expect(second.files).toEqual(fullRun().files);
    expect(second.documents).toEqual(fullRun().documents);
  });

  it('reads again only the source that changed, and writes what a full run writes', () => {
    appendFileSync(path.join(paths.sources, sources[0]!), '\n——建立健全工作台账，每季度通报一次进展情况。\n');
    const output = cachedRun();
    expect(output.reused).toHaveLength(sources.length - 1);
    expect(output.reused).not.toContain(sources[0]);
    expect(output.files).toEqual(fullRun().files);
  });

  it('reads every source again when a unit registry changed', () => {
    const registry = readdirSync(paths.units)[0]!;
    appendFileSync(path.join(paths.units, registry), ' ');
    expect(cachedRun().reused).toEqual([]);
  });

  it('does not trust a generated file edited by hand', () => {
    const mdx = path.join(paths.documents, readdirSync(paths.documents).sort()[0]!);
    writeFileSync(mdx, 'edited');
    const output = cachedRun();
    expect(output.reused).toHaveLength(sources.length - 1);
    expect(output.files.get(mdx)).toBe(fullRun().files.get(mdx));
  });
});

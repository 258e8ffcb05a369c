/**
 * The browser's reader of the search index against indexes Pagefind really writes: every word's
 * positions, and every prefix's, must be those of the records' content, across many small chunks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunksFor, decodeMeta, PagefindIndex, unpack } from '../../src/lib/pagefind-index.ts';

/** A deterministic stream of words: 4- and 8-letter codes over a small alphabet, so prefixes are shared and chunk bounds fall inside them. */
function recordWords(seed: number, count: number): string[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8;
  const letters = 'abcde';
  const code = () => Array.from({ length: 4 }, () => letters[next() % letters.length]).join('');
  // Every tenth position is filler, as between clause slots: counted, not indexed.
  return Array.from({ length: count }, (_, i) => (i % 10 === 9 ? '.' : next() % 3 === 0 ? code() : code() + code()));
}

const RECORDS = Array.from({ length: 7 }, (_, i) => ({ url: `/r/${i}/`, words: recordWords(i + 1, 400 + i * 97) }));

/** Where each word stands in each record, by record number. */
function expectedPositions(match: (word: string) => boolean): Map<number, number[]> {
  const found = new Map<number, number[]>();
  RECORDS.forEach((record, n) => {
    const at = record.words.flatMap((w, i) => (w !== '.' && match(w) ? [i] : []));
    if (at.length) found.set(n, at);
  });
  return found;
}

let dir: string;
let index: PagefindIndex;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-pagefind-'));
  // Small chunks: many chunk bounds, each shortened by Pagefind to a few letters.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '40';
  const { index: writer } = await pagefind.createIndex({});
  for (const record of RECORDS) await writer!.addCustomRecord({ url: record.url, content: record.words.join(' '), language: 'und' });
  await writer!.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await pagefind.close();
  delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  index = await PagefindIndex.open('/pagefind/', async (url) => new Uint8Array(readFileSync(path.join(dir, url))));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PagefindIndex', () => {
  it('reads the record table and many chunks', () => {
    expect(index.meta.records).toHaveLength(RECORDS.length);
    expect(index.meta.chunks.length).toBeGreaterThan(20);
  });

  it('finds every word at exactly its positions in every record', async () => {
    const words = [...new Set(RECORDS.flatMap((r) => r.words).filter((w) => w !== '.'))];
    expect(words.length).toBeGreaterThan(500);
    for (const word of words.filter((w) => w.length === 8)) {
      expect(await index.positions(word), word).toEqual(expectedPositions((w) => w === word));
    }
  });

  it('finds every word starting with a prefix, across chunk bounds', async () => {
    const prefixes = [...new Set(RECORDS.flatMap((r) => r.words).filter((w) => w !== '.').flatMap((w) => [w.slice(0, 4), w.slice(0, 6)]))];
    let spanning = 0;
    for (const prefix of prefixes) {
      if (chunksFor(index.meta.chunks, prefix).length > 1) spanning++;
      expect(await index.positions(prefix), prefix).toEqual(expectedPositions((w) => w.startsWith(prefix)));
    }
    expect(spanning).toBeGreaterThan(0);
  });

  it('finds nothing for a word that is not there', async () => {
    expect(await index.positions('zzzzzzzz')).toEqual(new Map());
  });

  it('reads the files whether the server sent them compressed or already inflated', async () => {
    const file = readFileSync(path.join(dir, 'pagefind', readdirSync(path.join(dir, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!));
    expect(decodeMeta(await unpack(new Uint8Array(gunzipSync(file))))).toEqual(decodeMeta(await unpack(new Uint8Array(file))));
  });

  it('refuses a file that is not a Pagefind index file, in one line', async () => {
    await expect(unpack(new TextEncoder().encode('<!doctype html>'))).rejects.toThrow(/^search index: not a Pagefind index file$/);
  });
});

/**
 * The benchmark's synthetic corpus: the same N gives the same bytes, documents spread over the 31
 * provinces with their own titles, years and units, and everything it writes ingests cleanly
 * (no warnings: every tagged unit is in its province's registry).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { contentPathsUnder, ingestAll } from '../../scripts/ingest/ingest.ts';
import { ROOT } from '../../scripts/ingest/sources.ts';
import { provinceByName } from '../../src/lib/provinces.ts';

const COUNT = 62;
const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-synthetic-'));
const seeds = path.join(ROOT, 'content');

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return out;
}

describe('synthetic corpus', () => {
  const first = path.join(scratch, 'a');
  const corpus = writeSyntheticCorpus(first, COUNT, seeds);
  const output = ingestAll(contentPathsUnder(first));
  const documents = output.documents;

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is the same on every run', () => {
    const second = path.join(scratch, 'b');
    writeSyntheticCorpus(second, COUNT, seeds);
    expect(files(second)).toEqual(files(first));
  });

  it('ingests without a warning, one document per source', () => {
    expect(corpus.documents).toBe(COUNT);
    expect(output.warnings).toEqual([]);
    expect(documents).toHaveLength(COUNT);
  });

  it('spreads the documents over the 31 provinces, each in its own province directory', () => {
    expect(new Set(documents.map((d) => d.province)).size).toBe(31);
    for (const d of documents) expect(d.source.split('/').at(-2)).toBe(provinceByName(d.province)!.slug);
  });

  it('varies titles, years, kinds, units and numbers', () => {
    expect(new Set(documents.map((d) => d.title)).size).toBeGreaterThan(COUNT * 0.8);
    expect(new Set(documents.map((d) => d.year)).size).toBeGreaterThan(5);
    expect(new Set(documents.map((d) => d.kind)).size).toBeGreaterThanOrEqual(3);
    const units = documents.flatMap((d) => d.clauses.flatMap((c) => c.units.map((u) => u.canonical)));
    expect(new Set(units).size).toBeGreaterThan(15);
    const texts = documents.flatMap((d) => d.clauses.map((c) => c.text));
    // Short heading-like items come from a small bank and may meet again; sentences make the rest unique.
    expect(new Set(texts).size).toBeGreaterThan(texts.length * 0.99);
  });

  it('makes every clause kind and tag the ingester knows', () => {
    const clauses = documents.flatMap((d) => d.clauses);
    expect(new Set(clauses.map((c) => c.kind))).toEqual(new Set(['task', 'goal', 'requirement']));
    expect(clauses.some((c) => c.units.some((u) => u.role === 'lead'))).toBe(true);
    expect(clauses.some((c) => c.deadlines.length > 0)).toBe(true);
    expect(clauses.some((c) => c.metrics.length > 0)).toBe(true);
  });

  it('refers to other documents by their titles now and then', () => {
    const titles = new Set(documents.map((d) => d.title));
    const references = documents.flatMap((d) => d.clauses.flatMap((c) => [...c.text.matchAll(/《([^》]+)》/g)].map((m) => m[1]!)));
    expect(references.filter((t) => titles.has(t)).length).toBeGreaterThan(0);
  });
});

/**
 * Extraction accuracy against the gold labels of documents 000, 001 and 003.
 * Prints the scores; the thresholds are the product's accuracy promise.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeDocument, extractDocument } from '../../scripts/ingest/extract-document.ts';
import { readSource } from '../../scripts/ingest/read-source.ts';
import { listSources, registryFor } from '../../scripts/ingest/sources.ts';
import type { PolicyDocument } from '../../src/lib/schema.ts';
import { addCounts, f1, scoreDocument, type Field, type GoldDocument, type Score } from './gold-score.ts';

const GOLD_DIR = path.resolve(import.meta.dirname, '../fixtures/gold');
const GOLD_SOURCES: Record<string, string> = {
  '000': 'henan-2021-jiangong-liye',
  '001': 'henan-2019-jishi-gongcheng',
  '003': 'shanxi-2019-zuzhili-fengong',
};
const FIELDS: Field[] = ['clause', 'units', 'deadlines', 'metrics'];

function extract(id: string) {
  const source = listSources().find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id}`);
  return completeDocument(extractDocument(readSource(source.file), { id, registryFor, overrides: source.overrides }));
}

const scores: [string, GoldDocument, Score, PolicyDocument][] = Object.entries(GOLD_SOURCES).map(([doc, id]) => {
  const gold = JSON.parse(readFileSync(path.join(GOLD_DIR, `${doc}.json`), 'utf8')) as GoldDocument;
  const got = extract(id);
  return [doc, gold, scoreDocument(gold, got), got];
});

describe('extraction against the gold labels', () => {
  it('prints the scores', () => {
    for (const [doc, , score] of scores) {
      console.log(`${doc}: ${FIELDS.map((f) => `${f} F1=${f1(score[f]).toFixed(3)}`).join('  ')}`);
    }
    const total = Object.fromEntries(FIELDS.map((f) => [f, scores.map(([, , s]) => s[f]).reduce(addCounts)]));
    console.log(`ALL: ${FIELDS.map((f) => `${f}=${f1(total[f]!).toFixed(3)}`).join(' ')}`);
    expect(scores).toHaveLength(3);
  });

  it.each(scores)('%s: finds every gold clause and no extra one', (_doc, _gold, score) => {
    expect(score.missing).toEqual([]);
    expect(score.extra).toEqual([]);
  });

  it.each(scores)('%s: reads title, issuer, 文号, year and province from the text', (_doc, gold, _score, got) => {
    expect({ title: got.title, issuer: got.issuer, docNumber: got.docNumber, year: got.year, province: got.province }).toEqual({
      title: gold.title,
      issuer: gold.issuer,
      docNumber: gold.docNumber,
      year: gold.year,
      province: gold.province,
    });
  });

  it('gives the gold clause kinds', () => {
    for (const [, gold, , got] of scores) {
      expect(got.clauses.map((c) => c.kind)).toEqual(gold.clauses.map((c) => c.kind));
    }
  });

  it('meets the thresholds over the three documents', () => {
    const total = (f: Field) => f1(scores.map(([, , s]) => s[f]).reduce(addCounts));
    expect(total('units')).toBe(1);
    expect(total('deadlines')).toBeGreaterThanOrEqual(0.97);
    expect(total('metrics')).toBeGreaterThanOrEqual(0.95);
  });
});

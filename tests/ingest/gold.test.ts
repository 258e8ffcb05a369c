/**
 * Extraction accuracy against the gold labels: the seed documents 000, 001 and 003, and plans in
 * neighbouring formats labelled in tests/fixtures/neighbours (a municipal 实施意见 with labelled tags,
 * one of the atlas's sources; national 分工方案 with unlabelled and positional tags, one of them received
 * with its whole body on one line; a provincial notice of 三十条 measures; a municipal plan with goal
 * blocks, section introductions and sub-items). Prints the scores; the thresholds are the product's
 * accuracy promise.
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
const NEIGHBOURS_DIR = path.resolve(import.meta.dirname, '../fixtures/neighbours');
const GOLD_SOURCES: Record<string, string> = {
  '000': 'henan-2021-jiangong-liye',
  '001': 'henan-2019-jishi-gongcheng',
  '003': 'shanxi-2019-zuzhili-fengong',
};
/**
 * Neighbour plans labelled in <doc>.json: a source of the atlas, or a text beside the labels, <doc>.txt,
 * extracted as `extract` would extract it, with no flags.
 */
const NEIGHBOURS: Record<string, 'atlas' | 'text'> = {
  'guangdong-2018-guangzhou-chuangye-jiuye': 'atlas',
  'guowuyuan-2016-qingnian-chuangye-fengong': 'text',
  'structure-guowuyuan-2016-zhiyuan-fengong': 'text',
  'structure-hubei-2014-biyesheng-jiuye': 'text',
  'structure-suzhou-2018-qingnian-rencai': 'text',
};
const FIELDS: Field[] = ['clause', 'units', 'deadlines', 'metrics'];

type Scored = [string, GoldDocument, Score, PolicyDocument];

function readGold(file: string): GoldDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as GoldDocument;
}

function extractSource(id: string): PolicyDocument {
  const source = listSources().find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id}`);
  return completeDocument(extractDocument(readSource(source.file), { id, registryFor, overrides: source.overrides }));
}

function score(doc: string, gold: GoldDocument, got: PolicyDocument): Scored {
  return [doc, gold, scoreDocument(gold, got), got];
}

const seeds: Scored[] = Object.entries(GOLD_SOURCES).map(([doc, id]) => score(doc, readGold(path.join(GOLD_DIR, `${doc}.json`)), extractSource(id)));
const neighbours: Scored[] = Object.entries(NEIGHBOURS).map(([doc, where]) => {
  const gold = readGold(path.join(NEIGHBOURS_DIR, `${doc}.json`));
  const got = where === 'atlas' ? extractSource(doc) : completeDocument(extractDocument(readSource(path.join(NEIGHBOURS_DIR, `${doc}.txt`)), { id: doc, registryFor }));
  return score(doc, gold, got);
});

const total = (scores: Scored[], field: Field) => f1(scores.map(([, , s]) => s[field]).reduce(addCounts));

function printScores(scores: Scored[]): void {
  for (const [doc, , score] of scores) {
    console.log(`${doc}: ${FIELDS.map((f) => `${f} F1=${f1(score[f]).toFixed(3)}`).join('  ')}`);
  }
  console.log(`ALL: ${FIELDS.map((f) => `${f}=${total(scores, f).toFixed(3)}`).join(' ')}`);
}


describe('extraction against the gold labels', () => {
  it('prints the scores', () => {
    printScores(seeds);
    expect(seeds).toHaveLength(3);
  });

  it.each(seeds)('%s: finds every gold clause and no extra one, under its gold headings', (_doc, _gold, score) => {
    expect(score.missing).toEqual([]);
    expect(score.extra).toEqual([]);
    expect(score.misplaced).toEqual([]);
  });

  it.each([...seeds, ...neighbours])('%s: reads title, issuer, 文号, year and province from the text', (_doc, gold, _score, got) => {
    expect({ title: got.title, issuer: got.issuer, docNumber: got.docNumber, year: got.year, province: got.province }).toEqual({
      title: gold.title,
      issuer: gold.issuer,
      docNumber: gold.docNumber,
      year: gold.year,
      province: gold.province,
    });
  });

  it('gives the gold clause kinds', () => {
    for (const [, gold, , got] of seeds) {
      expect(got.clauses.map((c) => c.kind)).toEqual(gold.clauses.map((c) => c.kind));
    }
  });

  it('meets the thresholds over the three documents', () => {
    expect(total(seeds, 'units')).toBe(1);
    expect(total(seeds, 'deadlines')).toBeGreaterThanOrEqual(0.97);
    expect(total(seeds, 'metrics')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('extraction of neighbouring formats against their gold labels', () => {
  it('prints the scores', () => {
    printScores(neighbours);
    expect(neighbours).toHaveLength(Object.keys(NEIGHBOURS).length);
  });

  it.each(neighbours)('%s: finds every gold clause and no extra one, under its gold headings with its gold kind', (_doc, _gold, score) => {
    expect(score.missing).toEqual([]);
    expect(score.extra).toEqual([]);
    expect(score.misplaced).toEqual([]);
  });

  it.each(neighbours)('%s: meets the thresholds for units, deadlines and metrics', (_doc, _gold, score) => {
    expect(f1(score.units)).toBeGreaterThanOrEqual(0.9);
    expect(f1(score.deadlines)).toBeGreaterThanOrEqual(0.9);
    expect(f1(score.metrics)).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * Scores extracted documents against the gold labels (tests/fixtures/gold, rules in SCHEMA.md):
 * clauses are aligned by their start text, then units, deadlines and metrics are compared as sets.
 */
import type { Clause, PolicyDocument, UnitRef } from '../../src/lib/schema.ts';

export interface GoldClause {
  n: number;
  kind: string;
  path: string[];
  start: string;
  units: UnitRef[];
  deadlines: { year: number | null; month: number | null; recurrence: string | null; text: string }[];
  metrics: { value: number; unit: string; text: string }[];
}

export interface GoldDocument {
  doc: string;
  title: string;
  province: string;
  issuer: string;
  docNumber: string | null;
  year: number;
  clauses: GoldClause[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Field = 'clause' | 'units' | 'deadlines' | 'metrics';
export type Score = Record<Field, Counts> & {
  missing: string[];
  extra: string[];
  /** Found clauses whose kind or heading path differs from the gold. */
  misplaced: string[];
};

function norm(s: string): string {
  return s.replace(/\s+/g, '').replace(/〈/g, '（').replace(/〉/g, '）').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** The start text without item markers, as the gold labels write it. */
export function leadStrip(text: string): string {
  return norm(text)
    .replace(/^\[bookmark:_GoBack\]/, '')
    .replace(/^(——|—|-)+/, '')
    .replace(/^(\d+[.．、]|（\d+）|主要目标：)/, '');
}

function unitKeys(units: readonly UnitRef[]): string[] {
  return units.flatMap((u) => norm(u.canonical || u.raw).split(/[、，,]/).filter(Boolean).map((piece) => `${piece}|${u.role}`));
}

function deadlineKeys(deadlines: GoldClause['deadlines'] | Clause['deadlines']): string[] {
  return deadlines.map((d) => `${d.year}|${d.year ? d.month : null}|${d.recurrence}`);
}

function metricKeys(metrics: GoldClause['metrics'] | Clause['metrics']): string[] {
  return metrics.map((m) => `${Number(m.value)}|${norm(m.unit)}`);
}

function compare(counts: Counts, gold: string[], got: string[] | undefined): void {
  const g = new Set(gold);
  const p = new Set(got ?? []);
  for (const k of g) if (p.has(k)) counts.tp++;
  for (const k of g) if (!p.has(k)) counts.fn++;
  if (got) for (const k of p) if (!g.has(k)) counts.fp++;
}

/** Headings as the gold writes them: no spaces, brackets of either width. */
function pathKey(path: readonly string[]): string {
  return path.map(norm).join(' > ');
}

export function scoreDocument(gold: GoldDocument, got: Pick<PolicyDocument, 'id' | 'clauses'>): Score {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const score: Score = { clause: zero(), units: zero(), deadlines: zero(), metrics: zero(), missing: [], extra: [], misplaced: [] };
  const texts = got.clauses.map((c) => leadStrip(c.text));
  const used = new Set<number>();
  for (const g of gold.clauses) {
    const start = leadStrip(g.start);
    const index = texts.findIndex((t, i) => !used.has(i) && t.indexOf(start) !== -1 && t.indexOf(start) <= 12);
    const match = index === -1 ? undefined : got.clauses[index];
    if (match) {
      used.add(index);
      score.clause.tp++;
      if (match.kind !== g.kind || pathKey(match.path) !== pathKey(g.path)) {
        score.misplaced.push(`${gold.doc} #${g.n} ${g.start}: ${match.kind} ${pathKey(match.path)}, expected ${g.kind} ${pathKey(g.path)}`);
      }
    } else {
      score.clause.fn++;
      score.missing.push(`${gold.doc} #${g.n} ${g.start}`);
    }
    compare(score.units, unitKeys(g.units), match && unitKeys(match.units));
    compare(score.deadlines, deadlineKeys(g.deadlines), match && deadlineKeys(match.deadlines));
    compare(score.metrics, metricKeys(g.metrics), match && metricKeys(match.metrics));
  }
  got.clauses.forEach((c, i) => {
    if (!used.has(i)) {
      score.clause.fp++;
      score.extra.push(`${got.id} ${c.id} ${c.text.slice(0, 20)}`);
    }
  });
  return score;
}

export function f1({ tp, fp, fn }: Counts): number {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Quantified targets (量化指标) grouped by the measure they are about — 学社衔接率, 团青比, 建团任务,
 * 青年之家 — so that one document's series (2019 ≥ 50%, 2020 ≥ 60%…) and different provinces' targets
 * for the same measure can be compared. The measure is read from the words around the number: the
 * rate or ratio named before it (…率达到80%), else the thing counted after it (1000名青年科技人才),
 * else the work named before it (开展活动不少于万场).
 */
import type { Clause, DocumentFrontmatter, Metric } from './schema.ts';

export interface Target {
  metric: Metric;
  clause: Clause;
  document: DocumentFrontmatter;
  /** What the number measures, e.g. 学社衔接率; empty when the words do not say. */
  measure: string;
}

export interface MeasureGroup {
  /** Measure and kind of unit: 学社衔接率 (%) and 学社衔接率 counted in 所 are different groups. */
  key: string;
  measure: string;
  unit: string;
  targets: Target[];
  provinces: string[];
  documentIds: string[];
}

const NUMBER = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)\\s*(?:万|亿)?';
/** Words between a measure and its number: 达到, 力争达到, 逐步降至, 不少于, 控制在 … */
const LEAD_IN = /(?:逐步|进一步|基本|力争|努力|确保|争取|要|均|须|需|应|将)*(?:达到|达|提高|增长|降低|下降|提高到|提升到|增加到|降至|降到|控制在|稳定在|保持在|不少于|不低于|不超过|不高于|至少|超过|完成|实现|为|在|到)$/;
/** Words after a number that only qualify it: 以上, 的, 左右 … */
const QUALIFIER = /^(?:以上|以内|以下|左右|余|多|及以上)?(?:的)?/;
const STOP = /[，、。；：:,;“”"‘’\s]/;
/** Where a measure's words begin: after the time, the actor's verb or the scope that precede them. */
const MEASURE_START = /每(?:年|季度|月|周|半年|两个月)|[0-9０-９]{4}年(?:底前|底|前|上半年|下半年)?|将|把|使|让|推动|实现|确保|力争|努力|达到|全省|全市|全县|各级|各地|逐步|累计/g;
const MAX_MEASURE = 16;

/**
 * The words after the last place a measure could begin (after 的 too, where the measure precedes the
 * number); when nothing is left there, the words just before it (活跃度每年 → 活跃度).
 */
function measureWords(phrase: string, { afterDe = true } = {}): string {
  let start = 0;
  let previous = 0;
  const pattern = new RegExp(afterDe ? `${MEASURE_START.source}|的` : MEASURE_START.source, 'g');
  for (const m of phrase.matchAll(pattern)) {
    previous = start;
    start = m.index + m[0].length;
    if (phrase.length - start < 2) return phrase.slice(previous, m.index);
  }
  return phrase.slice(start);
}

/** The last phrase of a text, back to the nearest stop character. */
function lastPhrase(text: string): string {
  let start = text.length;
  while (start > 0 && !STOP.test(text[start - 1]!)) start--;
  return text.slice(start);
}

/** The first phrase of a text, up to the nearest stop character. */
function firstPhrase(text: string): string {
  const end = text.search(STOP);
  return end < 0 ? text : text.slice(0, end);
}

export function measureOf(metric: Pick<Metric, 'text' | 'unit'>): string {
  // Quotes and bracketed asides (县（市、区）) are not part of a measure's name.
  const text = metric.text.replace(/[“”‘’"]/g, '').replace(/（[^（）]*）|\([^()]*\)/g, '');
  const unit = metric.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${NUMBER}\\s*${unit === '%' ? '[%％]' : unit}`).exec(text);
  if (!match) return '';
  const before = lastPhrase(text.slice(0, match.index).replace(LEAD_IN, ''));
  const after = firstPhrase(text.slice(match.index + match[0].length).replace(QUALIFIER, ''));
  const rate = /[\u4e00-\u9fff·]*(?:率|比|比例|占比|覆盖面)$/.exec(before)?.[0];
  if (rate) return measureWords(rate).slice(-MAX_MEASURE);
  const counted = measureWords(after, { afterDe: false }).slice(0, MAX_MEASURE);
  if (counted.length >= 2) return counted;
  // 建成“青年之家”500家: what is built is the measure, not the building.
  return measureWords(before).replace(/^(?:建成|建立|新建|打造|培育|培养|创建)/, '').slice(-MAX_MEASURE);
}

export function buildTargets(documents: readonly DocumentFrontmatter[]): Target[] {
  return documents.flatMap((document) =>
    document.clauses.flatMap((clause) => clause.metrics.map((metric) => ({ metric, clause, document, measure: measureOf(metric) }))),
  );
}

export function groupByMeasure(targets: readonly Target[]): MeasureGroup[] {
  const groups = new Map<string, { group: MeasureGroup; provinces: Set<string>; documentIds: Set<string> }>();
  for (const target of targets) {
    const measure = target.measure || target.metric.text;
    const key = `${measure}\u0000${target.metric.unit}`;
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { group: { key, measure, unit: target.metric.unit, targets: [], provinces: [], documentIds: [] }, provinces: new Set(), documentIds: new Set() }));
    entry.group.targets.push(target);
    entry.provinces.add(target.document.province);
    entry.documentIds.add(target.document.id);
  }
  // Sets keep the order of first appearance, as the lists did.
  return [...groups.values()].map(({ group, provinces, documentIds }) => ({ ...group, provinces: [...provinces], documentIds: [...documentIds] }));
}

export interface SeriesPoint {
  year: number;
  value: number;
  cmp: Metric['cmp'];
  target: Target;
}

/**
 * One document's targets for one measure in successive years (2019 ≥ 50%, 2020 ≥ 60%, 2021 ≥ 85%), when it
 * sets at least two years. A year stated twice (a goal and its task both say 2019 ≥ 50%) counts once; where
 * two clauses disagree on a year, the clause that states more of the series wins.
 */
export function seriesOf(group: MeasureGroup, documentId: string): SeriesPoint[] {
  return seriesFrom(group.targets.filter((t) => t.document.id === documentId));
}

/** The series of one document's targets of one measure (seriesOf). */
function seriesFrom(targets: readonly Target[]): SeriesPoint[] {
  const dated = targets.filter((t) => t.metric.year !== null);
  const perClause = new Map<string, number>();
  for (const t of dated) perClause.set(t.clause.id, (perClause.get(t.clause.id) ?? 0) + 1);
  const byYear = new Map<number, Target>();
  for (const t of dated) {
    const held = byYear.get(t.metric.year!);
    if (!held || perClause.get(t.clause.id)! > perClause.get(held.clause.id)!) byYear.set(t.metric.year!, t);
  }
  if (byYear.size < 2) return [];
  return [...byYear.values()]
    .map((t) => ({ year: t.metric.year!, value: t.metric.value, cmp: t.metric.cmp, target: t }))
    .sort((a, b) => a.year - b.year);
}

/** Measures the targets page compares, and the provinces' targets shown for each: bounded however large the atlas. */
export const COMPARED_MEASURES = 30;

/**
 * A measure several documents set, compared across provinces: each province's most recent target
 * (the latest year it is for, else the latest document), one bar per province, in the group's order.
 */
export function latestPerProvince(group: MeasureGroup): Target[] {
  const latest = new Map<string, Target>();
  const when = (t: Target) => t.metric.year ?? t.document.year;
  for (const t of group.targets) {
    const held = latest.get(t.document.province);
    if (!held || when(t) > when(held)) latest.set(t.document.province, t);
  }
  return [...latest.values()];
}

export interface AtlasTargets {
  targets: Target[];
  groups: MeasureGroup[];
  /** Each document's targets, in document order. */
  byDocument: Map<string, Target[]>;
  /** Each document's series: the measures it sets for successive years, in group order. */
  seriesByDocument: Map<string, { group: MeasureGroup; points: SeriesPoint[] }[]>;
  /** How many targets each province's documents set. */
  countByProvince: Map<string, number>;
}

const built = new WeakMap<readonly DocumentFrontmatter[], AtlasTargets>();

/** The targets of a set of documents, their measure groups and per-document indexes, built once however many pages ask. */
export function targetsOf(documents: readonly DocumentFrontmatter[]): AtlasTargets {
  let result = built.get(documents);
  if (!result) {
    const targets = buildTargets(documents);
    const groups = groupByMeasure(targets);
    const seriesByDocument = new Map<string, { group: MeasureGroup; points: SeriesPoint[] }[]>();
    for (const group of groups) {
      for (const [documentId, own] of Map.groupBy(group.targets, (t) => t.document.id)) {
        const points = seriesFrom(own);
        if (points.length === 0) continue;
        const list = seriesByDocument.get(documentId) ?? [];
        list.push({ group, points });
        seriesByDocument.set(documentId, list);
      }
    }
    const countByProvince = new Map<string, number>();
    for (const t of targets) countByProvince.set(t.document.province, (countByProvince.get(t.document.province) ?? 0) + 1);
    result = { targets, groups, byDocument: Map.groupBy(targets, (t) => t.document.id), seriesByDocument, countByProvince };
    built.set(documents, result);
  }
  return result;
}

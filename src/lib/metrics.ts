/**
 * Quantified targets stated in one clause (labelling rules: tests/fixtures/gold/SCHEMA.md):
 * a number with "%" or a measure word, its comparator, and the year it is due.
 * Numbers that only name or describe something (ordinals, titles, slogans, programme names,
 * sizes of existing sets) are filtered out by the named predicates below.
 *
 * Linear in the clause's length: a number starts only where a run of digits or numerals starts,
 * no two whitespace runs can trade characters, and every look around a number is bounded
 * (a phrase is at most PHRASE_REACH characters either side of it; sentences are looked up, not scanned).
 */
import { Boundaries, insideRanges, overlapsRanges } from './boundaries.ts';
import { parseNumber } from './chinese-numbers.ts';
import { findDeadlineSpans, type DeadlineSpan } from './deadlines.ts';
import type { Comparator, Metric } from './schema.ts';

const S = '\\s*';
/** Arabic numbers, optionally with thousands commas, decimals and a Chinese magnitude: 80, 1,000, 1.5万. */
const ARABIC_NUM = '(?<![0-9０-９])[0-9０-９]+(?:,[0-9]{3}){0,4}(?:[.．][0-9０-９]+)?(?:[十百千万亿](?![0-9０-９]))?';
/** Chinese numerals: 两, 十五, 三千, 万 (bare magnitude, as in 不少于万场). */
const CHINESE_NUMERAL = '零〇一二两三四五六七八九十百千万亿';
const CHINESE_NUM = `(?<![${CHINESE_NUMERAL}])[${CHINESE_NUMERAL}]+`;
const NUM = `(?:${ARABIC_NUM}|${CHINESE_NUM})`;
/** Measure words a target is counted in, longest first ("人次" before "人", "个月" before "个"). */
const UNIT = '(?:%|％|人次|课时|学时|小时|个月|个|名|家|次|天|场|支|人|所|期|项|遍|篇|件|部|门|节|户|元|套|座|处|台|间|轮|趟|周(?![年岁]))';
/** "余"/"多" between number and unit: 30000余人 means at least 30000. */
const APPROX = '(?:余|多)';
/** Words after the unit that set the comparator. */
const SUFFIX = '(?:及以上|以上|之内|以内|及以下|以下|左右)';
/** Range separators: 1到2个, 一至两项, 5%－10%, 1~2所. */
const RANGE_SEP = '(?:[至到~～—－\\-])';

/** One target: a range (two bounds) or a single number, each with its unit. */
const METRIC = new RegExp(
  `百分之${S}(?<pctNum>${NUM})(?:${S}(?<pctSuffix>${SUFFIX}))?` +
    `|(?<low>${NUM})${S}(?:${UNIT}${S})?${RANGE_SEP}${S}(?<high>${NUM})${S}(?<rangeUnit>${UNIT})` +
    `|(?<num>${NUM})${S}(?:(?<approx>${APPROX})${S})?(?<unit>${UNIT})(?:${S}(?<suffix>${SUFFIX}))?`,
  'g',
);

/** Comparator words written before the number (the nearest one in the phrase applies). */
const PREFIX_COMPARATOR = /不少于|不低于|不小于|不下于|至少|最少|超过|多于|高于|大于|不超过|不多于|不高于|不大于|最多|至多|少于|低于|控制在|降至|降到|达到|约/g;
const PREFIX_CMP: Record<string, Comparator> = {
  不少于: '>=', 不低于: '>=', 不小于: '>=', 不下于: '>=', 至少: '>=', 最少: '>=', 超过: '>=', 多于: '>=', 高于: '>=', 大于: '>=',
  不超过: '<=', 不多于: '<=', 不高于: '<=', 不大于: '<=', 最多: '<=', 至多: '<=', 少于: '<=', 低于: '<=', 控制在: '<=',
  降至: '=', 降到: '=', 达到: '=', 约: '=',
};
const SUFFIX_CMP: Record<string, Comparator> = {
  及以上: '>=', 以上: '>=', 之内: '<=', 以内: '<=', 及以下: '<=', 以下: '<=', 左右: '=',
};

/** Phrase boundaries: a comparator or a scope word does not reach across them. */
const PHRASE_BREAK = /[，,。；;：:！？!?\n]/g;
/** A phrase reaches at most this far either side of its number: text without punctuation is not one phrase. */
const PHRASE_REACH = 100;
/** Sentence boundaries: a target takes the year of the latest dated phrase in its sentence. */
const SENTENCE_BREAK = /[。！？!?\n]/g;
/** How far the words right before or after a number are looked at (第, 等, 全省, 每, 以内 …). */
const NEIGHBOUR_REACH = 16;

/** Quotations and cited titles: numbers in them are names (“10万+”团课, 《六条规定》, “两个维护”). */
const QUOTED = /“[^“”]*”|《[^《》]*》|「[^「」]*」|‘[^‘’]*’/g;
/** Written right before an ordinal or a session number: 第十七届, 十届十二次全会. */
const ORDINAL_BEFORE = /(?:第|届)\s*$/;
/** Closing an enumeration, the number is the size of the listed set: …等十个战略新兴产业链. */
const ENUMERATION_TOTAL_BEFORE = /等\s*$/;
/** The whole province's or country's stock of something, not a target: 全省2万余家规模以上非公企业. */
const POPULATION_TOTAL_BEFORE = /(?:全省|全国|全市|全县|全区)\s*$/;
/** The starting point of a change (由30%提高到50%) is a baseline, not a target. */
const BASELINE_BEFORE = /(?:由|从)\s*$/;
/** Eligibility conditions: 年满14周岁, 任职不满3年. */
const ELIGIBILITY_BEFORE = /(?:年满|不满|任职)\s*$/;
/** A phrase that focuses on or goes around existing things names them, it does not set a target: 聚焦…河南6个县市, 围绕6大领域. */
const FOCUS_PHRASE = /聚焦|围绕/;
/** Pilot sites already designated: 37个省级试点县. */
const DESIGNATED_PILOT_AFTER = /^\s*(?:省级|市级|县级|国家级)?试点/;
/** "对…进行…" puts an existing set under evaluation: 对11个领域发展目标…进行全面评估. */
const EVALUATED_OBJECT = /对[^，,。；;]*$/;
const EVALUATION_VERB_AFTER = /^[^，,。；;]*进行/;
/** 每 + a time unit is a recurrence interval (每两个月), which deadlines record. */
const INTERVAL_BEFORE = /每\s*$/;
const TIME_UNITS = new Set(['个月', '小时', '天', '周']);
/** Counts that follow a verb as its frequency (轮训一遍, 做一次); other Chinese-numeral counts are mostly names. */
const VERBAL_UNITS = new Set(['遍', '次', '轮', '趟']);
/** Chinese-numeral counts are targets when a distributive word precedes them: 各一所高校, 每人一次. */
const DISTRIBUTIVE_BEFORE = /(?:各|每)\s*$/;
/** A time span followed by 内 is a relative deadline (3个月内), which deadlines record. */
const WITHIN_AFTER = /^\s*(?:之内|以内|内)/;
/** A counted number (digits and a unit) between a comparator and the number cuts the comparator off. */
const COUNTED_NUMBER = new RegExp(`[0-9０-９]${S}${UNIT}`);
/** ASCII letters glued to a number make it a code or a version (H5, 1+N, KPI). */
const CODE_NEIGHBOUR = /[A-Za-z+＋]/;

/** A number written only with Chinese numerals (no Arabic digit). */
function isChineseNumeral(s: string): boolean {
  return !/[0-9０-９]/.test(s);
}

function normalizeUnit(unit: string): string {
  return unit === '％' ? '%' : unit;
}

function rangesOf(re: RegExp, text: string): Array<[number, number]> {
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** The phrase around a number: from the previous to the next phrase break, at most PHRASE_REACH either side. */
function phraseAround(phrases: Boundaries, start: number, end: number): { start: number; end: number } {
  return { start: Math.max(phrases.startOf(start), start - PHRASE_REACH), end: Math.min(phrases.endOf(end), end + PHRASE_REACH) };
}

/** The comparator written before the number, unless another target sits in between. */
function prefixComparator(before: string): Comparator | null {
  let found: { index: number; cmp: Comparator } | null = null;
  for (const m of before.matchAll(PREFIX_COMPARATOR)) found = { index: m.index!, cmp: PREFIX_CMP[m[0]]! };
  if (!found) return null;
  const between = before.slice(found.index);
  return COUNTED_NUMBER.test(between) ? null : found.cmp;
}

/**
 * The year of the latest dated deadline before a position in its sentence; a relative limit
 * ("通过3年时间") leaves it undated. Asked for positions in increasing order, it walks the deadlines once.
 */
class YearOfSentence {
  private readonly deadlines: readonly DeadlineSpan[];
  private readonly sentences: Boundaries;
  private next = 0;
  private latest: DeadlineSpan | undefined;

  constructor(deadlines: readonly DeadlineSpan[], sentences: Boundaries) {
    this.deadlines = deadlines;
    this.sentences = sentences;
  }

  at(position: number): number | null {
    while (this.next < this.deadlines.length && this.deadlines[this.next]!.end <= position) {
      const d = this.deadlines[this.next++]!;
      if (d.deadline.recurrence === null) this.latest = d;
    }
    return this.latest && this.latest.start >= this.sentences.startOf(position) ? this.latest.deadline.year : null;
  }
}

interface Candidate {
  start: number;
  end: number;
  numbers: string[];
  unit: string;
  isRange: boolean;
}

/** Why a number with a unit is not a target, or null when it is one. */
function notATarget(text: string, c: Candidate, phrase: { start: number; end: number }, quoted: Array<[number, number]>, hasComparator: boolean): string | null {
  const before = text.slice(Math.max(0, c.start - NEIGHBOUR_REACH), c.start);
  const after = text.slice(c.end, c.end + NEIGHBOUR_REACH);
  const phraseBefore = text.slice(phrase.start, c.start);
  if (insideRanges(quoted, c.start, c.end)) return 'quoted name';
  if (ORDINAL_BEFORE.test(before)) return 'ordinal';
  if (CODE_NEIGHBOUR.test(text[c.start - 1] ?? '') || CODE_NEIGHBOUR.test(text[c.end] ?? '')) return 'code';
  if (ENUMERATION_TOTAL_BEFORE.test(before)) return 'size of an enumerated set';
  if (!c.unit.includes('%') && POPULATION_TOTAL_BEFORE.test(before)) return 'existing population';
  if (ELIGIBILITY_BEFORE.test(before)) return 'eligibility condition';
  if (BASELINE_BEFORE.test(before) && !c.isRange) return 'baseline';
  if (FOCUS_PHRASE.test(phraseBefore)) return 'object of focus';
  if (DESIGNATED_PILOT_AFTER.test(after)) return 'designated pilots';
  if (EVALUATED_OBJECT.test(phraseBefore) && EVALUATION_VERB_AFTER.test(text.slice(c.end, c.end + PHRASE_REACH))) return 'object of evaluation';
  if (TIME_UNITS.has(c.unit) && INTERVAL_BEFORE.test(before)) return 'recurrence interval';
  if (TIME_UNITS.has(c.unit) && WITHIN_AFTER.test(after)) return 'relative deadline';
  if (c.numbers.every(isChineseNumeral) && !c.isRange && !hasComparator && !VERBAL_UNITS.has(c.unit) && !DISTRIBUTIVE_BEFORE.test(before)) {
    return 'Chinese-numeral name (千名…计划, 一支…队伍, 十项规定)';
  }
  return null;
}

/** Every quantified target in the clause, in text order. */
export function extractMetrics(text: string): Metric[] {
  const quoted = rangesOf(QUOTED, text);
  const deadlines = findDeadlineSpans(text);
  const dated = deadlines.map((d) => [d.start, d.end] as const);
  const phrases = new Boundaries(text, PHRASE_BREAK);
  const yearOfSentence = new YearOfSentence(deadlines, new Boundaries(text, SENTENCE_BREAK));
  const metrics: Metric[] = [];
  for (const m of text.matchAll(METRIC)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    if (overlapsRanges(dated, start, end)) continue; // part of a date or a relative limit
    const isRange = g.low !== undefined;
    const unit = normalizeUnit(g.pctNum !== undefined ? '%' : (g.rangeUnit ?? g.unit)!);
    const numbers = g.pctNum !== undefined ? [g.pctNum] : isRange ? [g.low!, g.high!] : [g.num!];
    const values = numbers.map(parseNumber);
    if (values.some((v) => v === null)) continue;

    const phrase = phraseAround(phrases, start, end);
    const prefix = prefixComparator(text.slice(phrase.start, start));
    const suffix = g.suffix ?? g.pctSuffix;
    const cmp: Comparator = (suffix && SUFFIX_CMP[suffix]) || (g.approx ? '>=' : null) || prefix || '=';
    const candidate: Candidate = { start, end, numbers, unit, isRange };
    if (notATarget(text, candidate, phrase, quoted, prefix !== null || suffix !== undefined || g.approx !== undefined)) continue;

    const phraseText = text.slice(phrase.start, phrase.end).trim();
    const year = yearOfSentence.at(start);
    if (isRange) {
      metrics.push({ text: phraseText, value: values[0]!, unit, cmp: '>=', year });
      metrics.push({ text: phraseText, value: values[1]!, unit, cmp: '<=', year });
    } else {
      metrics.push({ text: phraseText, value: values[0]!, unit, cmp, year });
    }
  }
  return metrics;
}

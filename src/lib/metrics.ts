/**
 * Quantified targets stated in one clause (labelling rules: tests/fixtures/gold/SCHEMA.md):
 * a number with "%" or a measure word, its comparator, and the year it is due.
 * Numbers that only name or describe something (ordinals, titles, slogans, programme names,
 * sizes of existing sets) are filtered out by the named predicates below.
 */
import { parseNumber } from './chinese-numbers.ts';
import { findDeadlineSpans, type DeadlineContext, type DeadlineSpan } from './deadlines.ts';
import type { Comparator, Metric } from './schema.ts';
import { RangeIndex, rangesOf, sentenceStarts } from './text-ranges.ts';

/** Optional whitespace, bounded so that no run of spaces makes matching slow. */
const S = '\\s{0,3}';
/** Arabic numbers, optionally with thousands commas, decimals and a Chinese magnitude: 80, 1,000, 1.5万, 5千万, 2亿. */
const ARABIC_NUM = '(?<![0-9０-９.．,])[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?(?:(?:[十百千]?[万亿]|[十百千]|万亿)(?![0-9０-９]))?';
/** Chinese numerals: 两, 十五, 三千, 万 (bare magnitude, as in 不少于万场). */
const CHINESE_NUM = '(?<![零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十百千万亿]+';
const NUM = `(?:${ARABIC_NUM}|${CHINESE_NUM})`;
/** Measure words a target is counted in, longest first ("人次" before "人", "个月" before "个", "个百分点" before "个"). */
const UNIT =
  '(?:%|％|个百分点|百分点|人次|课时|学时|小时|个工作日|工作日|个月|个|名|家|次|天|场|支|人|所|期|项|遍|篇|件|部|门|节|户|元|套|座|处|台|间|轮|趟|' +
  '平方公里|平方米|公里|千米|公顷|亩|吨|千瓦|辆|张|册|本|条|种|批|倍|周(?![年岁])|年)';
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
    `|(?<num>${NUM})${S}(?<approx>${APPROX})?${S}(?<unit>${UNIT})(?:${S}(?<suffix>${SUFFIX}))?`,
  'g',
);

/** Comparator words written before the number (the nearest one in the phrase applies). */
const PREFIX_COMPARATOR =
  /不少于|不低于|不小于|不下于|至少|最少|最低|最短|超过|多于|高于|大于|不超过|不多于|不高于|不大于|最多|至多|最高|最长|少于|低于|控制在|降至|降到|压缩至|压缩到|缩短至|缩短到|提高到|提高至|提升到|提升至|增加到|增加至|达到|约/g;
const PREFIX_CMP: Record<string, Comparator> = {
  不少于: '>=', 不低于: '>=', 不小于: '>=', 不下于: '>=', 至少: '>=', 最少: '>=', 最低: '>=', 最短: '>=', 超过: '>=', 多于: '>=', 高于: '>=', 大于: '>=',
  不超过: '<=', 不多于: '<=', 不高于: '<=', 不大于: '<=', 最多: '<=', 至多: '<=', 最高: '<=', 最长: '<=', 少于: '<=', 低于: '<=', 控制在: '<=',
  降至: '=', 降到: '=', 压缩至: '=', 压缩到: '=', 缩短至: '=', 缩短到: '=', 提高到: '=', 提高至: '=', 提升到: '=', 提升至: '=',
  增加到: '=', 增加至: '=', 达到: '=', 约: '=',
};
const SUFFIX_CMP: Record<string, Comparator> = {
  及以上: '>=', 以上: '>=', 之内: '<=', 以内: '<=', 及以下: '<=', 以下: '<=', 左右: '=',
};

/** Phrase boundaries: a comparator or a scope word does not reach across them. */
const PHRASE_BREAK = /[，,。；;：:！？!?\n]/;
/** Sentence boundaries: a target takes the year of the latest dated phrase in its sentence. */
const SENTENCE_BREAK = /[。！？!?\n]/;

/** Quotations and cited titles: numbers in them are names (“10万+”团课, 《六条规定》, “两个维护”). */
const QUOTED = /“[^“”]*”|《[^《》]*》|「[^「」]*」|‘[^‘’]*’/g;
/** Written right before an ordinal or a session number: 第十七届, 十届十二次全会. */
const ORDINAL_BEFORE = /(?:第|届)\s*$/;
/** Closing an enumeration, the number is the size of the listed set: …等十个战略新兴产业链. */
const ENUMERATION_TOTAL_BEFORE = /等\s*$/;
/** The whole province's or country's stock of something, not a target: 全省2万余家规模以上非公企业. */
const POPULATION_TOTAL_BEFORE = /(?:全省|全国|全市|全县|全区)\s*$/;
/** The starting point of a change (由30%提高到50%, 从每人每月3000元提高至5000元) is a baseline, not a target. */
const BASELINE_BEFORE = /(?:由|从)\s*$/;
const CHANGE_FROM = /由|从/;
const CHANGE_AFTER = /^\s*(?:提高|提升|增加|增长|降低|下降|减少|扩大|压缩|缩短|调整|上调|下调)(?:到|至|为)/;
/** 一次性 is "one-off", not a count. */
const ADJECTIVE_AFTER = /^性/;
/** Eligibility conditions: 年满14周岁, 任职不满3年. */
const ELIGIBILITY_BEFORE = /(?:年满|不满|未满|任职)\s*$/;
/**
 * A condition a person or firm must meet to qualify, closed by 的 and followed by what they then get:
 * 对吸纳就业5人以上的小微企业，给予…; 凡年营业收入500万元以下的，可申请…. Its numbers are thresholds, not targets.
 */
const CONDITION = /(?:对于|对|凡是|凡|符合)[^。；;！？!?]{0,80}?的[^，,。；;]{0,12}[，,]\s*(?:可|给予|按|享受|一次性|经|予以|均可)/g;
/** Numerals inside a slogan of a service style: 最多跑一次, 只进一扇门, 24小时不打烊. */
const SLOGAN_BEFORE = /(?:最多|只|仅|至多)[跑办进去找]\s*$/;
const SLOGAN_AFTER = /^\s*(?:不打烊|不间断|不断线|无休|全天候)/;
/** A phrase that focuses on or goes around existing things names them, it does not set a target: 聚焦…河南6个县市, 围绕6大领域. */
const FOCUS_PHRASE = /聚焦|围绕/;
/** Pilot sites already designated: 37个省级试点县. */
const DESIGNATED_PILOT_AFTER = /^\s*(?:省级|市级|县级|国家级)?试点/;
/** "对…进行…" puts an existing set under evaluation: 对11个领域发展目标…进行全面评估. */
const EVALUATED_OBJECT = /对[^，,。；;]*$/;
const EVALUATION_VERB_AFTER = /^[^，,。；;]*进行/;
/** 每 + a time unit is a recurrence interval (每两个月), which deadlines record. */
const INTERVAL_BEFORE = /每\s*$/;
const TIME_UNITS = new Set(['个月', '小时', '天', '周', '个工作日', '工作日']);
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

/** How far around a number its context is read: a phrase longer than this is not one phrase. */
const REACH = 120;

/** The phrase around a position: from the previous to the next phrase break, at most REACH characters each way. */
function phraseAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < REACH && !PHRASE_BREAK.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < REACH && !PHRASE_BREAK.test(text[e]!)) e++;
  return { start: s, end: e };
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
 * The year of the latest dated deadline before a position in its sentence (到2023年…；到2027年… dates each
 * target by its own part); a relative limit ("通过3年时间") leaves it undated. Positions must be asked in order.
 */
function yearFinder(text: string, deadlines: DeadlineSpan[]): (position: number) => number | null {
  const sentenceStart = sentenceStarts(text, SENTENCE_BREAK);
  const dated = deadlines.filter((d) => d.deadline.recurrence === null);
  let next = 0;
  let latest: DeadlineSpan | undefined;
  return (position) => {
    for (; next < dated.length && dated[next]!.end <= position; next++) latest = dated[next];
    return latest && latest.start >= sentenceStart[position]! ? latest.deadline.year : null;
  };
}

/** Stretches whose numbers are names or conditions: quotations and titles, eligibility conditions. */
interface Excluded {
  quoted: RangeIndex;
  conditions: RangeIndex;
}

interface Candidate {
  start: number;
  end: number;
  numbers: string[];
  unit: string;
  isRange: boolean;
}

/** Why a number with a unit is not a target, or null when it is one. */
function notATarget(text: string, c: Candidate, excluded: Excluded, hasComparator: boolean): string | null {
  const before = text.slice(Math.max(0, c.start - REACH), c.start);
  const after = text.slice(c.end, c.end + REACH);
  const phrase = phraseAround(text, c.start, c.end);
  const phraseBefore = text.slice(phrase.start, c.start);
  if (excluded.quoted.covers(c.start, c.end)) return 'quoted name';
  if (excluded.conditions.covers(c.start, c.end)) return 'eligibility condition';
  if (SLOGAN_BEFORE.test(before) || SLOGAN_AFTER.test(after)) return 'slogan';
  if (ORDINAL_BEFORE.test(before)) return 'ordinal';
  if (CODE_NEIGHBOUR.test(text[c.start - 1] ?? '') || CODE_NEIGHBOUR.test(text[c.end] ?? '')) return 'code';
  if (ENUMERATION_TOTAL_BEFORE.test(before)) return 'size of an enumerated set';
  if (!c.unit.includes('%') && POPULATION_TOTAL_BEFORE.test(before)) return 'existing population';
  if (ELIGIBILITY_BEFORE.test(before)) return 'eligibility condition';
  if ((BASELINE_BEFORE.test(before) || (CHANGE_FROM.test(phraseBefore) && CHANGE_AFTER.test(after))) && !c.isRange) return 'baseline';
  if (ADJECTIVE_AFTER.test(after)) return 'adjective';
  if (FOCUS_PHRASE.test(phraseBefore)) return 'object of focus';
  if (DESIGNATED_PILOT_AFTER.test(after)) return 'designated pilots';
  if (EVALUATED_OBJECT.test(phraseBefore) && EVALUATION_VERB_AFTER.test(after)) return 'object of evaluation';
  if (c.unit === '年' && !hasComparator) return 'a year or a span of years, not a limit (2019年度, 5年来)';
  if (TIME_UNITS.has(c.unit) && INTERVAL_BEFORE.test(before)) return 'recurrence interval';
  if (TIME_UNITS.has(c.unit) && WITHIN_AFTER.test(after) && !hasComparator) return 'relative deadline';
  if (c.numbers.every(isChineseNumeral) && !c.isRange && !hasComparator && !VERBAL_UNITS.has(c.unit) && !DISTRIBUTIVE_BEFORE.test(before)) {
    return 'Chinese-numeral name (千名…计划, 一支…队伍, 十项规定)';
  }
  return null;
}

/** Every quantified target in the clause, in text order. */
export function extractMetrics(text: string, context: DeadlineContext = {}): Metric[] {
  const excluded: Excluded = { quoted: new RangeIndex(text.length, rangesOf(QUOTED, text)), conditions: new RangeIndex(text.length, rangesOf(CONDITION, text)) };
  const deadlines = findDeadlineSpans(text, context);
  const dated = new RangeIndex(text.length, deadlines.map((d) => [d.start, d.end] as const));
  const yearFor = yearFinder(text, deadlines);
  const metrics: Metric[] = [];
  for (const m of text.matchAll(METRIC)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    if (dated.overlaps(start, end)) continue; // part of a date or a relative limit
    const isRange = g.low !== undefined;
    const unit = normalizeUnit(g.pctNum !== undefined ? '%' : (g.rangeUnit ?? g.unit)!);
    const numbers = g.pctNum !== undefined ? [g.pctNum] : isRange ? [g.low!, g.high!] : [g.num!];
    const values = numbers.map(parseNumber);
    if (values.some((v) => v === null)) continue;

    const phrase = phraseAround(text, start, end);
    const prefix = prefixComparator(text.slice(phrase.start, start));
    const suffix = g.suffix ?? g.pctSuffix;
    const cmp: Comparator = (suffix && SUFFIX_CMP[suffix]) || (g.approx ? '>=' : null) || prefix || '=';
    const candidate: Candidate = { start, end, numbers, unit, isRange };
    if (notATarget(text, candidate, excluded, prefix !== null || suffix !== undefined || g.approx !== undefined)) continue;

    const phraseText = text.slice(phrase.start, phrase.end).trim();
    const year = yearFor(start);
    if (isRange) {
      metrics.push({ text: phraseText, value: values[0]!, unit, cmp: '>=', year });
      metrics.push({ text: phraseText, value: values[1]!, unit, cmp: '<=', year });
    } else {
      metrics.push({ text: phraseText, value: values[0]!, unit, cmp, year });
    }
  }
  return metrics;
}

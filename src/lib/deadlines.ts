/**
 * Time limits, dated milestones and recurrences stated in one clause (labelling rules:
 * tests/fixtures/gold/SCHEMA.md). Every form is a named regex; the scan keeps the earliest,
 * longest match where forms overlap and drops what sits inside a cited title.
 */
import { parseNumber } from './chinese-numbers.ts';
import type { Deadline, DeadlineKind, Recurrence } from './schema.ts';
import { RangeIndex, rangesOf, sentenceStarts } from './text-ranges.ts';

/** A deadline and where its text sits in the clause. */
export interface DeadlineSpan {
  deadline: Deadline;
  start: number;
  end: number;
}

/** Optional whitespace: converted sources put spaces around numbers ("2019 年底前"); bounded, so no run of spaces makes matching slow. */
const S = '\\s{0,3}';
/** A four-digit year, Arabic (half- or full-width) or digit by digit (二〇二二). */
const YEAR = '(?:(?<![0-9０-９])[12１２][0-9０-９]{3}(?![0-9０-９])|[一二][〇零○一二三四五六七八九]{3})';
/** Span separators: dashes, tildes, 至, 到. */
const SPAN_SEP = '(?:[—–－\\-~～]+|至|到)';
/** A small numeral: month, day, count of years. */
const SMALL_NUM = '(?:[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})';
/** Words that close a deadline at that point: 前, 之前, 以前. */
const BEFORE = '(?:之前|以前|前)';

/** Year-anchored forms: "到2022年", "2019年底前", "2019年3月底", "2020年“六一”前", "2019年下半年—2020年", "2021—2022年". */
const YEAR_EXPRESSION = new RegExp(
  `(?:(?:(?<to>到|至)|(?<from>从|自))${S})?` +
    `(?<y1>${YEAR})${S}(?:年(?:${S}(?<half1>[上下])半年)?)?` +
    `(?:${S}${SPAN_SEP}${S}(?<y2>${YEAR})${S}年)?` +
    `(?:${S}(?:` +
    `(?<yearEnd>底|末)${BEFORE}?` +
    `|(?<half>[上下])半年` +
    `|(?<month>${SMALL_NUM})${S}月份?(?:${S}(?<day>${SMALL_NUM})${S}[日号])?(?:${S}(?<monthPart>底|末|初|上旬|中旬|下旬))?(?:${BEFORE}|(?<dateStart>起))?` +
    `|[“"‘]?(?<festival>六一|五四|七一|八一|十一|元旦|国庆)[”"’]?(?:节)?${S}${BEFORE}` +
    `|${BEFORE}` +
    `|(?<openEnded>起|以后|之后|后)` +
    `))?`,
  'g',
);
/** A month without its year ("10月份", "3月底前"), the end of the year ("年底前", "今年年底"; not 年底评价) or a half ("上半年"); it takes the year of the sentence, else the document's. */
const MONTH_EXPRESSION = new RegExp(
  `(?<![0-9０-９年])(?<month>${SMALL_NUM})${S}月份?` +
    `(?:${S}(?<day>${SMALL_NUM})${S}[日号])?(?:${S}[（(]周[一二三四五六日天][）)])?` +
    `(?:${S}(?<monthPart>底|末|初|上旬|中旬|下旬))?${BEFORE}?` +
    `|(?<![0-9０-９一二三四五六七八九十上下半每年学\\s])(?:(?:今年|本年)年(?<thisYearEnd>底|末)${BEFORE}?|年(?<yearEnd>底|末)${BEFORE}|(?:今年|本年)?(?<halfYear>[上下])半年)`,
  'g',
);
/** A count of time, or a range of counts: 3, 三, 半, 6—18, 两到三. */
const SPAN_COUNT = `(?:${SMALL_NUM}|半)(?:${S}${SPAN_SEP}${S}${SMALL_NUM})?`;
/** A length of time: 3年, 6个月, 60日, 15个工作日. */
const TIME_LENGTH = `${SPAN_COUNT}${S}个?${S}(?:年|月|周|天|日|工作日)`;
/**
 * Limits relative to the plan itself: "通过3年时间", "通过五年的持续努力", "用6—18个月时间", "半年内", "3个月内",
 * "自本方案印发之日起60日内". Not after a verb that sets it as a target (压缩至5个工作日以内 is a metric).
 */
const RELATIVE_LIMIT = new RegExp(
  `(?:通过|经过|用)${S}${TIME_LENGTH}(?:的?(?:持续|不懈|共同)?努力|的?时间|左右)?` +
    `|(?:(?:自|从)?(?:本|该)?(?:方案|意见|通知|办法|规划|计划|文件)?(?:印发|发布|出台|实施|施行|下发)之日起${S})?` +
    `(?<![0-9０-９至到]|控制在|压缩至|压缩到|缩短至|缩短到|减少至|减少到|降至|降到|不超过|不多于)${TIME_LENGTH}${S}(?:之内|以内|内)`,
  'g',
);
/** A founding anniversary as a point in time: "建团100周年时" (1922 + 100). */
const ANNIVERSARY = new RegExp(
  `(?<event>建团|建党|新中国成立|建国|五四运动|改革开放)${S}(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十百]+)${S}周年${S}(?:时|之际|前夕|前)`,
  'g',
);
/** Recurrences: 每年, 每年度, 每季度, 每月, 每两个月, 每半年, 每周, 逐年. */
const RECURRENCE = new RegExp(
  `每${S}(?<n>[0-9０-９]{1,2}|[一二两三四五六]|半)?${S}个?${S}(?<period>年度|年|季度|季|月|周|星期|学期)` +
    `|逐(?<gradual>年|季|月)`,
  'g',
);

/** Founding years of the events an anniversary counts from. */
const FOUNDING_YEAR: Record<string, number> = {
  建团: 1922, 建党: 1921, 新中国成立: 1949, 建国: 1949, 五四运动: 1919, 改革开放: 1978,
};
/** Festivals written as deadlines ("“六一”前"): month and day. */
const FESTIVAL_DATE: Record<string, [number, number]> = {
  元旦: [1, 1], 五四: [5, 4], 六一: [6, 1], 七一: [7, 1], 八一: [8, 1], 十一: [10, 1], 国庆: [10, 1],
};
/** A recurrence every N months. */
const EVERY_N_MONTHS: Record<number, Recurrence> = { 1: 'monthly', 2: 'bimonthly', 3: 'quarterly', 6: 'semiannual', 12: 'yearly' };

/** Text right after a year that marks a national long-range goal ("到2035年我国…", "2035年远景目标"), not a limit of this plan. */
const NATIONAL_GOAL_FOLLOWER = /^\s*(?:远景|我国|国家|基本实现|全面建成)/;
/** A year that names an edition, a reporting year or the document cited after it, not a time limit: 2020年版, 2019年度考核, 2016年《政府工作报告》. */
const EDITION_FOLLOWER = /^\s*(?:版|度|《)/;
/** "后/以后/之后/起" ends a time phrase only before punctuation; "2017年以后新发展团员" describes a group. */
const PHRASE_END = /^\s*(?:[，,。；;：:、）)！？]|$)/;
/** Cited titles: years inside 《…》 name the document, not a limit. */
const TITLE = /《[^《》]*》(?:[（(][^（）()]*[）)])?/g;

function lastDayOfMonth(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate(); // a non-leap year when the year is unknown
}

function deadline(
  text: string,
  year: number | null,
  month: number | null = null,
  day: number | null = null,
  recurrence: Recurrence | null = null,
  kind: DeadlineKind = 'by',
): Deadline {
  return { text: text.trim(), kind, year, month, day, recurrence };
}

function validYear(s: string | undefined): number | null {
  const y = s === undefined ? null : parseNumber(s);
  return y !== null && y >= 1949 && y <= 2100 ? y : null;
}

function validMonth(s: string | undefined): number | null {
  const m = s === undefined ? null : parseNumber(s);
  return m !== null && Number.isInteger(m) && m >= 1 && m <= 12 ? m : null;
}

/** Month and day named by a month phrase: "3月底" -> (3, 31), "10月份" -> (10, null). */
function monthAndDay(groups: Record<string, string | undefined>, year: number | null): [number, number | null] | null {
  const month = validMonth(groups.month);
  if (month === null) return null;
  const day = groups.day === undefined ? null : parseNumber(groups.day);
  if (day !== null && (day < 1 || day > 31)) return null;
  if (day !== null) return [month, day];
  if (groups.monthPart === '底' || groups.monthPart === '末') return [month, lastDayOfMonth(year, month)];
  return [month, null];
}

function* yearExpressions(text: string): Generator<DeadlineSpan> {
  for (const m of text.matchAll(YEAR_EXPRESSION)) {
    const g = m.groups!;
    const raw = m[0];
    const start = m.index!;
    const end = start + raw.length;
    const first = validYear(g.y1);
    const last = validYear(g.y2) ?? first;
    if (first === null || last === null) continue;
    // The year alone needs its 年: "2019—2022" without 年 is a title's span, 2019 alone is a count.
    if (g.y2 === undefined && !/^(?:(?:到|至|从|自)\s*)?\S{4}\s*年/.test(raw)) continue;
    if (NATIONAL_GOAL_FOLLOWER.test(text.slice(end))) continue;
    const plainYear = g.y2 === undefined && g.month === undefined && g.yearEnd === undefined && g.festival === undefined && g.half === undefined && g.half1 === undefined;
    if (plainYear && EDITION_FOLLOWER.test(text.slice(end))) continue;
    if (g.openEnded !== undefined && !PHRASE_END.test(text.slice(end))) continue;
    let month: number | null = null;
    let day: number | null = null;
    if (g.yearEnd !== undefined) [month, day] = [12, 31];
    else if (g.festival !== undefined) [month, day] = FESTIVAL_DATE[g.festival]!;
    else if (g.month !== undefined) {
      const md = monthAndDay(g, last);
      if (md === null) continue;
      [month, day] = md;
    }
    const kind: DeadlineKind = g.from !== undefined || g.openEnded !== undefined || g.dateStart !== undefined ? 'from' : 'by';
    yield { deadline: deadline(raw, last, month, day, null, kind), start, end };
  }
}

function* relativeLimits(text: string): Generator<DeadlineSpan> {
  for (const m of text.matchAll(RELATIVE_LIMIT)) {
    yield { deadline: deadline(m[0], null, null, null, null, 'relative'), start: m.index!, end: m.index! + m[0].length };
  }
}

function* anniversaries(text: string): Generator<DeadlineSpan> {
  for (const m of text.matchAll(ANNIVERSARY)) {
    const years = parseNumber(m.groups!.n!);
    if (years === null) continue;
    const year = FOUNDING_YEAR[m.groups!.event!]! + years;
    yield { deadline: deadline(m[0], year), start: m.index!, end: m.index! + m[0].length };
  }
}

function recurrenceOf(groups: Record<string, string | undefined>): Recurrence | null {
  if (groups.gradual !== undefined) return ({ 年: 'yearly', 季: 'quarterly', 月: 'monthly' } as const)[groups.gradual as '年' | '季' | '月'];
  const n = groups.n === undefined ? 1 : groups.n === '半' ? 0.5 : parseNumber(groups.n);
  switch (groups.period) {
    case '年':
    case '年度':
      return n === 1 ? 'yearly' : n === 0.5 ? 'semiannual' : null;
    case '季':
    case '季度':
      return n === 1 ? 'quarterly' : n === 2 ? 'semiannual' : null;
    case '月':
      return n === null ? null : (EVERY_N_MONTHS[n] ?? null);
    case '周':
    case '星期':
      return n === 1 ? 'weekly' : null;
    case '学期': // two terms a year
      return n === 1 ? 'semiannual' : null;
    default:
      return null;
  }
}

function* recurrences(text: string): Generator<DeadlineSpan> {
  for (const m of text.matchAll(RECURRENCE)) {
    const recurrence = recurrenceOf(m.groups!);
    if (recurrence === null) continue;
    yield { deadline: deadline(m[0], null, null, null, recurrence), start: m.index!, end: m.index! + m[0].length };
  }
}

/** Months without a year (and 年底前) take the year of the latest dated phrase before them in the same sentence, else the document's. */
function* yearlessMonths(text: string, dated: DeadlineSpan[], documentYear: number | null): Generator<DeadlineSpan> {
  const sentenceStart = sentenceStarts(text, /[。！？\n]/);
  let next = 0;
  let latest: DeadlineSpan | undefined;
  for (const m of text.matchAll(MONTH_EXPRESSION)) {
    const start = m.index!;
    for (; next < dated.length && dated[next]!.end <= start; next++) if (dated[next]!.deadline.year !== null) latest = dated[next];
    const context = latest && latest.start >= sentenceStart[start]! ? latest.deadline.year : null;
    const year = context ?? documentYear;
    if (m.groups!.halfYear !== undefined) {
      yield { deadline: deadline(m[0], year), start, end: start + m[0].length };
      continue;
    }
    const yearEnd = m.groups!.yearEnd ?? m.groups!.thisYearEnd;
    const md = yearEnd !== undefined ? ([12, 31] as [number, number]) : monthAndDay(m.groups!, year);
    if (md === null) continue;
    yield { deadline: deadline(m[0], year, md[0], md[1]), start, end: start + m[0].length };
  }
}

/** Between the two ends of a span: a dash, a tilde, 至 or 到 (or nothing, when the second end starts with 至/到). */
const SPAN_GAP = /^\s*(?:[—–－\-~～]+|至|到)?\s*$/;

/** "A至B" and "2019年3月—6月" are one span that ends at B. */
function joinSpans(spans: DeadlineSpan[], text: string): DeadlineSpan[] {
  const out: DeadlineSpan[] = [];
  for (const span of spans) {
    const previous = out.at(-1);
    const gap = previous ? text.slice(previous.end, span.start) : '';
    const joined =
      previous !== undefined &&
      previous.deadline.year !== null &&
      span.deadline.year !== null &&
      previous.deadline.recurrence === null &&
      span.deadline.recurrence === null &&
      SPAN_GAP.test(gap) &&
      (gap.trim() !== '' || /^(?:至|到)/.test(span.deadline.text));
    if (joined) {
      out[out.length - 1] = { deadline: { ...span.deadline, text: text.slice(previous.start, span.end).trim() }, start: previous.start, end: span.end };
    } else {
      out.push(span);
    }
  }
  return out;
}

/** Keeps the earliest, then longest, of overlapping candidates; drops those inside cited titles. */
function resolve(candidates: DeadlineSpan[], titles: RangeIndex): DeadlineSpan[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DeadlineSpan[] = [];
  for (const c of sorted) {
    if (titles.overlaps(c.start, c.end)) continue;
    // Kept spans are sorted and disjoint, so only the last one can reach into this one.
    const last = kept.at(-1);
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

export interface DeadlineContext {
  /** The document's year: a bare 年底前 or 12月底前 outside any dated sentence takes it. */
  year?: number | null;
}

/** Deadlines with their positions, in text order (metrics use them to date their targets). */
export function findDeadlineSpans(text: string, context: DeadlineContext = {}): DeadlineSpan[] {
  const titles = new RangeIndex(text.length, rangesOf(TITLE, text));
  const dated = resolve([...yearExpressions(text), ...relativeLimits(text), ...anniversaries(text), ...recurrences(text)], titles);
  return joinSpans(resolve([...dated, ...yearlessMonths(text, dated, context.year ?? null)], titles), text);
}

/** Every time limit, dated milestone and recurrence the clause sets, in text order. */
export function extractDeadlines(text: string, context: DeadlineContext = {}): Deadline[] {
  return findDeadlineSpans(text, context).map((d) => d.deadline);
}

/** Display of quantified targets (量化指标): ≥80%, ≤30%, 100名, with the target year when stated. */
import { parseNumber } from './chinese-numbers.ts';
import type { Comparator, Metric } from './schema.ts';

const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '=': '' };

export function formatMetricValue(value: number): string {
  if (Number.isInteger(value) && value >= 10_000 && value % 10_000 === 0) return `${value / 10_000}万`;
  return String(Number(value.toFixed(2)));
}

export function formatMetric(m: Metric): string {
  const target = `${COMPARATOR_SIGNS[m.cmp]}${formatMetricValue(m.value)}${m.unit}`;
  return m.year === null ? target : `${m.year}年${target}`;
}

/** The words a screen reader says for the comparator: 不低于 80% rather than "greater or equal". */
export function describeMetric(m: Metric): string {
  const words: Record<Comparator, string> = { '>=': '不低于', '<=': '不高于', '=': '' };
  const target = `${words[m.cmp]}${formatMetricValue(m.value)}${m.unit}`;
  return `${m.year === null ? '' : `到${m.year}年`}${target}（原文：${m.text}）`;
}

/** A number with its measure word inside a phrase: 80%, ８０％, 1000名, 1.5万名, 三千场, 万场. */
const NUMBER_WITH_UNIT = /((?:[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千]+)\s*[万亿]?|[万亿])\s*(?:余|多)?\s*([%％]|[\u4e00-\u9fff]{1,2})/g;

/**
 * The phrase of a target split around the number it is about, so a chip can show the whole phrase and
 * mark which number is the target: 达到省级团委联系管理100家、市级【70家】、县级30家… Where the number
 * cannot be found the whole phrase is `before`.
 */
export function splitAtTarget(m: Metric): { before: string; target: string; after: string } {
  for (const match of m.text.matchAll(NUMBER_WITH_UNIT)) {
    const [whole, number, unit] = match;
    const unitMatches = m.unit === '%' ? /[%％]/.test(unit!) : unit!.startsWith(m.unit) || m.unit.startsWith(unit!);
    if (!unitMatches) continue;
    // 万场 means ten thousand 场: a bare magnitude counts one of it.
    const value = parseNumber(/^[万亿]$/.test(number!.trim()) ? `一${number!.trim()}` : number!);
    if (value !== m.value) continue;
    const end = match.index + whole.length - (unit!.length - (m.unit === '%' ? 1 : Math.min(unit!.length, m.unit.length)));
    return { before: m.text.slice(0, match.index), target: m.text.slice(match.index, end), after: m.text.slice(end) };
  }
  return { before: m.text, target: '', after: '' };
}

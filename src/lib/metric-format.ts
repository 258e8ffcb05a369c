/** Display of quantified targets (量化指标): ≥80%, ≤30%, 100名, with the target year when stated. */
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

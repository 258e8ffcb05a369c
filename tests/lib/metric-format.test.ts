import { describe, expect, it } from 'vitest';
import { describeMetric, formatMetric, formatMetricValue } from '../../src/lib/metric-format.ts';
import type { Metric } from '../../src/lib/schema.ts';

const m = (value: number, unit: string, cmp: Metric['cmp'], year: number | null = null): Metric => ({ text: '原文', value, unit, cmp, year });

describe('formatMetric', () => {
  it('writes comparators as ≥ and ≤', () => {
    expect(formatMetric(m(80, '%', '>='))).toBe('≥80%');
    expect(formatMetric(m(30, '%', '<='))).toBe('≤30%');
    expect(formatMetric(m(100, '名', '='))).toBe('100名');
  });

  it('adds the target year and shortens round ten-thousands', () => {
    expect(formatMetric(m(90, '%', '>=', 2022))).toBe('2022年≥90%');
    expect(formatMetricValue(30000)).toBe('3万');
    expect(formatMetricValue(12.345)).toBe('12.35');
  });

  it('describes the target in words for assistive technology', () => {
    expect(describeMetric(m(80, '%', '>=', 2020))).toBe('到2020年不低于80%（原文：原文）');
  });
});

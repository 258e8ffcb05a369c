import { describe, expect, it } from 'vitest';
import { deadlineDatetime, distinctDeadlines, deadlineSortKey, earliestDeadline, formatDeadline, sortByDeadline } from '../../src/lib/deadline-format.ts';
import type { Deadline } from '../../src/lib/schema.ts';

const d = (
  year: number | null,
  month: number | null = null,
  day: number | null = null,
  recurrence: Deadline['recurrence'] = null,
  text = '原文',
  kind: Deadline['kind'] = 'by',
): Deadline => ({
  text,
  kind,
  year,
  month,
  day,
  recurrence,
});

describe('formatDeadline', () => {
  it('writes dates the way the documents do', () => {
    expect(formatDeadline(d(2019, 3, 15))).toBe('2019年3月15日前');
    expect(formatDeadline(d(2019, 12, 31))).toBe('2019年底前');
    expect(formatDeadline(d(2020, 6))).toBe('2020年6月底前');
    expect(formatDeadline(d(2020, 6, 30))).toBe('2020年6月底前');
    expect(formatDeadline(d(2022))).toBe('到2022年');
  });

  it('writes a start date as a start, not as a limit', () => {
    expect(formatDeadline(d(2021, 7, 1, null, '从2021年7月1日起', 'from'))).toBe('2021年7月1日起');
    expect(formatDeadline(d(2019, null, null, null, '2019年起', 'from'))).toBe('2019年起');
    expect(deadlineSortKey(d(2021, null, null, null, '2021年起', 'from'))).toBe(20210101);
  });

  it('keeps a relative limit in the words of the source', () => {
    expect(formatDeadline(d(null, null, null, null, '自本方案印发之日起60日内', 'relative'))).toBe('自本方案印发之日起60日内');
  });

  it('writes recurrences and keeps other wording as written', () => {
    expect(formatDeadline(d(null, null, null, 'quarterly'))).toBe('每季度');
    expect(formatDeadline(d(null, null, null, 'semiannual'))).toBe('每半年');
    expect(formatDeadline(d(null, null, null, null, '长期坚持'))).toBe('长期坚持');
  });

  it('gives a datetime attribute only with a year', () => {
    expect(deadlineDatetime(d(2019, 3, 5))).toBe('2019-03-05');
    expect(deadlineDatetime(d(2020, 6))).toBe('2020-06');
    expect(deadlineDatetime(d(null, null, null, 'monthly'))).toBeUndefined();
  });
});

describe('deadline order', () => {
  it('counts a month without a day as its last day', () => {
    expect(deadlineSortKey(d(2020, 2))).toBe(20200229);
    expect(deadlineSortKey(d(2020, 6, 30))).toBeLessThan(deadlineSortKey(d(2020, 7, 1)));
    expect(deadlineSortKey(d(2020))).toBe(20201231);
  });

  it('puts dated deadlines before recurrences and recurrences before the rest', () => {
    expect(deadlineSortKey(d(2099))).toBeLessThan(deadlineSortKey(d(null, null, null, 'weekly')));
    expect(deadlineSortKey(d(null, null, null, 'yearly'))).toBeLessThan(deadlineSortKey(d(null, null, null, null, '长期')));
    expect(earliestDeadline([d(2021), d(2019, 12), d(null, null, null, 'monthly')])).toEqual(d(2019, 12));
  });

  it('sorts items by earliest deadline, undated items last in their original order', () => {
    const items = [
      { id: 'none-1', deadlines: [] },
      { id: '2021', deadlines: [d(2021)] },
      { id: 'none-2', deadlines: [] },
      { id: '2019', deadlines: [d(2022), d(2019, 6)] },
    ];
    expect(sortByDeadline(items, (i) => i.deadlines).map((i) => i.id)).toEqual(['2019', '2021', 'none-1', 'none-2']);
  });
});

describe('distinctDeadlines', () => {
  it('drops repeats that read the same and orders by time', () => {
    const list = distinctDeadlines([d(2020, 12, 31), d(2019, 12, 31), d(2020, 12), d(null, null, null, 'yearly')]);
    expect(list.map(formatDeadline)).toEqual(['2019年底前', '2020年底前', '每年']);
  });
});

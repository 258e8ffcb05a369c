import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/lib/schema.ts';
import { makeClause, makeDocument } from '../helpers/factories.ts';
import { buildTimeline, byProvince, byYearAndMonth, dueDate, dueStatus, splitByProvince, TIMELINE_PAGE_ENTRIES } from '../../src/lib/timeline.ts';

const deadline = (text: string, year: number | null, month: number | null = null, day: number | null = null, recurrence: Deadline['recurrence'] = null): Deadline => ({
  text,
  kind: year === null && recurrence === null ? 'relative' : 'by',
  year,
  month,
  day,
  recurrence,
});

describe('dueDate', () => {
  it('is the last day the deadline allows', () => {
    expect(dueDate(deadline('2019年底前', 2019, 12, 31))).toBe('2019-12-31');
    expect(dueDate(deadline('2020年6月', 2020, 6))).toBe('2020-06-30');
    expect(dueDate(deadline('2024年2月', 2024, 2))).toBe('2024-02-29');
    expect(dueDate(deadline('到2022年', 2022))).toBe('2022-12-31');
    expect(dueDate(deadline('每季度', null, null, null, 'quarterly'))).toBeUndefined();
  });
});

describe('dueStatus', () => {
  it('marks past deadlines and those within 90 days', () => {
    expect(dueStatus('2026-11-23', '2026-11-24')).toBe('past');
    expect(dueStatus('2026-11-24', '2026-11-24')).toBe('upcoming');
    expect(dueStatus('2027-02-22', '2026-11-24')).toBe('upcoming');
    expect(dueStatus('2027-02-23', '2026-11-24')).toBe('later');
  });
});

describe('buildTimeline', () => {
  const clause = (id: string, deadlines: Deadline[]) => makeClause({ id, deadlines });
  const document = makeDocument({
    id: 'doc',
    clauses: [
      clause('a', [deadline('2020年底前', 2020, 12, 31), deadline('2020年底', 2020, 12, 31), deadline('每年', null, null, null, 'yearly')]),
      clause('b', [deadline('2020年6月', 2020, 6), deadline('一年内', null), deadline('到2021年', 2021)]),
    ],
  });

  it('sorts dated deadlines, keeps one entry per clause and date, and sets the rest apart', () => {
    const timeline = buildTimeline([document]);
    expect(timeline.dated.map((e) => `${e.clause.id} ${e.due}`)).toEqual(['b 2020-06-30', 'a 2020-12-31', 'b 2021-12-31']);
    expect([...timeline.recurring.keys()]).toEqual(['yearly']);
    expect(timeline.relative.map((e) => e.deadline.text)).toEqual(['一年内']);
  });

  it('groups by year and month, a year-only deadline after the months', () => {
    const groups = byYearAndMonth(buildTimeline([document]).dated);
    expect(groups.map((g) => [g.year, g.months.map((m) => m.month), g.count])).toEqual([[2020, [6, 12], 2], [2021, [null], 1]]);
  });
});

describe('byProvince', () => {
  it('shares entries out by their document’s province, provinces in Chinese order, every entry once', () => {
    const documents = ['山西', '河南', '安徽', '河南'].map((province, i) =>
      makeDocument({ id: `d${i}`, province, clauses: [makeClause({ id: `c${i}`, deadlines: [deadline('2020年底前', 2020, 12, 31)] })] }),
    );
    const shares = byProvince(buildTimeline(documents).dated);
    expect(shares.map((s) => [s.province, s.entries.map((e) => e.clause.id)])).toEqual([
      ['安徽', ['c2']],
      ['河南', ['c1', 'c3']],
      ['山西', ['c0']],
    ]);
  });

  it('is used for lists longer than one page, and only for those', () => {
    expect(splitByProvince(TIMELINE_PAGE_ENTRIES)).toBe(false);
    expect(splitByProvince(TIMELINE_PAGE_ENTRIES + 1)).toBe(true);
  });
});

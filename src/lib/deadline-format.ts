/** Display and ordering of clause deadlines (完成时限). */
import type { Deadline, Recurrence } from './schema.ts';

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  weekly: '每周',
  monthly: '每月',
  bimonthly: '每两个月',
  quarterly: '每季度',
  semiannual: '每半年',
  yearly: '每年',
};

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 2021年7月1日起, 2019年起: the date from which something applies. */
function formatStart(d: Deadline & { year: number }): string {
  if (d.month === null) return `${d.year}年起`;
  return d.day === null ? `${d.year}年${d.month}月起` : `${d.year}年${d.month}月${d.day}日起`;
}

/**
 * 2019年3月15日前, 2020年6月底前, 2019年底前 (a date on the last day of the year or month is written
 * the way the documents say it), 到2022年 for a bare year, 2021年7月1日起 for a start, 每季度;
 * otherwise (印发之日起60日内, 三年内) the words of the source.
 */
export function formatDeadline(d: Deadline): string {
  if (d.year !== null && d.kind === 'from') return formatStart({ ...d, year: d.year });
  if (d.year !== null && d.month !== null) {
    const endOfMonth = d.day === null || d.day === lastDayOfMonth(d.year, d.month);
    if (endOfMonth && d.month === 12) return `${d.year}年底前`;
    if (endOfMonth) return `${d.year}年${d.month}月底前`;
    return `${d.year}年${d.month}月${d.day}日前`;
  }
  if (d.year !== null) return `到${d.year}年`;
  if (d.recurrence) return RECURRENCE_LABELS[d.recurrence];
  return d.text;
}

/** Machine-readable date for <time datetime>, or undefined without a year. */
export function deadlineDatetime(d: Deadline): string | undefined {
  if (d.year === null) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d.month === null) return String(d.year);
  if (d.day === null) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * Sorts dated deadlines by the last day they allow (2020年6月 → 2020-06-30) and start dates by their
 * first day (2021年起 → 2021-01-01), then recurring ones,
 * then the rest; the number is only for comparing.
 */
export function deadlineSortKey(d: Deadline): number {
  if (d.year !== null && d.kind === 'from') return d.year * 10_000 + (d.month ?? 1) * 100 + (d.day ?? 1);
  if (d.year !== null) {
    const month = d.month ?? 12;
    const day = d.day ?? lastDayOfMonth(d.year, month);
    return d.year * 10_000 + month * 100 + day;
  }
  if (d.recurrence) return 100_000_000 + Object.keys(RECURRENCE_LABELS).indexOf(d.recurrence);
  return 200_000_000;
}

/** The deadline that comes first, or undefined for a clause without any. */
export function earliestDeadline(deadlines: readonly Deadline[]): Deadline | undefined {
  return [...deadlines].sort((a, b) => deadlineSortKey(a) - deadlineSortKey(b))[0];
}

/** Orders items by their earliest deadline; items without a deadline go last, in their original order. */
export function sortByDeadline<T>(items: readonly T[], deadlinesOf: (item: T) => readonly Deadline[]): T[] {
  const NONE = Number.MAX_SAFE_INTEGER;
  return items
    .map((item, index) => {
      const first = earliestDeadline(deadlinesOf(item));
      return { item, index, key: first ? deadlineSortKey(first) : NONE };
    })
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((x) => x.item);
}

/** A clause's deadlines without repeats (the same 2019年底前 written for several sub-tasks), in order of time. */
export function distinctDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  const seen = new Set<string>();
  return [...deadlines]
    .sort((a, b) => deadlineSortKey(a) - deadlineSortKey(b))
    .filter((d) => {
      const label = formatDeadline(d);
      if (seen.has(label)) return false;
      seen.add(label);
      return true;
    });
}

/**
 * The atlas's deadlines as a timeline: every dated deadline by year and month, recurring duties by
 * their rhythm, and relative limits (一年内) apart. Each entry is one clause and one deadline; a clause
 * that says the same deadline twice gives one entry.
 */
import { distinctDeadlines } from './deadline-format.ts';
import type { Clause, Deadline, DocumentFrontmatter, Recurrence } from './schema.ts';

export interface TimelineEntry {
  clause: Clause;
  document: DocumentFrontmatter;
  deadline: Deadline;
}

export interface DatedEntry extends TimelineEntry {
  /** The last day the deadline allows (2020年6月 → 2020-06-30), as YYYY-MM-DD. */
  due: string;
}

export interface Timeline {
  /** Dated deadlines in order of due date, then document and clause order. */
  dated: DatedEntry[];
  recurring: Map<Recurrence, TimelineEntry[]>;
  /** Limits without a date: 一年内, 印发之日起60日内. */
  relative: TimelineEntry[];
}

const RECURRENCE_ORDER: Recurrence[] = ['weekly', 'monthly', 'bimonthly', 'quarterly', 'semiannual', 'yearly'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD of the last day a dated deadline allows; undefined without a year. */
export function dueDate(d: Deadline): string | undefined {
  if (d.year === null) return undefined;
  const month = d.month ?? 12;
  const day = d.day ?? new Date(Date.UTC(d.year, month, 0)).getUTCDate();
  return `${d.year}-${pad(month)}-${pad(day)}`;
}

export function buildTimeline(documents: readonly DocumentFrontmatter[]): Timeline {
  return timelineOfClauses(documents.flatMap((document) => document.clauses.map((clause) => ({ clause, document }))));
}

/** The timeline of some clauses (a unit's), in their order. */
export function timelineOfClauses(items: readonly { clause: Clause; document: DocumentFrontmatter }[]): Timeline {
  const dated: DatedEntry[] = [];
  const recurring = new Map<Recurrence, TimelineEntry[]>(RECURRENCE_ORDER.map((r) => [r, []]));
  const relative: TimelineEntry[] = [];
  for (const { clause, document } of items) {
    for (const deadline of distinctDeadlines(clause.deadlines)) {
      const due = dueDate(deadline);
      if (due) dated.push({ clause, document, deadline, due });
      else if (deadline.recurrence) recurring.get(deadline.recurrence)!.push({ clause, document, deadline });
      else relative.push({ clause, document, deadline });
    }
  }
  // A stable sort keeps document and clause order among deadlines due the same day.
  dated.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  for (const [rhythm, entries] of recurring) if (entries.length === 0) recurring.delete(rhythm);
  return { dated, recurring, relative };
}

export interface MonthGroup {
  /** null for deadlines that name only the year (到2022年). */
  month: number | null;
  entries: DatedEntry[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
  count: number;
}

/** Dated entries by year, then month; a year-only deadline goes after that year's months. */
export function byYearAndMonth(entries: readonly DatedEntry[]): YearGroup[] {
  const years = new Map<number, Map<number | null, DatedEntry[]>>();
  for (const entry of entries) {
    const year = entry.deadline.year!;
    const months = years.get(year) ?? new Map<number | null, DatedEntry[]>();
    const key = entry.deadline.month;
    months.set(key, [...(months.get(key) ?? []), entry]);
    years.set(year, months);
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, months]) => {
      const groups = [...months].map(([month, list]) => ({ month, entries: list })).sort((a, b) => (a.month ?? 13) - (b.month ?? 13));
      return { year, months: groups, count: groups.reduce((n, g) => n + g.entries.length, 0) };
    });
}

/** Days ahead that count as upcoming. */
export const UPCOMING_DAYS = 90;

export type DueStatus = 'past' | 'upcoming' | 'later';

/** Whether a deadline has passed, falls within the next 90 days, or lies further ahead, seen from `today` (YYYY-MM-DD). */
export function dueStatus(due: string, today: string): DueStatus {
  if (due < today) return 'past';
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + UPCOMING_DAYS);
  return due <= horizon.toISOString().slice(0, 10) ? 'upcoming' : 'later';
}

const built = new WeakMap<readonly DocumentFrontmatter[], Timeline>();

/** The timeline of a set of documents, built once however many pages ask for it. */
export function timelineOf(documents: readonly DocumentFrontmatter[]): Timeline {
  let timeline = built.get(documents);
  if (!timeline) built.set(documents, (timeline = buildTimeline(documents)));
  return timeline;
}

/**
 * Entries one timeline page lists at most. A longer list (a year, the recurring duties or the relative
 * limits of a large atlas) becomes a table of provinces, each with its own page: no page grows with the atlas
 * beyond one province's share.
 */
export const TIMELINE_PAGE_ENTRIES = 300;

export interface ProvinceShare<T> {
  province: string;
  entries: T[];
}

/** Entries by the province of their document, provinces in Chinese collation order, entries in their order. */
export function byProvince<T extends TimelineEntry>(entries: readonly T[]): ProvinceShare<T>[] {
  return [...Map.groupBy(entries, (e) => e.document.province)]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([province, list]) => ({ province, entries: list }));
}

/** Whether a list of this many entries is split into a page per province. */
export function splitByProvince(count: number): boolean {
  return count > TIMELINE_PAGE_ENTRIES;
}

/**
 * Dated deadlines as an iCalendar file: one all-day event per clause and date, with the clause text,
 * its place and permalink. UIDs are made of the permanent clause id and the date, so a calendar that
 * subscribes to the URL updates its events on every rebuild instead of duplicating them.
 */
import ical from 'ical-generator';
import { distinctDeadlines, formatDeadline } from '../deadline-format.ts';
import type { Clause, Deadline, DocumentFrontmatter } from '../schema.ts';
import { dueDate } from '../timeline.ts';
import { permalink } from './ledger.ts';

export interface CalendarItem {
  clause: Clause;
  document: DocumentFrontmatter;
}

/** The last day a deadline allows: 2019年底前 → 2019-12-31, 2020年6月 → 2020-06-30. */
export function deadlineDate(d: Deadline): Date | undefined {
  const due = dueDate(d);
  return due ? new Date(`${due}T00:00:00Z`) : undefined;
}

function compactDate(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

export function calendarEventId(clauseId: string, date: Date): string {
  return `${clauseId}-${compactDate(date)}@policy-atlas`;
}

export function deadlineCalendar(name: string, items: readonly CalendarItem[], site: URL | undefined, stamp: Date): string {
  const calendar = ical({ name, prodId: { company: '共青团政策条款库', product: 'policy-atlas', language: 'ZH' } });
  for (const { clause, document } of items) {
    const seen = new Set<string>();
    for (const deadline of distinctDeadlines(clause.deadlines)) {
      const date = deadlineDate(deadline);
      if (!date || seen.has(compactDate(date))) continue;
      seen.add(compactDate(date));
      const url = permalink(clause.id, site);
      calendar.createEvent({
        id: calendarEventId(clause.id, date),
        start: date,
        allDay: true,
        stamp,
        summary: `${formatDeadline(deadline)}：${document.title} ${clause.place}`,
        description: `${clause.text}\n\n${document.title} ${clause.place}\n${url}`,
        url: /^https?:/.test(url) ? url : undefined,
      });
    }
  }
  return calendar.toString();
}

/**
 * Long lists split into pages of a fixed size, so no page of the atlas grows with the corpus:
 * page 1 lives at the list's own URL, page n at <url>n/ (see urls.ts pagedUrl).
 */

/** Clause cards on one page of a long list (a unit's tasks, a topic in one province). */
export const CARDS_PER_PAGE = 50;
/** Clauses a topic page shows per province; the rest are on the province's own pages for the topic. */
export const TOPIC_PREVIEW = 3;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Position of the first item in the whole list, 0-based. */
  offset: number;
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size), offset: i * size }));
}

/** The route parameter of a page: undefined for page 1 (the list's own URL), "2", "3" … after it. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

/**
 * The choices of the search filters with their clause counts, from the atlas: the same values the
 * index gives each clause (src/lib/search-records.ts), so every choice finds its clauses.
 */
import type { DocumentFrontmatter } from './schema.ts';
import { KIND_LABELS, unitFilterValue } from './search-text.ts';

type Counts = [string, number][];

function counted(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

const byName = (entries: Iterable<[string, number]>): Counts => [...entries].sort((a, b) => a[0].localeCompare(b[0], 'zh-CN'));

export function searchChoices(documents: readonly DocumentFrontmatter[]): { province: Counts; unit: Counts; kind: Counts } {
  const clauses = documents.flatMap((d) => d.clauses);
  return {
    province: byName(counted(documents.flatMap((d) => d.clauses.map(() => d.province)))),
    unit: byName(counted(documents.flatMap((d) => d.clauses.flatMap((c) => [...new Set(c.units.map((u) => unitFilterValue(d.province, u.canonical)))])))),
    kind: Object.values(KIND_LABELS).flatMap((label) => {
      const n = clauses.filter((c) => KIND_LABELS[c.kind] === label).length;
      return n > 0 ? [[label, n] as [string, number]] : [];
    }),
  };
}

/** The document filter's choices, by province: each document's title and clause count. */
export function documentChoices(documents: readonly DocumentFrontmatter[]): { province: string; documents: Counts }[] {
  return [...Map.groupBy(documents, (d) => d.province)].map(([province, docs]) => ({ province, documents: docs.map((d) => [d.title, d.clauses.length]) }));
}

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

/** A lazily loaded filter's choices, by province: each value and its number of clauses. */
export type ChoiceGroups = { province: string; choices: Counts }[];

/** The choices that come with the search page: few, whatever the size of the atlas. */
export function searchChoices(documents: readonly DocumentFrontmatter[]): { province: Counts; kind: Counts; unitNames: string[] } {
  const clauses = documents.flatMap((d) => d.clauses);
  return {
    province: byName(counted(documents.flatMap((d) => d.clauses.map(() => d.province)))),
    kind: Object.values(KIND_LABELS).flatMap((label) => {
      const n = clauses.filter((c) => KIND_LABELS[c.kind] === label).length;
      return n > 0 ? [[label, n] as [string, number]] : [];
    }),
    // The names a query may match exactly (宣传部); their province-qualified values load only then.
    unitNames: [...new Set(clauses.flatMap((c) => c.units.map((u) => u.canonical)))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
}

/** The document filter's choices, by province: each document's title and clause count. */
export function documentChoices(documents: readonly DocumentFrontmatter[]): ChoiceGroups {
  return [...Map.groupBy(documents, (d) => d.province)].map(([province, docs]) => ({ province, choices: docs.map((d) => [d.title, d.clauses.length]) }));
}

/** The unit filter's choices, by province: each unit as the index names it (河南·宣传部) and its tagged clauses. */
export function unitChoices(documents: readonly DocumentFrontmatter[]): ChoiceGroups {
  return [...Map.groupBy(documents, (d) => d.province)].map(([province, docs]) => ({
    province,
    choices: byName(counted(docs.flatMap((d) => d.clauses.flatMap((c) => [...new Set(c.units.map((u) => unitFilterValue(province, u.canonical)))])))),
  })).filter((g) => g.choices.length > 0);
}

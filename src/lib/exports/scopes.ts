/**
 * What each export covers: a document's clauses, or a unit's tasks (lead, responsible, then the
 * clauses of untagged documents that name it), with the date the underlying texts were last revised.
 * The endpoints under src/pages only turn these into files.
 */
import { unitTasksFor, type Atlas } from '../atlas.ts';
import { partPaths } from '../build-part.ts';
import { pageKeys } from '../page-keys.ts';
import type { DocumentFrontmatter } from '../schema.ts';
import { provinceSlug } from '../urls.ts';
import type { LedgerItem } from './ledger.ts';

export interface ExportScope {
  /** Calendar and workbook name. */
  name: string;
  items: LedgerItem[];
  /** The latest revision date of the documents involved: the files' timestamp, stable across rebuilds. */
  revised: Date;
}

function revisedOn(atlas: Atlas, documents: Iterable<DocumentFrontmatter>): Date {
  let latest = '1970-01-01';
  for (const document of documents) {
    const first = document.clauses[0];
    const date = first ? atlas.registered.get(first.id)?.registry.revisions.at(-1)?.date : undefined;
    if (date && date > latest) latest = date;
  }
  return new Date(`${latest}T00:00:00Z`);
}

export function documentScope(atlas: Atlas, document: DocumentFrontmatter): ExportScope {
  return { name: document.title, items: document.clauses.map((clause) => ({ clause, document })), revised: revisedOn(atlas, [document]) };
}

export function unitScope(atlas: Atlas, province: string, unitSlug: string): ExportScope {
  const tasks = unitTasksFor(atlas, province, unitSlug);
  const items: LedgerItem[] = [
    ...tasks.lead.map((i) => ({ ...i, role: 'lead' as const })),
    ...tasks.responsible.map((i) => ({ ...i, role: 'responsible' as const })),
    ...tasks.mentioned.map((i) => ({ ...i, role: 'mentioned' as const })),
  ];
  return { name: `${tasks.unit.name}（${province}）任务`, items, revised: revisedOn(atlas, new Set(items.map((i) => i.document))) };
}

/** The documents' export paths this part builds (build-part.ts), keyed for incremental builds (page-keys.ts). */
export function documentExportPaths(atlas: Atlas) {
  const keys = pageKeys(atlas);
  return partPaths(atlas.documents, (d) => d.id).map((document) => ({ params: { id: document.id }, props: { document }, cacheKey: keys.documentData(document) }));
}

export function unitExportPaths(atlas: Atlas) {
  return [...atlas.unitTasks].flatMap(([province, units]) =>
    units.map((t) => ({ params: { province: provinceSlug(province), unit: t.unit.slug }, props: { province } })),
  );
}

/** The items of a scope grouped by document, in order of first appearance: one workbook sheet each. */
export function byDocument(items: readonly LedgerItem[]): { document: DocumentFrontmatter; items: LedgerItem[] }[] {
  const groups = new Map<string, { document: DocumentFrontmatter; items: LedgerItem[] }>();
  for (const item of items) {
    const group = groups.get(item.document.id) ?? { document: item.document, items: [] };
    group.items.push(item);
    groups.set(item.document.id, group);
  }
  return [...groups.values()];
}

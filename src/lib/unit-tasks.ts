/**
 * The task view of one unit (department): the clauses it leads, the clauses it is responsible for,
 * the clauses of untagged documents that name it, and the units it shares tagged work with.
 */
import { paginate } from './pagination.ts';
import { registryServes } from './registries.ts';
import type { Clause, DocumentFrontmatter } from './schema.ts';
import { unitsMentioned } from './unit-mentions.ts';
import type { UnitEntry, UnitRegistry } from './units.ts';

export interface ClauseInDocument {
  clause: Clause;
  document: DocumentFrontmatter;
}

export interface UnitPartner {
  unit: UnitEntry;
  /** Tagged clauses both units are named in. */
  count: number;
}

export interface UnitTasks {
  province: string;
  unit: UnitEntry;
  lead: ClauseInDocument[];
  responsible: ClauseInDocument[];
  /** Clauses of documents without unit tags whose text names the unit. */
  mentioned: ClauseInDocument[];
  partners: UnitPartner[];
}

/** A document is untagged when none of its clauses names a lead or responsible unit. */
export function isUntagged(document: Pick<DocumentFrontmatter, 'clauses'>): boolean {
  return document.clauses.every((c) => c.units.length === 0);
}

/** The registry units tagged in a clause, each once; lead wins when a unit is tagged in both roles. */
export function taggedUnits(clause: Clause, registry: UnitRegistry): { unit: UnitEntry; role: 'lead' | 'responsible'; raw: string }[] {
  const result: { unit: UnitEntry; role: 'lead' | 'responsible'; raw: string }[] = [];
  for (const ref of clause.units) {
    const unit = registry.resolve(ref.canonical) ?? registry.resolve(ref.raw);
    if (!unit) continue;
    const seen = result.find((r) => r.unit === unit);
    if (!seen) result.push({ unit, role: ref.role, raw: ref.raw });
    else if (ref.role === 'lead') seen.role = 'lead';
  }
  return result;
}

/** One entry per registry unit of the province, in registry order. Documents the registry does not serve are ignored. */
export function buildUnitTasks(documents: readonly DocumentFrontmatter[], registry: UnitRegistry): UnitTasks[] {
  const tasks = new Map<UnitEntry, UnitTasks>();
  const partnerCounts = new Map<UnitEntry, Map<UnitEntry, number>>();
  for (const unit of registry.units) {
    tasks.set(unit, { province: registry.province, unit, lead: [], responsible: [], mentioned: [], partners: [] });
    partnerCounts.set(unit, new Map());
  }

  for (const document of documents) {
    if (!registryServes(registry, document)) continue;
    const untagged = isUntagged(document);
    for (const clause of document.clauses) {
      if (untagged) {
        for (const unit of unitsMentioned(clause.text, registry)) tasks.get(unit)!.mentioned.push({ clause, document });
        continue;
      }
      const tagged = taggedUnits(clause, registry);
      for (const { unit, role } of tagged) {
        tasks.get(unit)![role].push({ clause, document });
        const counts = partnerCounts.get(unit)!;
        for (const other of tagged) if (other.unit !== unit) counts.set(other.unit, (counts.get(other.unit) ?? 0) + 1);
      }
    }
  }

  for (const [unit, entry] of tasks) {
    entry.partners = [...partnerCounts.get(unit)!]
      .map(([partner, count]) => ({ unit: partner, count }))
      .sort((a, b) => b.count - a.count || registry.units.indexOf(a.unit) - registry.units.indexOf(b.unit));
  }
  return [...tasks.values()];
}

/** Groups clauses by document, keeping the order in which documents first appear. */
export function groupByDocument(items: readonly ClauseInDocument[]): { document: DocumentFrontmatter; clauses: Clause[] }[] {
  const groups = new Map<string, { document: DocumentFrontmatter; clauses: Clause[] }>();
  for (const { clause, document } of items) {
    const group = groups.get(document.id);
    if (group) group.clauses.push(clause);
    else groups.set(document.id, { document, clauses: [clause] });
  }
  return [...groups.values()];
}

export type UnitSectionId = 'lead' | 'responsible' | 'mentioned';

export interface UnitSectionPart {
  id: UnitSectionId;
  items: ClauseInDocument[];
  /** How many clauses the whole section has. */
  total: number;
  /** The section began on an earlier page. */
  continued: boolean;
}

export interface UnitTaskPage {
  number: number;
  count: number;
  sections: UnitSectionPart[];
  /** The page on which each non-empty section begins. */
  starts: Map<UnitSectionId, number>;
}

/** The unit's clauses — lead, then responsible, then mentioned — in pages of at most `size` clauses. */
export function unitTaskPages(tasks: UnitTasks, size: number): UnitTaskPage[] {
  const ids: UnitSectionId[] = ['lead', 'responsible', 'mentioned'];
  const sequence = ids.flatMap((id) => tasks[id].map((item, index) => ({ id, item, index })));
  const pages = paginate(sequence, size);
  const starts = new Map<UnitSectionId, number>();
  for (const page of pages) for (const entry of page.items) if (entry.index === 0) starts.set(entry.id, page.number);
  return pages.map((page) => ({
    number: page.number,
    count: page.count,
    starts,
    sections: ids
      .map((id) => {
        const entries = page.items.filter((e) => e.id === id);
        return { id, items: entries.map((e) => e.item), total: tasks[id].length, continued: entries.length > 0 && entries[0]!.index > 0 };
      })
      .filter((part) => part.items.length > 0),
  }));
}

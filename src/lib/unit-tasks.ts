/**
 * The task view of one unit (department): the clauses it leads, the clauses it is responsible for,
 * the clauses of untagged documents that name it, and the units it shares tagged work with.
 */
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
  const groups: { document: DocumentFrontmatter; clauses: Clause[] }[] = [];
  for (const { clause, document } of items) {
    let group = groups.find((g) => g.document.id === document.id);
    if (!group) groups.push((group = { document, clauses: [] }));
    group.clauses.push(clause);
  }
  return groups;
}

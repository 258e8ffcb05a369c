/** The units a document involves, with clause counts: its tags, or for an untagged document the units its text names. */
import type { DocumentFrontmatter } from './schema.ts';
import { isUntagged, taggedUnits } from './unit-tasks.ts';
import { unitsMentioned } from './unit-mentions.ts';
import type { UnitEntry, UnitRegistry } from './units.ts';

export interface DocumentUnit {
  unit: UnitEntry;
  count: number;
  /** True when the count comes from tags, false when from mentions in the text. */
  tagged: boolean;
}

export function documentUnits(document: DocumentFrontmatter, registry: UnitRegistry): DocumentUnit[] {
  const tagged = !isUntagged(document);
  const counts = new Map<UnitEntry, number>();
  for (const clause of document.clauses) {
    const units = tagged ? taggedUnits(clause, registry).map((t) => t.unit) : unitsMentioned(clause.text, registry);
    for (const unit of units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return [...counts]
    .map(([unit, count]) => ({ unit, count, tagged }))
    .sort((a, b) => b.count - a.count || registry.units.indexOf(a.unit) - registry.units.indexOf(b.unit));
}

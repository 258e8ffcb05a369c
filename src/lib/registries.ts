/** The unit registries by province, from the parsed content/units/*.json files. */
import type { DocumentLevel } from './schema.ts';
import { UnitRegistry, unitRegistryFileSchema } from './units.ts';

/**
 * Whether a document's units are the registry's. A curated registry lists the departments of a
 * province's (or the national) League committee, while a municipal document's 组织部 is its city's own;
 * a registry seeded from a province's documents holds whatever they name, municipal ones included.
 */
export function registryServes(registry: UnitRegistry, document: { province: string | null; level: DocumentLevel | null }): boolean {
  return document.province === registry.province && (document.level !== '市' || registry.seeded);
}

export function registriesFromFiles(files: readonly unknown[]): Map<string, UnitRegistry> {
  const registries = new Map<string, UnitRegistry>();
  for (const file of files) {
    const registry = new UnitRegistry(unitRegistryFileSchema.parse(file));
    if (registries.has(registry.province)) throw new Error(`two unit registries for ${registry.province}`);
    registries.set(registry.province, registry);
  }
  return registries;
}

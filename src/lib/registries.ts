/** The unit registries by province, from the parsed content/units/*.json files. */
import { UnitRegistry, unitRegistryFileSchema } from './units.ts';

export function registriesFromFiles(files: readonly unknown[]): Map<string, UnitRegistry> {
  const registries = new Map<string, UnitRegistry>();
  for (const file of files) {
    const registry = new UnitRegistry(unitRegistryFileSchema.parse(file));
    if (registries.has(registry.province)) throw new Error(`two unit registries for ${registry.province}`);
    registries.set(registry.province, registry);
  }
  return registries;
}

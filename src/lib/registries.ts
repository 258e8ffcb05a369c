/** The unit registries by province, from the parsed content/units/*.json files. */
import { UnitRegistry, unitRegistryFileSchema, type UnitRegistryFile } from './units.ts';

export function registriesFromFiles(files: readonly unknown[]): Map<string, UnitRegistry> {
  const registries = new Map<string, UnitRegistry>();
  for (const file of files) {
    const registry = new UnitRegistry(unitRegistryFileSchema.parse(file));
    if (registries.has(registry.province)) throw new Error(`two unit registries for ${registry.province}`);
    registries.set(registry.province, registry);
  }
  return registries;
}

/** The committee a registry's units belong to, from its full prefix (共青团河南省委), else 共青团X省委. */
export function committeeName(file: Pick<UnitRegistryFile, 'province' | 'prefixes'>): string {
  return file.prefixes.find((p) => p.startsWith('共青团')) ?? `共青团${file.province}省委`;
}

export function committeesFromFiles(files: readonly unknown[]): Map<string, string> {
  return new Map(files.map((f) => unitRegistryFileSchema.parse(f)).map((f) => [f.province, committeeName(f)]));
}

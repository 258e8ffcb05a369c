/**
 * The whole dataset as files: what /data/ publishes one by one and what the archive bundles — every
 * document, all clauses, the unit registries, the clause id registries, and JSON Schemas of each made
 * from the one zod schema, so the published shape and its description cannot drift apart.
 */
import { z } from 'zod';
import { idIndex } from '../clause-history.ts';
import { idRegistrySchema, type IdRegistry } from '../schema.ts';
import { documentSchema, exportedClauseSchema, type DocumentFrontmatter } from '../schema.ts';
import { unitRegistryFileSchema, type UnitRegistry, type UnitRegistryFile } from '../units.ts';
import { toClausesJson, toDocumentJson } from './json.ts';

/** The JSON Schemas published under /data/schema/. */
export const DATA_SCHEMAS = {
  document: documentSchema,
  clause: exportedClauseSchema,
  'id-registry': idRegistrySchema,
  'unit-registry': unitRegistryFileSchema,
} as const;

export type DataSchemaName = keyof typeof DATA_SCHEMAS;

export function jsonSchemaOf(name: DataSchemaName): object {
  return z.toJSONSchema(DATA_SCHEMAS[name], { io: 'output', unrepresentable: 'any' });
}

export function unitRegistryFiles(registries: Iterable<UnitRegistry>): UnitRegistryFile[] {
  return [...registries].map((r) => unitRegistryFileSchema.parse({ province: r.province, prefixes: r.prefixes, units: r.units, seeded: r.seeded }));
}

/** Path inside the archive → content, in a fixed order. */
export function datasetFiles(documents: readonly DocumentFrontmatter[], registries: Iterable<UnitRegistry>, idRegistries: Iterable<IdRegistry>): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  files.set('clauses.json', json(toClausesJson(documents)));
  for (const document of documents) files.set(`documents/${document.id}.json`, json(toDocumentJson(document)));
  files.set('units.json', json(unitRegistryFiles(registries)));
  const ids = [...idRegistries];
  files.set('ids.json', json(idIndex(ids)));
  for (const registry of ids) files.set(`ids/${registry.document}.json`, json(registry));
  for (const name of Object.keys(DATA_SCHEMAS) as DataSchemaName[]) files.set(`schema/${name}.json`, json(jsonSchemaOf(name)));
  return files;
}

/** The collections in a stable order: documents (level, province, city, year, id), id registries, unit registries. */
import { getCollection } from 'astro:content';
import { compareDocuments } from './document-groups.ts';
import { registriesFromFiles } from './registries.ts';
import type { DocumentFrontmatter, IdRegistry } from './schema.ts';
import type { UnitRegistry } from './units.ts';

export async function loadDocuments(): Promise<DocumentFrontmatter[]> {
  const entries = await getCollection('documents');
  return entries.map((e) => e.data).sort(compareDocuments);
}

/** The clause id registries, by document id. */
export async function loadIdRegistries(): Promise<Map<string, IdRegistry>> {
  const entries = await getCollection('ids');
  const registries = entries.map((e) => e.data).sort((a, b) => (a.document < b.document ? -1 : 1));
  return new Map(registries.map((r) => [r.document, r]));
}

/** The unit registries by province: the curated ones, then those ingestion seeded for other provinces. */
export async function loadUnitRegistries(): Promise<Map<string, UnitRegistry>> {
  const curated = (await getCollection('units')).sort((a, b) => (a.id < b.id ? -1 : 1));
  // In the order ingestion wrote them.
  const seeded = await getCollection('seededUnits');
  return registriesFromFiles([...curated, ...seeded].map((e) => e.data));
}

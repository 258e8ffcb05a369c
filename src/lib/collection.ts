/** The content collections, in a stable order, for every page and export. */
import { getCollection } from 'astro:content';
import { compareDocuments } from './document-groups.ts';
import type { DocumentFrontmatter, IdRegistry } from './schema.ts';
import type { UnitRegistryFile } from './units.ts';

/** Documents by level, province, city, year, id. */
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

/** The unit registries: the curated ones (content/units/*.json, by file name), then those ingestion seeded from the tags of provinces without one. */
export async function loadRegistryFiles(): Promise<UnitRegistryFile[]> {
  const curated = (await getCollection('units')).sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.data);
  const seeded = (await getCollection('seededUnits')).flatMap((e) => e.data);
  return [...curated, ...seeded];
}

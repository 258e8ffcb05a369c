/** The documents collection in a stable order (level, province, city, year, id), for every page and export. */
import { getCollection } from 'astro:content';
import { compareDocuments } from './document-groups.ts';
import type { DocumentFrontmatter, IdRegistry } from './schema.ts';

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

/** The documents collection in a stable order (level, province, city, year, id), for every page and export. */
import { getCollection } from 'astro:content';
import { compareDocuments } from './document-groups.ts';
import type { DocumentFrontmatter } from './schema.ts';

export async function loadDocuments(): Promise<DocumentFrontmatter[]> {
  const entries = await getCollection('documents');
  return entries.map((e) => e.data).sort(compareDocuments);
}

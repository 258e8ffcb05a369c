/** The documents collection in a stable order (province, year, id), for every page and export. */
import { getCollection } from 'astro:content';
import type { DocumentFrontmatter } from './schema.ts';

export async function loadDocuments(): Promise<DocumentFrontmatter[]> {
  const entries = await getCollection('documents');
  return entries
    .map((e) => e.data)
    .sort((a, b) => a.province.localeCompare(b.province, 'zh-CN') || a.year - b.year || a.id.localeCompare(b.id));
}

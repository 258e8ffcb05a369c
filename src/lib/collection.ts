/** The content collections, in a stable order, for every page and export. */
import { getCollection } from 'astro:content';
import type { DocumentFrontmatter } from './schema.ts';
import type { UnitRegistryFile } from './units.ts';

/** Documents by province, year, id. */
export async function loadDocuments(): Promise<DocumentFrontmatter[]> {
  const entries = await getCollection('documents');
  return entries
    .map((e) => e.data)
    .sort((a, b) => a.province.localeCompare(b.province, 'zh-CN') || a.year - b.year || a.id.localeCompare(b.id));
}

/** The unit registry files (content/units/*.json), by file name. */
export async function loadRegistryFiles(): Promise<UnitRegistryFile[]> {
  const entries = await getCollection('units');
  return entries.sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.data);
}

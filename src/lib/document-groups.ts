/**
 * Documents grouped the way readers look for them: national documents, then each province's own,
 * then the municipal ones under their city. Groups keep the order of the documents given.
 */
import type { DocumentFrontmatter, DocumentLevel } from './schema.ts';

export interface RegionGroup {
  province: string;
  /** The city of a municipal group; null for national and provincial groups. */
  city: string | null;
  documents: DocumentFrontmatter[];
}

export interface LevelGroup {
  level: DocumentLevel;
  regions: RegionGroup[];
}

export const LEVELS: readonly DocumentLevel[] = ['全国', '省', '市'];

export function groupByLevel(documents: readonly DocumentFrontmatter[]): LevelGroup[] {
  return LEVELS.map((level) => {
    const regions: RegionGroup[] = [];
    for (const document of documents.filter((d) => d.level === level)) {
      const city = level === '市' ? document.city : null;
      let group = regions.find((r) => r.province === document.province && r.city === city);
      if (!group) regions.push((group = { province: document.province, city, documents: [] }));
      group.documents.push(document);
    }
    return { level, regions };
  }).filter((g) => g.regions.length > 0);
}

/** The atlas order: national documents first, then provinces, then cities; within them by year. */
export function compareDocuments(a: DocumentFrontmatter, b: DocumentFrontmatter): number {
  return (
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
    a.province.localeCompare(b.province, 'zh-CN') ||
    (a.city ?? '').localeCompare(b.city ?? '', 'zh-CN') ||
    a.year - b.year ||
    a.id.localeCompare(b.id)
  );
}

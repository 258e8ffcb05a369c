/** UI words for data values. */
import type { ClauseKind, DocumentFrontmatter, DocumentLevel, MetadataField, UnitRole } from './schema.ts';

export const CLAUSE_KIND_LABELS: Record<ClauseKind, string> = { task: '任务', goal: '目标', requirement: '要求' };

export const UNIT_ROLE_LABELS: Record<UnitRole, string> = { lead: '牵头', responsible: '责任' };

export const LEVEL_LABELS: Record<DocumentLevel, string> = { 全国: '全国', 省: '省级', 市: '市级' };

/** Where a document comes from, as a reader says it: 全国, 河南, 广州市（广东）. */
export function regionLabel(d: Pick<DocumentFrontmatter, 'province' | 'city'>): string {
  return d.city ? `${d.city}（${d.province}）` : d.province;
}

type Provenance = Pick<DocumentFrontmatter, 'inferred' | 'supplied'>;

/** The reader's name of a metadata field; province, level and city are one thing to a reader: the region. */
const FIELD_NAMES: Record<MetadataField, string> = { title: '标题', issuer: '发文单位', province: '地区', level: '地区', city: '地区', year: '年份', draft: '草案标注' };

/** What each inference rests on (see scripts/ingest/metadata.ts). */
const INFERRED_NOTES: Record<MetadataField, string> = {
  title: '标题由正文开头推断，原文没有单独的标题行',
  issuer: '发文单位由文中信息推断，原文没有文件头或落款',
  province: '地区由发文单位或文中地名推断',
  level: '地区由发文单位或文中地名推断',
  city: '地区由发文单位或文中地名推断',
  year: '年份由文中日期推断',
  draft: '草案标注由文中信息推断',
};

/** How a field's value was come by, when not read from the text: 推断 or 补充 (stated beside the text). */
export function fieldProvenance(d: Provenance, field: MetadataField): '推断' | '补充' | null {
  if (d.inferred.includes(field)) return '推断';
  if (d.supplied.includes(field)) return '补充';
  return null;
}

/** One sentence per field that the text does not state: 年份由文中日期推断. */
export function provenanceNotes(d: Provenance): string[] {
  const notes = [...d.inferred.map((f) => INFERRED_NOTES[f]), ...d.supplied.map((f) => `${FIELD_NAMES[f]}由收录者注明，并非原文所载`)];
  return [...new Set(notes)];
}

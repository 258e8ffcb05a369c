/** UI words for data values. */
import type { ClauseKind, DocumentFrontmatter, UnitRole } from './schema.ts';

export const CLAUSE_KIND_LABELS: Record<ClauseKind, string> = { task: '任务', goal: '目标', requirement: '要求' };

export const UNIT_ROLE_LABELS: Record<UnitRole, string> = { lead: '牵头', responsible: '责任' };

/** Titles longer than this get a compact label (issuer, year, kind) in lists and breadcrumbs. */
const SHORT_TITLE_MAX = 28;

/** A label for a document where its full title would not fit: 共青团山西省委2019年任务分工方案. */
export function documentLabel(d: Pick<DocumentFrontmatter, 'title' | 'issuer' | 'year' | 'kind'>): string {
  return d.title.length <= SHORT_TITLE_MAX ? d.title : `${d.issuer}${d.year}年${d.kind}`;
}

/** 第12条: how a clause is cited within its document. */
export function clauseLabel(n: number): string {
  return `第${n}条`;
}

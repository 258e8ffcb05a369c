/**
 * The task ledger (台账): one row per clause with the columns a department fills in and reports on —
 * 序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限 / 量化指标 / 条款链接 / 进展情况. The CSV, Excel and
 * calendar exports are all made from these rows, so they always agree.
 */
import { distinctDeadlines, formatDeadline } from '../deadline-format.ts';
import { UNIT_ROLE_LABELS } from '../labels.ts';
import type { Clause, DocumentFrontmatter, UnitRole } from '../schema.ts';
import { publicUrl } from '../site-url.ts';
import { clauseUrl } from '../urls.ts';

export interface LedgerRow {
  /** Running number within the ledger (or within one document's sheet). */
  number: number;
  documentId: string;
  documentTitle: string;
  clauseId: string;
  task: string;
  lead: string;
  responsible: string;
  deadlines: string;
  metrics: string;
  /** Absolute permalink when the site address is known, else the site path. */
  link: string;
  /** How the unit of a unit ledger is named in the clause: 牵头, 责任 or 文中提及. */
  role?: string;
}

export const LEDGER_COLUMNS = ['序号', '工作任务', '牵头单位', '责任单位', '完成时限', '量化指标', '条款链接', '进展情况'] as const;

export interface LedgerItem {
  clause: Clause;
  document: DocumentFrontmatter;
  role?: UnitRole | 'mentioned';
}

/** The clause's permalink, absolute when the site's public address is configured. */
export function permalink(clauseId: string, site: URL | undefined): string {
  return publicUrl(clauseUrl(clauseId), site);
}

function namesWithRole(clause: Clause, role: UnitRole): string {
  return [...new Set(clause.units.filter((u) => u.role === role).map((u) => u.canonical))].join('、');
}

export function ledgerRows(items: readonly LedgerItem[], site: URL | undefined): LedgerRow[] {
  return items.map(({ clause, document, role }, i) => ({
    number: i + 1,
    documentId: document.id,
    documentTitle: document.title,
    clauseId: clause.id,
    task: clause.text,
    lead: namesWithRole(clause, 'lead'),
    responsible: namesWithRole(clause, 'responsible'),
    deadlines: distinctDeadlines(clause.deadlines).map(formatDeadline).join('；'),
    metrics: clause.metrics.map((m) => m.text).join('；'),
    link: permalink(clause.id, site),
    ...(role ? { role: role === 'mentioned' ? '文中提及' : UNIT_ROLE_LABELS[role] } : {}),
  }));
}

/** The row as the ledger's cells, in LEDGER_COLUMNS order; 进展情况 is left for the department. */
export function ledgerCells(row: LedgerRow): string[] {
  return [String(row.number), row.task, row.lead, row.responsible, row.deadlines, row.metrics, row.link, ''];
}

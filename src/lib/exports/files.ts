/** The three export files of a scope, as HTTP responses for Astro's static endpoints. */
import { deadlineCalendar } from './calendar.ts';
import { ledgerCsv } from './csv.ts';
import { ledgerRows } from './ledger.ts';
import type { ExportScope } from './scopes.ts';
import { byDocument } from './scopes.ts';
import { ledgerXlsx } from './xlsx.ts';

export function csvResponse(scope: ExportScope, site: URL | undefined, forUnit: boolean): Response {
  return new Response(ledgerCsv(ledgerRows(scope.items, site), { forUnit }), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}

export function xlsxResponse(scope: ExportScope, site: URL | undefined): Response {
  const sheets = byDocument(scope.items).map(({ document, items }) => ({ title: document.title, name: document.title, rows: ledgerRows(items, site) }));
  return new Response(ledgerXlsx(sheets, scope.revised), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}

export function icsResponse(scope: ExportScope, site: URL | undefined): Response {
  return new Response(deadlineCalendar(scope.name, scope.items, site, scope.revised), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}

/** The ledger as CSV: UTF-8 with a byte-order mark, so Excel opens the Chinese text intact. */
import { stringify } from 'csv-stringify/sync';
import { LEDGER_COLUMNS, ledgerCells, type LedgerRow } from './ledger.ts';

/** A unit's ledger spans documents and roles: two more columns say which. */
const UNIT_COLUMNS = ['文件', '本部门'] as const;

export function ledgerCsv(rows: readonly LedgerRow[], { forUnit = false } = {}): string {
  const header = forUnit ? [...LEDGER_COLUMNS, ...UNIT_COLUMNS] : [...LEDGER_COLUMNS];
  const records = rows.map((row) => (forUnit ? [...ledgerCells(row), row.documentTitle, row.role ?? ''] : ledgerCells(row)));
  return stringify([header, ...records], { bom: true, record_delimiter: 'windows' });
}

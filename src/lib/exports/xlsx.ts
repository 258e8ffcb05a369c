/**
 * The ledger as an Excel workbook (台账): one sheet per document, the fixed columns with widths and
 * wrapped text, the header row frozen and repeated on every printed A4 page.
 */
import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, ledgerCells, type LedgerRow } from './ledger.ts';

const COLUMN_WIDTHS = [6, 60, 18, 28, 18, 30, 36, 24];
/** Characters Excel forbids in sheet names, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

export interface LedgerSheet {
  /** Full title of the document, printed in the page header. */
  title: string;
  /** Short name for the sheet tab. */
  name: string;
  rows: LedgerRow[];
}

function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(SHEET_NAME_FORBIDDEN, '').slice(0, SHEET_NAME_MAX - 3) || '台账';
  let candidate = base;
  for (let k = 2; taken.has(candidate); k++) candidate = `${base}（${k}）`;
  taken.add(candidate);
  return candidate;
}

/** Excel wants header/footer text with & doubled. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

export async function ledgerXlsx(sheets: readonly LedgerSheet[], created: Date): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '共青团政策条款库';
  workbook.created = created;
  workbook.modified = created;
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
      headerFooter: { oddHeader: `&C${headerText(sheet.title)}`, oddFooter: '&C第 &P 页，共 &N 页' },
    });
    worksheet.columns = LEDGER_COLUMNS.map((header, i) => ({ header, width: COLUMN_WIDTHS[i] }));
    for (const row of sheet.rows) worksheet.addRow(ledgerCells(row));
    worksheet.eachRow((row, index) => {
      row.alignment = { vertical: 'top', wrapText: true };
      if (index === 1) row.font = { bold: true };
    });
    // The link column links.
    sheet.rows.forEach((row, i) => {
      if (!/^https?:/.test(row.link)) return;
      const cell = worksheet.getCell(i + 2, LEDGER_COLUMNS.indexOf('条款链接') + 1);
      cell.value = { text: row.link, hyperlink: row.link };
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}

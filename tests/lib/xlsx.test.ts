import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, type LedgerRow } from '../../src/lib/exports/ledger.ts';
import { ledgerXlsx, type LedgerSheet } from '../../src/lib/exports/xlsx.ts';

function row(number: number, task: string, link = `https://atlas.tuanwei.test/clauses/doc-${number}/`): LedgerRow {
  return { number, documentId: 'doc', documentTitle: '文件', clauseId: `doc-${number}`, task, lead: '宣传部', responsible: '组织部、学校部', deadlines: '2020年底前', metrics: '80%以上', link };
}

const created = new Date('2021-03-05T00:00:00Z');

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe('ledgerXlsx', () => {
  const sheets: LedgerSheet[] = [
    { title: '关于印发《A&B实施方案》的通知', name: '第一份/方案：[草案]', rows: [row(1, '推进<script>alert(1)</script>&“学社衔接”'), row(2, ' 前后有空格 \n第二行')] },
    { title: '第二份', name: '第一份/方案：[草案]', rows: [row(1, '只有路径的链接', '/clauses/doc-1/')] },
  ];

  it('reads back as the same cells, one sheet per document with distinct legal names', async () => {
    const workbook = await read(ledgerXlsx(sheets, created));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['第一份方案：草案', '第一份方案：草案（2）']);
    const first = workbook.worksheets[0]!;
    expect((first.getRow(1).values as unknown[]).slice(1)).toEqual([...LEDGER_COLUMNS]);
    expect(first.getCell('A2').value).toBe(1);
    expect(first.getCell('B2').value).toBe('推进<script>alert(1)</script>&“学社衔接”');
    expect(first.getCell('B3').value).toBe(' 前后有空格 \n第二行');
    expect(first.getCell('G2').value).toEqual({ text: 'https://atlas.tuanwei.test/clauses/doc-1/', hyperlink: 'https://atlas.tuanwei.test/clauses/doc-1/' });
    // A site path is not a link Excel can open: plain text.
    expect(workbook.worksheets[1]!.getCell('G2').value).toBe('/clauses/doc-1/');
  });

  it('freezes and repeats the header, wraps text, prints A4 landscape with the title on every page', async () => {
    const workbook = await read(ledgerXlsx(sheets, created));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('B1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('B2').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    expect(sheet.getColumn(2).width).toBe(60);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(sheet.headerFooter.oddHeader).toBe('&C关于印发《A&&B实施方案》的通知');
    expect(workbook.creator).toBe('共青团政策条款库');
    expect(workbook.created.toISOString()).toBe(created.toISOString());
  });

  it('gives the same bytes for the same rows, and keeps characters XML cannot hold out of the file', () => {
    expect(Buffer.from(ledgerXlsx(sheets, created)).equals(Buffer.from(ledgerXlsx(sheets, created)))).toBe(true);
    const parts = unzipSync(ledgerXlsx([{ title: 't', name: 'n', rows: [row(1, 'a\u0001b\u0000c')] }], created));
    expect(new TextDecoder().decode(parts['xl/sharedStrings.xml'])).toContain('>abc<');
    expect(Object.keys(parts)[0]).toBe('[Content_Types].xml');
  });
});

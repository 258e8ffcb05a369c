/**
 * The ledgers and calendars in dist/: CSV and XLSX parse back to the same rows with the Chinese text
 * intact, and each .ics parses with a standard parser into one event per clause and dated deadline,
 * with UIDs made of the permanent clause id and the date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEventId, deadlineDate } from '../../src/lib/exports/calendar.ts';
import { LEDGER_COLUMNS } from '../../src/lib/exports/ledger.ts';
import type { ExportedClause } from '../../src/lib/schema.ts';
import { clauseUrl } from '../../src/lib/urls.ts';
import { DIST } from '../helpers/site-builds.ts';

const clauses = JSON.parse(readFileSync(path.join(DIST, 'data/clauses.json'), 'utf8')) as ExportedClause[];
const documentIds = [...new Set(clauses.map((c) => c.documentId))];

function csvRows(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF'), `${file} starts with a BOM`).toBe(true);
  return parse(text, { bom: true }) as string[][];
}

async function xlsxRows(file: string): Promise<{ name: string; rows: string[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      rows.push(LEDGER_COLUMNS.map((_, i) => {
        const value = row.getCell(i + 1).value;
        if (value && typeof value === 'object' && 'text' in value) return String(value.text);
        return value === null || value === undefined ? '' : String(value);
      }));
    });
    return { name: sheet.name, rows };
  });
}

/** Events a clause should give: one per distinct date among its dated deadlines. */
function expectedEvents(items: readonly ExportedClause[]): string[] {
  return items.flatMap((c) => [...new Set(c.deadlines.flatMap((d) => (deadlineDate(d) ? [calendarEventId(c.id, deadlineDate(d)!)] : [])))]).sort();
}

function calendarEvents(file: string) {
  const component = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe.each(documentIds)('exports of document %s', (id) => {
  const own = clauses.filter((c) => c.documentId === id);
  const dir = path.join(DIST, 'documents', id);

  it('clauses.csv has the ledger columns and one row per clause, text intact', () => {
    const [header, ...rows] = csvRows(path.join(dir, 'clauses.csv'));
    expect(header).toEqual([...LEDGER_COLUMNS]);
    expect(rows.map((r) => r[1])).toEqual(own.map((c) => c.text));
    expect(rows.map((r) => r[6])).toEqual(own.map((c) => expect.stringContaining(clauseUrl(c.id))));
    expect(rows.every((r) => r[7] === '')).toBe(true);
  });

  it('clauses.xlsx holds the same rows as the CSV', async () => {
    const sheets = await xlsxRows(path.join(dir, 'clauses.xlsx'));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.rows).toEqual(csvRows(path.join(dir, 'clauses.csv')));
  });

  it('clauses.ics has one event per dated deadline, with stable UIDs and the permalink', () => {
    const events = calendarEvents(path.join(dir, 'clauses.ics'));
    expect(events.map((e) => e.uid).sort()).toEqual(expectedEvents(own));
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      const clause = own.find((c) => event.uid.startsWith(`${c.id}-`))!;
      expect(event.description).toContain(clause.text);
      expect(event.description).toContain(clauseUrl(clause.id));
    }
  });
});

describe('exports of a unit', () => {
  const unitDirs = readdirSync(path.join(DIST, 'units'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((p) => readdirSync(path.join(DIST, 'units', p.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((u) => path.join(DIST, 'units', p.name, u.name)));

  it('exist for every unit page', () => {
    expect(unitDirs.length).toBeGreaterThan(10);
    for (const dir of unitDirs) for (const name of ['tasks.csv', 'tasks.xlsx', 'tasks.ics']) expect(readdirSync(dir), dir).toContain(name);
  });

  it('tasks.xlsx has one sheet per document with the CSV rows of that document', async () => {
    for (const dir of unitDirs) {
      const [header, ...rows] = csvRows(path.join(dir, 'tasks.csv'));
      expect(header).toEqual([...LEDGER_COLUMNS, '文件', '本部门']);
      const sheets = await xlsxRows(path.join(dir, 'tasks.xlsx'));
      const titles = [...new Set(rows.map((r) => r[8]))];
      expect(sheets.length, dir).toBe(Math.max(titles.length, 0));
      const sheetTasks = sheets.flatMap((s) => s.rows.slice(1).map((r) => r[1]));
      expect(sheetTasks.sort()).toEqual(rows.map((r) => r[1]).sort());
      for (const sheet of sheets) expect(sheet.rows[0]).toEqual([...LEDGER_COLUMNS]);
    }
  });

  it('tasks.ics lists the dated deadlines of the unit’s clauses once each', () => {
    for (const dir of unitDirs) {
      const rows = csvRows(path.join(dir, 'tasks.csv')).slice(1);
      const ids = new Set(rows.map((r) => r[6]!.replace(/^.*\/clauses\/([^/]+)\/$/, '$1')));
      const events = calendarEvents(path.join(dir, 'tasks.ics'));
      expect(events.map((e) => e.uid).sort(), dir).toEqual(expectedEvents(clauses.filter((c) => ids.has(c.id))));
    }
  });
});

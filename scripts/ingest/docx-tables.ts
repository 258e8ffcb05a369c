/**
 * Word tables as lines of text. A task-division table (分工表: a header row naming a task column —
 * 工作任务/主要任务/任务 — and unit columns — 牵头单位/责任单位/配合单位 — usually with 序号 and
 * 完成时限) becomes what the text path already reads: per row a numbered item
 * "1．<task>" followed by label lines "牵头单位：…", "完成时限：…"; a row merged across the
 * columns ("一、…") stays a line of its own, so it becomes a heading. Any other table is kept as
 * one line per row with its cells in order. Labels, separators and missing item numbers are
 * inserted text; a cell that continues a vertical merge repeats the value above it as inserted
 * text, since the reader sees that value in both rows.
 */
import { ATTACHED_LABEL, CELL_SEPARATOR, headingMarker } from '../../src/lib/markers.ts';
import { parseUnitTags } from '../../src/lib/unit-tags.ts';
import { type Line, inserted, isBlank, joinLines, lineText } from './docx-pieces.ts';

export interface RenderedCell {
  column: number;
  span: number;
  merge: 'restart' | 'continue' | null;
  /** The cell's content as lines (its paragraphs, nested tables flattened). */
  lines: Line[];
}

type Role = 'number' | 'task' | 'lead' | 'responsible' | 'deadline' | 'other';

interface Column {
  role: Role;
  /** The label written before the cell's value on its line. */
  label: string;
}

/** A header cell is a short name; anything longer is content. */
const MAX_HEADER_LENGTH = 12;
const CHINESE_NUMERAL = /^[一二三四五六七八九十百零〇]+$/;
const DIGITS = /^[0-9０-９]+$/;

function normalized(text: string): string {
  return text.replace(/\s+/g, '');
}

function roleOfHeader(header: string): Role {
  if (/^(?:序号|编号|序|No\.?)$/i.test(header)) return 'number';
  if (header.includes('牵头')) return 'lead';
  if (/^(?:责任|配合|协办|参与|协同|承办|实施)/.test(header) || /(?:单位|部门|处室|主体)$/.test(header)) return 'responsible';
  if (/时限|时间|期限|节点|进度|日期/.test(header)) return 'deadline';
  if (/任务|工作|内容|事项|举措|措施|目标/.test(header)) return 'task';
  return 'other';
}

/** The header's own words when the text path reads them as this column's label, else the standard label. */
function labelOf(role: Role, header: string): string {
  const attached = ATTACHED_LABEL.test(`${header}：`);
  if (role === 'lead' || role === 'responsible') {
    const names = parseUnitTags(`${header}：甲`).names;
    const read = attached && names.length === 1 && names[0]!.role === (role === 'lead' ? 'lead' : 'responsible');
    return read ? header : role === 'lead' ? '牵头单位' : '责任单位';
  }
  if (role === 'deadline') return attached ? header : '完成时限';
  return header;
}

function cellValue(cell: RenderedCell, role: Role): Line {
  return joinLines(cell.lines, role === 'lead' || role === 'responsible' ? '、' : '；');
}

/** Columns named by a header row (and a second header row under merged header cells), by grid column. */
function readHeader(rows: RenderedCell[][]): { columns: Map<number, Column>; bodyStart: number } | undefined {
  for (let h = 0; h < Math.min(3, rows.length); h++) {
    const headers = rows[h]!.map((cell) => ({ cell, text: normalized(lineText(cellValue(cell, 'other'))) }));
    if (headers.some(({ text }) => text.length > MAX_HEADER_LENGTH)) continue;
    const next = rows[h + 1]?.map((cell) => ({ cell, text: normalized(lineText(cellValue(cell, 'other'))) })) ?? [];
    const subHeader =
      next.some(({ text }) => text !== '') &&
      next.every(({ text }) => text === '' || (text.length <= MAX_HEADER_LENGTH && !['other', 'task', 'number'].includes(roleOfHeader(text))));
    const columns = new Map<number, Column>();
    let hasTask = false;
    for (const { cell, text } of subHeader ? [...headers, ...next] : headers) {
      if (!text) continue;
      let role = roleOfHeader(text);
      if (role === 'task' && hasTask && columns.get(cell.column)?.role !== 'task') role = 'other';
      hasTask ||= role === 'task';
      for (let c = cell.column; c < cell.column + cell.span; c++) columns.set(c, { role, label: labelOf(role, text) });
    }
    const roles = new Set([...columns.values()].map((c) => c.role));
    // A division of labour names who does the work; a schedule (阶段 / 时间 / 主要工作) is not one.
    if (roles.has('task') && (roles.has('lead') || roles.has('responsible'))) {
      return { columns, bodyStart: h + (subHeader ? 2 : 1) };
    }
  }
  return undefined;
}

/** A row kept as one line: its non-empty cells in order. */
function rowLine(cells: { value: Line }[]): Line {
  const out: Line = [];
  for (const { value } of cells) {
    if (isBlank(value)) continue;
    if (out.length > 0) out.push(inserted(CELL_SEPARATOR));
    out.push(...value);
  }
  return out;
}

interface RowCell {
  column: Column;
  value: Line;
  span: number;
  /** The value repeats the cell above (vertical merge), as inserted text. */
  repeated: boolean;
}

const UNLABELLED: Column = { role: 'other', label: '' };

/** The item number: the 序号 cell with the punctuation a marker needs, or a running number when the cell is empty. */
function itemMarker(number: Line, task: Line, state: { counter: number }): Line {
  const text = normalized(lineText(number));
  if (!text) {
    if (headingMarker(lineText(task).trim())) return [];
    state.counter++;
    return [inserted(`${state.counter}．`)];
  }
  if (DIGITS.test(text)) state.counter = Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (headingMarker(`${text}任`)?.text.trim() === text) return number;
  return [...number, inserted(CHINESE_NUMERAL.test(text) ? '、' : '．')];
}

/** The cells of a body row with their columns; a cell that continues a vertical merge repeats the value above it. */
function readRow(row: RenderedCell[], columns: Map<number, Column>, above: Map<number, Line>): RowCell[] {
  return row.map((cell) => {
    const column = columns.get(cell.column) ?? UNLABELLED;
    const value = cellValue(cell, column.role);
    const repeats = column.role !== 'task' && column.role !== 'number';
    if (cell.merge === 'continue' && isBlank(value) && repeats) {
      const repeated = (above.get(cell.column) ?? []).map((p) => inserted(p.text));
      return { column, value: repeated, span: cell.span, repeated: repeated.length > 0 };
    }
    if (cell.merge === 'restart') above.set(cell.column, value);
    else above.delete(cell.column);
    return { column, value, span: cell.span, repeated: false };
  });
}

const isSectionMarker = (text: string) => (headingMarker(text)?.rank ?? 9) <= 2;

/**
 * The title line of a row that heads the rows under it: one cell across the columns, a lone
 * 一、/（一） line, or 序号 一/（一） beside a title with no unit or deadline; undefined for other rows.
 */
function sectionTitle(own: RowCell[], number: Line, task: Line): Line | undefined {
  if (own.length === 1 && (own[0]!.span > 1 || isSectionMarker(lineText(own[0]!.value).trim()))) return own[0]!.value;
  const numberText = normalized(lineText(number));
  const sectionNumber = CHINESE_NUMERAL.test(numberText) || isSectionMarker(numberText);
  const tagged = own.some((c) => ['lead', 'responsible', 'deadline'].includes(c.column.role));
  if (!sectionNumber || isBlank(task) || tagged) return undefined;
  return [...number, ...(CHINESE_NUMERAL.test(numberText) ? [inserted('、')] : []), ...task];
}

function labelLine(cell: RowCell): Line {
  const labelled = ATTACHED_LABEL.test(lineText(cell.value).trim()) || !cell.column.label;
  return labelled ? cell.value : [inserted(`${cell.column.label}：`), ...cell.value];
}

function taskTableLines(rows: RenderedCell[][], columns: Map<number, Column>, bodyStart: number): Line[] {
  const out = rows.slice(0, bodyStart).map(plainRowLine).filter((line) => !isBlank(line));
  const headerTexts = new Set(out.map(lineText));
  const above = new Map<number, Line>();
  const state = { counter: 0 };
  for (const row of rows.slice(bodyStart)) {
    const cells = readRow(row, columns, above);
    const own = cells.filter((c) => !c.repeated && !isBlank(c.value));
    if (own.length === 0) continue;
    const plain = rowLine(own);
    const number = cells.filter((c) => c.column.role === 'number').flatMap((c) => c.value);
    const task = joinLines(cells.filter((c) => c.column.role === 'task').map((c) => c.value), '；');
    const labelled = cells.filter((c) => c.column.role !== 'number' && c.column.role !== 'task' && !isBlank(c.value));
    const title = sectionTitle(own, number, task);
    if (headerTexts.has(lineText(plain))) out.push(plain); // the header repeated on a later page
    else if (title) {
      state.counter = 0;
      out.push(title);
    } else if (!isBlank(task)) out.push([...itemMarker(number, task, state), ...task], ...labelled.map(labelLine));
    else if (labelled.some((c) => !c.repeated)) out.push(...labelled.filter((c) => !c.repeated).map(labelLine)); // more units for the task above
    else out.push(plain);
  }
  return out;
}

function plainRowLine(row: RenderedCell[]): Line {
  return rowLine(row.map((cell) => ({ value: cellValue(cell, 'other') })));
}

export function tableLines(rows: RenderedCell[][]): Line[] {
  const header = readHeader(rows);
  if (header) return taskTableLines(rows, header.columns, header.bodyStart);
  return rows.map(plainRowLine).filter((line) => !isBlank(line));
}

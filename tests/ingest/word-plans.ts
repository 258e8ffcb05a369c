/**
 * Word fixtures, generated with the `docx` library from the plain-text twins in
 * tests/fixtures/word/ so that the repository holds no binary it cannot regenerate. Each builder
 * lays the same plan out the way plans arrive as Word files:
 *  - typed:    numbers typed in the text (一、 （一） 1.), 公文 fonts, runs split where Word splits
 *              them (digits in Times New Roman), a soft line break, a date field, a hyperlinked
 *              e-mail address, a page break and a page-number footer;
 *  - automatic: every 一、 （一） 1. drawn by Word's list numbering (chineseCounting level 0 through a
 *              heading style, （%2） level 1, decimal %3. level 2), none of it in the text;
 *  - table:    the task division as a 分工表 (序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限) with a
 *              repeated header row, section rows merged across the columns (or numbered 二 in the
 *              序号 column), 序号 numbered automatically, a lead unit merged down the rows that share
 *              it, names as separate paragraphs of one cell, and a task of two paragraphs.
 * In a twin, paragraphs are separated by blank lines; a single line end inside one is a soft line
 * break (w:br).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type ParagraphChild,
} from 'docx';

export type Layout = 'typed' | 'automatic' | 'table';

export const WORD_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/word');

export function readTwin(name: string): string {
  return readFileSync(path.join(WORD_FIXTURES, name), 'utf8');
}

const BODY_FONT = '仿宋_GB2312';
const TITLE_FONT = '方正小标宋简体';
const HEADING_FONTS = ['黑体', '楷体_GB2312'];
/** 三号 and 二号 in half-points. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;

const LEVEL_1 = /^([一二三四五六七八九十]+)、/;
const LEVEL_2 = /^（([一二三四五六七八九十]+)）/;
const LEVEL_3 = /^(\d+)[．.]/;
const LABEL = /^(牵头单位|责任单位|完成时限)：(.*)$/;

/** The paragraphs of a twin; a soft line break stays inside its paragraph. */
function twinParagraphs(twin: string): string[] {
  return twin.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Runs as Word leaves them: a new run at each digit group (set in Times New Roman) and after each comma. */
function runs(text: string, font = BODY_FONT, size = BODY_SIZE): ParagraphChild[] {
  return text.split('\n').flatMap((line, i) =>
    (line.match(/[0-9]+|[^0-9，]+，?|，/g) ?? []).map(
      (piece, j) => new TextRun({ text: piece, font: /^[0-9]+$/.test(piece) ? 'Times New Roman' : font, size, break: i > 0 && j === 0 ? 1 : undefined }),
    ),
  );
}

function isTitle(text: string): boolean {
  return /(?:方案|要点|通知)(?:（[^）]*）)?$/.test(text) && !/。/.test(text);
}

function headingFont(text: string): string | undefined {
  if (LEVEL_1.test(text)) return HEADING_FONTS[0];
  if (LEVEL_2.test(text) && !/。./.test(text)) return HEADING_FONTS[1];
  return undefined;
}

const footer = new Footer({
  children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })],
});

function document(children: (Paragraph | Table)[], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Document {
  return new Document({
    creator: '共青团办公室',
    ...extra,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        footers: { default: footer },
        children,
      },
    ],
  });
}

/** A plain paragraph of a notice or plan, in the fonts a 公文 uses. */
function textParagraph(text: string): Paragraph {
  if (isTitle(text)) return new Paragraph({ alignment: AlignmentType.CENTER, children: runs(text, TITLE_FONT, TITLE_SIZE) });
  const date = /^\d{4}年\d{1,2}月\d{1,2}日$/.test(text);
  if (date) {
    return new Paragraph({ alignment: AlignmentType.RIGHT, children: [new SimpleField('CREATEDATE \\@ "yyyy年M月d日"', text)] });
  }
  const email = /^(电子邮箱：)(\S+@\S+)$/.exec(text);
  if (email) {
    return new Paragraph({
      children: [...runs(email[1]!), new ExternalHyperlink({ link: `mailto:${email[2]}`, children: [new TextRun({ text: email[2]!, style: 'Hyperlink' })] })],
    });
  }
  const font = headingFont(text);
  return new Paragraph({ indent: { firstLine: 640 }, children: runs(text, font ?? BODY_FONT) });
}

/** (a) Numbers typed in the text. */
function typedLayout(twin: string): Document {
  const paragraphs = twinParagraphs(twin);
  const planTitle = paragraphs.findLastIndex(isTitle);
  // The plan starts on a new page after the notice.
  return document(paragraphs.flatMap((text, i) => (i === planTitle ? [new Paragraph({ children: [new PageBreak()] }), textParagraph(text)] : [textParagraph(text)])));
}

const OUTLINE = 'plan-outline';

/** (b) Every 一、 （一） 1. drawn by Word's list numbering. */
function automaticLayout(twin: string): Document {
  const paragraphs = twinParagraphs(twin);
  const children = paragraphs.map((text) => {
    if (LEVEL_1.test(text)) return new Paragraph({ style: 'Outline1', children: runs(text.replace(LEVEL_1, ''), HEADING_FONTS[0]) });
    if (LEVEL_2.test(text)) {
      const body = text.replace(LEVEL_2, '');
      return new Paragraph({ numbering: { reference: OUTLINE, level: 1 }, children: runs(body, headingFont(text) ?? BODY_FONT) });
    }
    if (LEVEL_3.test(text)) return new Paragraph({ numbering: { reference: OUTLINE, level: 2 }, children: runs(text.replace(LEVEL_3, '')) });
    return textParagraph(text);
  });
  return document(children, {
    styles: { paragraphStyles: [{ id: 'Outline1', name: '一级标题', run: { font: HEADING_FONTS[0], size: BODY_SIZE }, paragraph: { numbering: { reference: OUTLINE, level: 0 } } }] },
    numbering: {
      config: [
        {
          reference: OUTLINE,
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1 },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', start: 1 },
          ],
        },
      ],
    },
  });
}

interface DivisionRow {
  section?: string;
  number?: string;
  task?: string;
  lead?: string;
  responsible?: string;
  deadline?: string;
}

const SERIAL = 'serial-number';
const COLUMN_WIDTHS = [700, 4300, 1500, 1900, 1500];

function cell(paragraphs: string[], options: { span?: number; merge?: 'restart' | 'continue'; numbered?: boolean } = {}): TableCell {
  return new TableCell({
    columnSpan: options.span,
    verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : options.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    children: (paragraphs.length ? paragraphs : ['']).map(
      (text) => new Paragraph({ numbering: options.numbered ? { reference: SERIAL, level: 0 } : undefined, children: runs(text, BODY_FONT, 24) }),
    ),
  });
}

/** The rows of the twin's table part: sections, and items with their label lines. */
function divisionRows(lines: string[]): DivisionRow[] {
  const rows: DivisionRow[] = [];
  for (const line of lines) {
    const label = LABEL.exec(line);
    if (label) {
      const key = ({ 牵头单位: 'lead', 责任单位: 'responsible', 完成时限: 'deadline' } as const)[label[1] as '牵头单位' | '责任单位' | '完成时限'];
      rows.at(-1)![key] = label[2]!;
    } else if (LEVEL_1.test(line)) rows.push({ section: line });
    else rows.push({ number: LEVEL_3.exec(line)![1], task: line.replace(LEVEL_3, '') });
  }
  return rows;
}

/** (c) The task division as a 分工表. */
function tableLayout(twin: string): Document {
  const lines = twin.split('\n');
  const first = lines.findIndex((l) => LEVEL_1.test(l));
  const last = lines.findLastIndex((l) => LABEL.test(l));
  const rows = divisionRows(lines.slice(first, last + 1).filter((l) => l.trim()));
  const header = new TableRow({
    tableHeader: true,
    children: ['序号', '工作任务', '牵头单位', '责任单位', '完成时限'].map((h) => cell([h])),
  });
  const body = rows.map((row, i) => {
    if (row.section) {
      // 二、 is written as 序号 二 beside its title; the other sections span the row.
      const [numeral, title] = [LEVEL_1.exec(row.section)![1]!, row.section.replace(LEVEL_1, '')];
      if (numeral === '二') return new TableRow({ children: [cell([numeral]), cell([title]), cell([]), cell([]), cell([])] });
      return new TableRow({ children: [cell([row.section], { span: 5 })] });
    }
    const previous = rows[i - 1];
    const next = rows[i + 1];
    const merge = previous?.lead === row.lead ? 'continue' : next?.lead === row.lead ? 'restart' : undefined;
    const task = row.task!.includes('以内。') ? row.task!.split(/(?<=以内。)/) : [row.task!];
    const responsible = row.responsible && i === 2 ? row.responsible.split('、') : row.responsible ? [row.responsible] : [];
    return new TableRow({
      cantSplit: true,
      children: [
        cell([''], { numbered: true }),
        cell(task),
        cell(merge === 'continue' ? [] : [row.lead!], { merge }),
        cell(responsible),
        cell(row.deadline ? [row.deadline] : []),
      ],
    });
  });
  const table = new Table({
    width: { size: COLUMN_WIDTHS.reduce((a, b) => a + b), type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    rows: [header, ...body],
  });
  const before = twinParagraphs(lines.slice(0, first).join('\n')).map((text) => textParagraph(text));
  const after = twinParagraphs(lines.slice(last + 1).join('\n')).map((text) => textParagraph(text));
  return document([...before, table, ...after], {
    numbering: { config: [{ reference: SERIAL, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', start: 1, alignment: AlignmentType.CENTER }] }] },
  });
}

const LAYOUTS: Record<Layout, (twin: string) => Document> = { typed: typedLayout, automatic: automaticLayout, table: tableLayout };

export async function buildWordPlan(layout: Layout, twin: string): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(LAYOUTS[layout](twin)));
}

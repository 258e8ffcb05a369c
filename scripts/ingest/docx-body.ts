/**
 * The body of a Word document as blocks in reading order: paragraphs (their automatic number
 * first, then the text of every run — inside hyperlinks, content controls, inserted revisions,
 * field results and smart tags — with tabs and line breaks) and tables (cells with their grid
 * column, span and vertical merge). Text boxes follow the paragraph they are anchored in.
 * Deleted revisions, field instructions and footnote marks are not text the reader sees.
 */
import type { ListNumbering } from './docx-numbering.ts';
import { type Piece, inserted, source } from './docx-pieces.ts';
import { DocxError, elementChildren, intVal, isMc, isW, wAttr, wChild, wVal, type Element } from './docx-xml.ts';

export interface ParagraphBlock {
  type: 'paragraph';
  pieces: Piece[];
}

export interface TableCell {
  /** First grid column the cell covers (0-based). */
  column: number;
  /** Grid columns it covers (w:gridSpan). */
  span: number;
  /** w:vMerge: a cell that starts a vertical merge, or continues the one above. */
  merge: 'restart' | 'continue' | null;
  blocks: Block[];
}

export interface TableBlock {
  type: 'table';
  rows: TableCell[][];
}

export type Block = ParagraphBlock | TableBlock;

const MATH_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

/** Revisions the reader no longer sees: deleted text and the old place of moved text. */
function isRemoved(el: Element): boolean {
  return isW(el, 'del') || isW(el, 'moveFrom');
}

/** Properties (w:pPr, w:rPr, w:tcPr …) hold no text. */
function isProperties(el: Element): boolean {
  return isW(el) && (el.localName ?? '').endsWith('Pr');
}

/** mc:AlternateContent: the first choice, which every current writer fills; else the fallback. */
function chosenContent(alternate: Element): Element | undefined {
  const children = elementChildren(alternate);
  return children.find((c) => isMc(c, 'Choice')) ?? children.find((c) => isMc(c, 'Fallback'));
}

export class BodyReader {
  private readonly numbering: ListNumbering;
  /** One entry per open complex field: true while its instructions run (before w:fldChar separate). */
  private readonly fields: boolean[] = [];

  constructor(numbering: ListNumbering) {
    this.numbering = numbering;
  }

  /** The paragraphs and tables of a container (w:body, w:tc, w:txbxContent, content controls). */
  blocks(container: Element): Block[] {
    const out: Block[] = [];
    for (const el of elementChildren(container)) {
      if (isW(el, 'p')) out.push(...this.paragraph(el));
      else if (isW(el, 'tbl')) out.push(this.table(el));
      else if (isW(el, 'altChunk')) throw new DocxError('it embeds another document (w:altChunk), which is not read; open it in Word or WPS and save it again as .docx');
      else if (isMc(el, 'AlternateContent')) {
        const chosen = chosenContent(el);
        if (chosen) out.push(...this.blocks(chosen));
      } else if (!isRemoved(el) && !isProperties(el)) out.push(...this.blocks(el));
    }
    return out;
  }

  private paragraph(p: Element): Block[] {
    const number = this.numbering.next(wChild(p, 'pPr'));
    const pieces: Piece[] = number ? [inserted(number)] : [];
    const floating: Block[] = [];
    this.inline(p, pieces, floating);
    // A field's instructions never cross a paragraph end: one left open is damaged, and must not hide the text after it.
    while (this.fields.at(-1)) this.fields.pop();
    return [{ type: 'paragraph', pieces }, ...floating];
  }

  /** Runs and the containers around them, in order. */
  private inline(node: Element, pieces: Piece[], floating: Block[]): void {
    for (const el of elementChildren(node)) {
      if (isProperties(el) || isRemoved(el)) continue;
      if (isW(el, 'r') || (el.namespaceURI === MATH_NAMESPACE && el.localName === 'r')) this.run(el, pieces, floating);
      else if (isMc(el, 'AlternateContent')) {
        const chosen = chosenContent(el);
        if (chosen) this.inline(chosen, pieces, floating);
      } else if (!isW(el, 'rt')) this.inline(el, pieces, floating); // w:rt is a ruby's annotation
    }
  }

  private run(r: Element, pieces: Piece[], floating: Block[]): void {
    const push = (text: string) => pieces.push(source(text));
    for (const el of elementChildren(r)) {
      const name = el.localName;
      if (el.namespaceURI === MATH_NAMESPACE) {
        if (name === 't' && !this.inInstructions()) push(el.textContent ?? '');
        continue;
      }
      if (!isW(el)) {
        floating.push(...this.textBoxes(el));
        continue;
      }
      switch (name) {
        case 't':
          if (!this.inInstructions()) push(el.textContent ?? '');
          break;
        case 'tab':
        case 'ptab':
          push('\t');
          break;
        case 'br': {
          // A page or column break moves the text on; only a line break ends a line.
          const type = wAttr(el, 'type');
          if (type !== 'page' && type !== 'column') push('\n');
          break;
        }
        case 'cr':
          push('\n');
          break;
        case 'noBreakHyphen':
          push('-');
          break;
        case 'sym': {
          const code = Number.parseInt(wAttr(el, 'char') ?? '', 16);
          if (Number.isFinite(code) && code > 0) push(String.fromCodePoint(code));
          break;
        }
        case 'fldChar':
          this.fieldChar(wAttr(el, 'fldCharType'));
          break;
        case 'ruby':
          this.inline(el, pieces, floating);
          break;
        default:
          // w:drawing, w:pict and w:object may hold text boxes; other run content is not text.
          floating.push(...this.textBoxes(el));
      }
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push(true);
    else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = false;
    else if (type === 'end') this.fields.pop();
  }

  private inInstructions(): boolean {
    return this.fields.some((instructions) => instructions);
  }

  /** The contents of the text boxes inside a drawing or picture, as blocks. */
  private textBoxes(el: Element): Block[] {
    if (isW(el, 'txbxContent')) return this.blocks(el);
    if (isMc(el, 'AlternateContent')) {
      const chosen = chosenContent(el);
      return chosen ? this.textBoxes(chosen) : [];
    }
    return elementChildren(el).flatMap((c) => this.textBoxes(c));
  }

  private table(tbl: Element): TableBlock {
    const rows: TableCell[][] = [];
    for (const tr of this.descendants(tbl, 'tr')) {
      let column = intVal(wVal(wChild(tr, 'trPr'), 'gridBefore')) ?? 0;
      const cells: TableCell[] = [];
      for (const tc of this.descendants(tr, 'tc')) {
        const tcPr = wChild(tc, 'tcPr');
        const span = Math.max(1, intVal(wVal(tcPr, 'gridSpan')) ?? 1);
        const vMerge = wChild(tcPr, 'vMerge');
        const merge = vMerge ? (wAttr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : null;
        cells.push({ column, span, merge, blocks: this.blocks(tc) });
        column += span;
      }
      rows.push(cells);
    }
    return { type: 'table', rows };
  }

  /** Rows of a table or cells of a row, also when wrapped in content controls or custom XML. */
  private descendants(parent: Element, name: 'tr' | 'tc'): Element[] {
    return elementChildren(parent).flatMap((el) => {
      if (isW(el, name)) return [el];
      if (isRemoved(el) || isProperties(el) || isW(el, 'tbl') || isW(el, 'tr') || isW(el, 'tc')) return [];
      return this.descendants(el, name);
    });
  }
}

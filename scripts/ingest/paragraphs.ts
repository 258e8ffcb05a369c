/**
 * Turns a source text into paragraphs, repairing what Word/PDF conversion did to it:
 * Markdown heading marks (# to ###### and a space, at a line start after ASCII spaces), bold marks
 * (**), the [bookmark: _GoBack] artifact, lines broken in mid-sentence by page breaks, and spaces
 * around numbers (2019 年底前). Nothing but those artifacts, in exactly those forms, and whitespace
 * is removed: the coverage test holds the output to that.
 *
 * A bold span over several lines (**a title broken\nover lines**) is one paragraph; a ** that opens
 * no such span is a stray mark and joins nothing, so it can never merge the items after it.
 * Every step looks at a bounded part of the text around each line: time is linear in its size.
 */
import { ATTACHED_LABEL, DASH_ITEM, GOAL_LABEL, headingMarker, TABLE_ROW } from '../../src/lib/markers.ts';
import { cutLine, runOnCuts } from './run-on.ts';

export interface Paragraph {
  /** Repaired text: artifacts removed, lines joined, spaces around numbers closed. */
  text: string;
  /** 1-based line of the source where the paragraph starts. */
  line: number;
  /** Artifacts that were removed, for the record and the coverage test. */
  removed: string[];
}

/** Word's hidden bookmark left in the text by some converters, in the one form they write it. */
const BOOKMARK = /\[bookmark: _GoBack\]/g;
/** Markdown heading marks: at a line start after ASCII indentation, followed by a space, a tab or the line end. */
const MD_HEADING = /^[ \t]*#{1,6}(?=[ \t]|$)/;
/** Markdown bold marks anywhere. */
const MD_BOLD = /\*\*/g;

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u201c\\u201d\\u2018\\u2019';

/** A paragraph that ends with one of these is complete; otherwise a page break may have cut it. A half-width "." ends a Chinese sentence too. */
const TERMINAL = new RegExp(`(?:[。！？；：…）)!?;:]|(?<=[${CJK}”’》」』])\\.)$`);
/** A title line ends with the name of its kind (and a short period or note in brackets); such a line is complete even without punctuation. */
const TITLE_ENDING = /(?:方案|要点|计划|意见|规划|办法|细则|纲要|通知|决定|文件|报告)(?:[（(][^（）()]{0,30}[）)])?[。.]?$/;
/** "联系电话：0351-…" and its like: a short label-and-value line is complete as it stands. */
const FIELD_LINE = /^[\u4e00-\u9fff]{2,8}\s*[:：]/;
const FIELD_LINE_MAX_LENGTH = 40;
/** Shorter pieces are header lines (文件头, 联系人), not page-broken body text. */
const MIN_BROKEN_LENGTH = 15;
/** A heading is one phrase of at most this many characters after its number. */
const HEADING_MAX_LENGTH = 60;
/** A bold span joins at most this many lines (a title broken over a few lines), none of them a new item or a finished sentence. */
const BOLD_SPAN_MAX_LINES = 6;

/** Spaces that separate a CJK character from a number or another CJK character are conversion noise. */
const NOISE_SPACE = new RegExp(
  `(?<=[${CJK}${CJK_PUNCT}])[ \\t\\u00a0\\u3000]+(?=[0-9０-９%％${CJK}])|(?<=[0-9０-９%％])[ \\t\\u00a0\\u3000]+(?=[${CJK}${CJK_PUNCT}])`,
  'g',
);

export interface CleanLine {
  text: string;
  removed: string[];
  /** The line has an odd number of ** marks, at its start (opens a span) or end (closes one). */
  opensBold: boolean;
  closesBold: boolean;
}

export function cleanLine(line: string): CleanLine {
  const removed: string[] = [];
  let text = line.replace(MD_HEADING, (m) => (removed.push(m.trim()), ''));
  text = text.replace(BOOKMARK, (m) => (removed.push(m), '')).trim();
  const odd = (text.match(MD_BOLD) ?? []).length % 2 === 1;
  const opensBold = odd && text.startsWith('**');
  const closesBold = odd && text.endsWith('**');
  text = text.replace(MD_BOLD, (m) => (removed.push(m), ''));
  text = text.replace(NOISE_SPACE, '').trim();
  return { text, removed, opensBold, closesBold };
}

export function startsNewBlock(text: string): boolean {
  return DASH_ITEM.test(text) || GOAL_LABEL.test(text) || ATTACHED_LABEL.test(text) || TABLE_ROW.test(text) || headingMarker(text) !== null;
}

/** A numbered line that reads as a heading: one phrase, no sentence inside it. */
export function isHeadingLike(text: string): boolean {
  const marker = headingMarker(text);
  if (!marker || text.length - marker.text.length > HEADING_MAX_LENGTH + 1) return false;
  const body = text.slice(marker.text.length).replace(/[。.]$/, '');
  return body.length > 0 && body.length <= HEADING_MAX_LENGTH && !/[。；;！？]/.test(body);
}

/**
 * Lines that continue a bold span: each line after an opening ** up to its closing **, when the
 * closing mark comes within a few lines and nothing inside starts a new item or ends a sentence.
 * Any other odd ** is stray: its mark is removed and it joins nothing.
 */
function boldContinuations(lines: CleanLine[]): Set<number> {
  const continuing = new Set<number>();
  for (let open = 0; open < lines.length; open++) {
    if (!lines[open]!.opensBold) continue;
    for (let i = open + 1; i < lines.length && i <= open + BOLD_SPAN_MAX_LINES; i++) {
      const { text, closesBold } = lines[i]!;
      if (text && startsNewBlock(text)) break;
      if (closesBold) {
        for (let j = open + 1; j <= i; j++) continuing.add(j);
        open = i;
        break;
      }
      if (text && TERMINAL.test(text)) break;
    }
  }
  return continuing;
}

/** A paragraph being assembled from lines; its checks look only at its first line, its end and its length. */
class Draft {
  readonly line: number;
  readonly removed: string[];
  private readonly pieces: string[];
  private length: number;
  private readonly markerLength: number | null;
  /** A table row (cells joined by " | ") is complete as it stands. */
  private tableRow: boolean;

  constructor(text: string, line: number, removed: string[]) {
    this.pieces = [text];
    this.length = text.length;
    this.tableRow = TABLE_ROW.test(text);
    this.line = line;
    this.removed = [...removed];
    this.markerLength = headingMarker(text)?.text.length ?? null;
  }

  /** Chinese pieces join with nothing between them; two Latin words keep a space. */
  add(text: string, removed: string[]): void {
    const piece = /[A-Za-z0-9]$/.test(this.pieces.at(-1)!) && /^[A-Za-z0-9]/.test(text) ? ` ${text}` : text;
    this.pieces.push(piece);
    this.length += piece.length;
    this.tableRow ||= TABLE_ROW.test(piece);
    this.removed.push(...removed);
  }

  get text(): string {
    return this.pieces.join('');
  }

  isComplete(): boolean {
    const last = this.pieces.at(-1)!;
    const tail = this.pieces.length > 1 ? this.pieces.at(-2)! + last : last;
    if (TERMINAL.test(last) || TITLE_ENDING.test(tail) || this.tableRow || this.length < MIN_BROKEN_LENGTH) return true;
    const headingLike = this.markerLength !== null && this.length - this.markerLength <= HEADING_MAX_LENGTH + 1 && isHeadingLike(this.text);
    return headingLike || (this.length <= FIELD_LINE_MAX_LENGTH && FIELD_LINE.test(this.pieces[0]!));
  }
}

/**
 * Splits on line ends and at the items that run on inside a line, then joins the pieces that a
 * page or line break cut apart.
 */
export function toParagraphs(source: string): Paragraph[] {
  const lines = source.split('\n').map(cleanLine);
  const inBoldSpan = boldContinuations(lines);
  const cuts = runOnCuts(lines.map((l) => l.text));
  const out: Draft[] = [];
  let complete = true;
  for (const [index, { text: lineText, removed }] of lines.entries()) {
    if (!lineText) {
      out.at(-1)?.removed.push(...removed);
      continue;
    }
    for (const [piece, text] of cutLine(lineText, cuts[index]!).entries()) {
      const previous = out.at(-1);
      // A piece cut at an item marker always starts a paragraph of its own.
      const continues = piece === 0 && previous !== undefined && (inBoldSpan.has(index) || (!complete && !startsNewBlock(text) && !FIELD_LINE.test(text)));
      const pieceRemoved = piece === 0 ? removed : [];
      if (continues) previous.add(text, pieceRemoved);
      else out.push(new Draft(text, index + 1, pieceRemoved));
      complete = out.at(-1)!.isComplete();
    }
  }
  return out.map((d) => ({ text: d.text, line: d.line, removed: d.removed }));
}

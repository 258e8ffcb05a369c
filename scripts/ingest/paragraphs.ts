/**
 * Turns a source text into paragraphs, repairing what Word/PDF conversion did to it:
 * stray Markdown (#, **), the [bookmark: _GoBack] artifact, lines broken in mid-sentence by
 * page breaks, and spaces around numbers (2019 年底前). Nothing but those artifacts and
 * whitespace is removed: the coverage test holds the output to that.
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

/** Word's hidden bookmark left in the text by some converters. */
const BOOKMARK = /\[bookmark:\s*_GoBack\]/g;
/** Markdown heading marks at a line start. */
const MD_HEADING = /^#{1,6}[ \t]*/;
/** Markdown bold marks anywhere. */
const MD_BOLD = /\*\*/g;

/** A paragraph that ends with one of these is complete; otherwise a page break may have cut it. */
const TERMINAL = /[。！？；：…）)!?;:]$/;
/** A title line ends with the name of its kind; such a line is complete even without punctuation. */
const TITLE_ENDING = /(?:方案|要点|计划|意见|规划|办法|细则|纲要|通知|决定|文件|报告)(?:[（(][^）)]*[）)])?$/;
/** "联系电话：0351-…" and its like: a short label-and-value line is complete as it stands. */
const FIELD_LINE = /^[\u4e00-\u9fff]{2,8}\s*[:：]/;
/** Shorter pieces are header lines (文件头, 联系人), not page-broken body text. */
const MIN_BROKEN_LENGTH = 15;

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u201c\\u201d\\u2018\\u2019';
/** Spaces that separate a CJK character from a number or another CJK character are conversion noise. */
const NOISE_SPACE = new RegExp(
  `(?<=[${CJK}${CJK_PUNCT}])[ \\t\\u00a0\\u3000]+(?=[0-9０-９%％${CJK}])|(?<=[0-9０-９%％])[ \\t\\u00a0\\u3000]+(?=[${CJK}${CJK_PUNCT}])`,
  'g',
);

export function cleanLine(line: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  let text = line.replace(BOOKMARK, (m) => (removed.push(m), ''));
  text = text.trim().replace(MD_HEADING, (m) => (m ? (removed.push(m.trim()), '') : ''));
  text = text.replace(MD_BOLD, (m) => (removed.push(m), ''));
  text = text.replace(NOISE_SPACE, '').trim();
  return { text, removed };
}

export function startsNewBlock(text: string): boolean {
  return DASH_ITEM.test(text) || GOAL_LABEL.test(text) || ATTACHED_LABEL.test(text) || TABLE_ROW.test(text) || headingMarker(text) !== null;
}

/** A numbered line that reads as a heading: one phrase, no sentence inside it. */
export function isHeadingLike(text: string): boolean {
  const marker = headingMarker(text);
  if (!marker) return false;
  const body = text.slice(marker.text.length).replace(/[。.]$/, '');
  return body.length > 0 && body.length <= 60 && !/[。；;！？]/.test(body);
}

function isComplete(text: string): boolean {
  return (
    TERMINAL.test(text) ||
    TITLE_ENDING.test(text) ||
    TABLE_ROW.test(text) ||
    isHeadingLike(text) ||
    text.length < MIN_BROKEN_LENGTH ||
    (FIELD_LINE.test(text) && text.length <= 40)
  );
}

/**
 * Splits on line ends and at the items that run on inside a line, then joins the pieces that a
 * page or line break cut apart.
 */
export function toParagraphs(source: string): Paragraph[] {
  const out: Paragraph[] = [];
  let openBold = false;
  const lines = source.split('\n');
  const cleaned = lines.map(cleanLine);
  const cuts = runOnCuts(cleaned.map((c) => c.text));
  for (const [index, rawLine] of lines.entries()) {
    const { text: lineText, removed } = cleaned[index]!;
    const boldMarks = (rawLine.match(MD_BOLD) ?? []).length;
    if (!lineText) {
      out.at(-1)?.removed.push(...removed);
      if (boldMarks % 2 === 1) openBold = !openBold;
      continue;
    }
    for (const [piece, text] of cutLine(lineText, cuts[index]!).entries()) {
      const previous = out.at(-1);
      // A piece cut at an item marker always starts a paragraph of its own.
      const continues =
        piece === 0 && previous !== undefined && (openBold || (!isComplete(previous.text) && !startsNewBlock(text) && !FIELD_LINE.test(text)));
      const pieceRemoved = piece === 0 ? removed : [];
      if (continues) {
        previous.text = joinPieces(previous.text, text);
        previous.removed.push(...pieceRemoved);
      } else {
        out.push({ text, line: index + 1, removed: pieceRemoved });
      }
    }
    if (boldMarks % 2 === 1) openBold = !openBold;
  }
  return out;
}

/** Chinese pieces join with nothing between them; two Latin words keep a space. */
function joinPieces(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

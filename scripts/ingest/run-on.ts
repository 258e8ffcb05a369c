/**
 * Finds where items start inside a line: a crawler or a PDF copy may drop the paragraph breaks
 * ("…。2．…", "…；（三）…", even a whole body on one line). A marker inside a line is a cut only
 * where the numbering proves it: it continues its own sequence (1→2, （二）→（三）), or opens a new
 * one that the text goes on to continue, or restarts a sequence under a new parent. Numbers in
 * sentences (2.5亿元, 第3条, 三、四月份, dates) never qualify.
 */
import { ATTACHED_LABEL_AT, GOAL_LABEL_INSIDE, headingMarker, markerInside, TABLE_ROW, type Marker } from '../../src/lib/markers.ts';

/** After these an item (numbered or "——") may start: the end of a sentence, a colon, a tag in brackets; never a word (目标——到2025年). */
const ITEM_BOUNDARY = /[。；;：:！？!?）)]/;
/** The end of a sentence: a label run-on is measured from here. */
const SENTENCE_END = /[。；;！？!?]/;
/** A heading title running into its first item is one short phrase: no sentence, no colon. */
const TITLE_BREAK = /[。；;！？!?：:]/;
const MAX_TITLE_LENGTH = 60;
/** Sticky patterns, tried at one position of a line. */
const INLINE_DASH = /(?:——|──)(?=[^—─\s])/y;
const RANKS = 5;

const CN_DIGIT = '〇零一二三四五六七八九';
const DATE = `(?:\\d{4}|[${CN_DIGIT}]{4})年(?:\\d{1,2}|[${CN_DIGIT}十]{1,3})月(?:\\d{1,2}|[${CN_DIGIT}十]{1,3})日`;
/**
 * The signature and date that close a document (湖北省人民政府 2014年6月10日（此件公开发布）): at the end of a
 * line after a sentence or a tag, they are the document's closing, not part of its last item.
 */
const CLOSING = new RegExp(`(?<=[。；;！？!?）)])\\s*[^。；;！？!?，,、：:（）()]{2,40}?(?:政府|办公厅|办公室|委员会|委|厅|局|部|中心|联合会)\\s*${DATE}\\s*(?:印发)?\\s*(?:[（(][^（）()]*[）)])?\\s*$`);
/** Contact lines (联系人：…, 联系电话：…) after a sentence: the notice's or the document's closing, not an item's text. */
const CONTACT_FIELD = /(?:联系人|联系电话|联系方式|电子邮箱|传真)\s*[:：]/y;

interface Candidate {
  line: number;
  index: number;
  marker: Marker;
}

/** Per rank: the last number under the current parent (undefined once a higher item resets it) and the last number ever (0 when unused). */
class Numbering {
  private readonly current: (number | undefined)[] = Array(RANKS + 1).fill(undefined);
  private readonly lastEver: number[] = Array(RANKS + 1).fill(0);

  accept(marker: Marker): void {
    this.current[marker.rank] = marker.value;
    this.lastEver[marker.rank] = marker.value;
    for (let r = marker.rank + 1; r <= RANKS; r++) this.current[r] = undefined;
  }

  /** Whether the marker continues or legitimately (re)opens its sequence; `next` reads the following number of its rank. */
  proves(marker: Marker, next: () => number | undefined): boolean {
    const { rank, value } = marker;
    const current = this.current[rank];
    // Sources repeat or skip a number now and then (（六）（六）, 3. 5.): the sequence still holds.
    if (current !== undefined) return value >= current && value <= current + 2;
    const lastEver = this.lastEver[rank]!;
    if (value === 1) return lastEver > 0 || next() === 2;
    // Documents numbering their items across sections (1–51 under 一、二、三、).
    return lastEver > 0 && value === lastEver + 1;
  }
}

function matchesAt(sticky: RegExp, text: string, index: number): boolean {
  sticky.lastIndex = index;
  return sticky.test(text);
}

/**
 * The character an item would follow, given the last character before it that is no space:
 * closing quotes after a full stop are skipped too (…。”2．…).
 */
function characterBefore(text: string, lastNonSpace: number): string {
  let i = lastNonSpace;
  if (i > 0 && /[”’」』]/.test(text[i]!) && SENTENCE_END.test(text[i - 1]!)) i--;
  return i >= 0 ? text[i]! : '';
}

/** Where a label (责任部门：) that opens the sentence at `start` ends, spaces before it skipped; -1 for none. */
function labelEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  ATTACHED_LABEL_AT.lastIndex = i;
  return ATTACHED_LABEL_AT.test(text) ? ATTACHED_LABEL_AT.lastIndex : -1;
}

function candidatesOf(lines: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [line, text] of lines.entries()) {
    // A table row (cells between " | ") keeps its cells together: nothing in it is cut.
    if (TABLE_ROW.test(text)) continue;
    const start = headingMarker(text);
    if (start) out.push({ line, index: 0, marker: start });
    for (let index = 1; index < text.length; index++) {
      const marker = markerInside(text, index);
      if (marker) out.push({ line, index, marker });
    }
  }
  return out;
}

/** The value of the next marker of the same rank under the same parent (before any higher marker), if any. */
function nextOfRank(candidates: readonly Candidate[], from: number): number | undefined {
  const { rank } = candidates[from]!.marker;
  for (let i = from + 1; i < candidates.length; i++) {
    const next = candidates[i]!.marker;
    if (next.rank === rank) return next.value;
    if (next.rank < rank) return undefined;
  }
  return undefined;
}

/**
 * For each line, the offsets where a new paragraph starts inside it (never 0: a line start is already one).
 * Line-start markers take part in the numbering so that "3．…" on its own line lets "…。4．…" follow.
 */
export function runOnCuts(lines: readonly string[]): number[][] {
  const cuts: number[][] = lines.map(() => []);
  const candidates = candidatesOf(lines);
  const numbering = new Numbering();
  let c = 0;
  for (const [line, text] of lines.entries()) {
    if (TABLE_ROW.test(text)) continue;
    /** The end of the last numbered marker cut in this line: a heading title may run from there into its first item. */
    let headingEnd: number | undefined;
    /** Where the current sentence began: a label line (责任部门：学校部) may run into the next item. */
    let sentenceStart = 0;
    /** Each position looks back and ahead only through what the line's scan keeps, so a line is read in linear time. */
    let lastNonSpace = -1;
    const lastFullStop = text.lastIndexOf('。');
    /** The end of the label that opens the sentence at `labelSentence` (-1: none), found once per sentence. */
    let labelSentence = -1;
    let labelEndsAt = -1;
    const inTitle = (index: number) =>
      headingEnd !== undefined && index > headingEnd && index - headingEnd <= MAX_TITLE_LENGTH && !TITLE_BREAK.test(text.slice(headingEnd, index));
    const afterLabel = (index: number) => {
      if (labelSentence !== sentenceStart) [labelSentence, labelEndsAt] = [sentenceStart, labelEnd(text, sentenceStart)];
      return labelEndsAt !== -1 && labelEndsAt <= index;
    };

    for (let index = 0; index < text.length; index++) {
      const candidate = candidates[c]?.line === line && candidates[c]!.index === index ? candidates[c++] : undefined;
      if (index > 0 && SENTENCE_END.test(text[index - 1]!)) sentenceStart = index;
      if (index > 0 && !/\s/.test(text[index - 1]!)) lastNonSpace = index - 1;
      if (index === 0) {
        if (candidate) {
          numbering.accept(candidate.marker);
          headingEnd = candidate.marker.text.length;
        }
        continue;
      }
      const before = characterBefore(text, lastNonSpace);
      if (candidate) {
        const { marker } = candidate;
        const proven = numbering.proves(marker, () => nextOfRank(candidates, c - 1));
        if (proven && (ITEM_BOUNDARY.test(before) || inTitle(index) || afterLabel(index))) {
          numbering.accept(marker);
          cuts[line]!.push(index);
          headingEnd = index + marker.text.length;
          sentenceStart = index;
        }
        continue;
      }
      // A dash right after a heading title is an item only with sentences after it, not a subtitle (一、强基工程——夯实基础).
      const dashItem = matchesAt(INLINE_DASH, text, index) && (ITEM_BOUNDARY.test(before) || (inTitle(index) && lastFullStop >= index));
      const goalItem = matchesAt(GOAL_LABEL_INSIDE, text, index) && (SENTENCE_END.test(before) || inTitle(index));
      const contact = matchesAt(CONTACT_FIELD, text, index) && (SENTENCE_END.test(before) || /[）)]/.test(before));
      if (dashItem || goalItem || contact) {
        cuts[line]!.push(index);
        headingEnd = undefined;
        sentenceStart = index;
      }
    }
    const closing = CLOSING.exec(text);
    if (closing && closing.index > 0) cuts[line]!.push(closing.index + closing[0].length - closing[0].trimStart().length);
  }
  return cuts;
}

/** A line cut into its pieces, each trimmed; spaces at a cut are the only thing dropped. */
export function cutLine(text: string, offsets: readonly number[]): string[] {
  const bounds = [0, ...[...new Set(offsets)].sort((a, b) => a - b), text.length];
  return bounds.slice(0, -1).map((start, i) => text.slice(start, bounds[i + 1]).trim()).filter(Boolean);
}

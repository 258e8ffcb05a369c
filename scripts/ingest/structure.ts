/**
 * Builds the document's structure from repaired paragraphs: the preamble, the heading outline
 * (一、 → （一） → 1. → （1）), section texts, and clauses — the smallest separately stated work items.
 * Every paragraph ends up in exactly one block, so no text can be lost on the way.
 */
import { printedPlace } from '../../src/lib/clause-place.ts';
import type { ClauseKind } from '../../src/lib/schema.ts';
import { ATTACHED_LABEL, CIRCLED_RANK, DASH_ITEM, GOAL_LABEL, headingMarker, isUnnumbered, printedLabel } from '../../src/lib/markers.ts';
import { isHeadingLike, type Paragraph } from './paragraphs.ts';

export interface HeadingBlock {
  type: 'heading';
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①. */
  rank: number;
  /** Its marker as printed, spaces dropped: 一、 (三) 1． */
  label: string;
  /** Position of this heading among its siblings, 1-based: the source's own numbers may repeat or skip. */
  ordinal: number;
  /** Ordinals of this heading and its ancestors, top first: the heading's address in the outline. */
  address: number[];
  text: string;
  line: number;
}

export interface TextBlock {
  type: 'preamble' | 'section';
  paragraphs: Paragraph[];
}

export interface ClauseBlock {
  type: 'clause';
  kind: ClauseKind;
  /** Texts of the enclosing headings, top first. */
  path: string[];
  /** Address of the innermost enclosing heading plus this clause's position under it. */
  address: number[];
  /** Its marker as printed: "26." "（三）" "——" "主要目标：". */
  label: string;
  /** Its place in the document's own numbers: 三、（一）26. or 三、（一）第2项. */
  place: string;
  paragraphs: Paragraph[];
}

export type Block = HeadingBlock | TextBlock | ClauseBlock;

/** Heading titles whose items are goals or requirements rather than tasks. */
const GOAL_SECTION = /^(?:工作|主要|总体|发展|行动)?目标/;
const REQUIREMENT_SECTION = /^(?:工作要求|基本原则|保障措施|组织保障|有关要求|工作保障|实施保障)/;

function headingTitle(text: string): string {
  const marker = headingMarker(text);
  return marker ? text.slice(marker.text.length) : text;
}

function kindUnder(headings: HeadingBlock[]): ClauseKind {
  for (const h of [...headings].reverse()) {
    const title = headingTitle(h.text);
    if (GOAL_SECTION.test(title)) return 'goal';
    if (REQUIREMENT_SECTION.test(title)) return 'requirement';
  }
  return 'task';
}

/**
 * A numbered paragraph is an item, not a heading, when it says more than one phrase
 * (加强组织领导。各地各单位要…), when labels (推进步骤：, 责任部门：) follow it, or when nothing
 * stands under it before the next item of its own rank (a 工作要点 of one-line items 1. 2. 3.).
 */
function isNumberedItem(paragraphs: Paragraph[], index: number, rank: number): boolean {
  if (!isHeadingLike(paragraphs[index]!.text)) return true;
  for (let j = index + 1; j < paragraphs.length; j++) {
    const next = paragraphs[j]!.text;
    if (ATTACHED_LABEL.test(next)) return true;
    if (DASH_ITEM.test(next) || GOAL_LABEL.test(next)) return false;
    const marker = headingMarker(next);
    // Steps ① ② under a numbered line say nothing about it; read on to what follows them.
    if (marker?.rank === CIRCLED_RANK && rank !== CIRCLED_RANK) continue;
    // Text under it makes it a heading; a sibling (or higher) right after it makes it an item.
    if (marker) return j === index + 1 && marker.rank <= rank;
  }
  return index + 1 === paragraphs.length;
}

export function buildStructure(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  const headings: HeadingBlock[] = [];
  /** How many headings of each rank, and clauses, the current parent already has. */
  const childCounts: number[] = [0];
  /** How many "——" items the current parent already has: they are cited by this count. */
  const unnumberedCounts: number[] = [0];
  let started = false;
  let lastClause: ClauseBlock | undefined;
  /** Plain paragraphs after a clause: its continuation if a label follows, else section text. */
  let pending: Paragraph[] = [];

  const flushPending = () => {
    if (pending.length === 0) return;
    const last = blocks.at(-1);
    if (last && last.type === 'section') last.paragraphs.push(...pending);
    else blocks.push({ type: started ? 'section' : 'preamble', paragraphs: pending });
    pending = [];
  };

  const openClause = (kind: ClauseKind, paragraph: Paragraph) => {
    flushPending();
    const parent = headings.at(-1);
    const position = ++childCounts[childCounts.length - 1]!;
    // Only called for paragraphs that open with a marker, a "——" or a goal label.
    const label = printedLabel(paragraph.text)!;
    const unnumbered = isUnnumbered(label) ? ++unnumberedCounts[unnumberedCounts.length - 1]! : 0;
    lastClause = {
      type: 'clause',
      kind,
      path: headings.map((h) => h.text),
      address: [...(parent?.address ?? []), position],
      label,
      place: printedPlace(headings.map((h) => h.label), label, unnumbered),
      paragraphs: [paragraph],
    };
    blocks.push(lastClause);
  };

  for (const [index, paragraph] of paragraphs.entries()) {
    const text = paragraph.text;
    let marker = headingMarker(text);
    // ① ② after an item of another kind are its steps, not items of their own: plain paragraphs like any other.
    if (marker?.rank === CIRCLED_RANK && lastClause && headingMarker(lastClause.label)?.rank !== CIRCLED_RANK) marker = null;
    // The body starts at the first 一、/（一） heading, or at the first 1. or （1） item of a plan without such headings.
    const startsBody =
      (marker !== null && (marker.rank <= 2 ? isHeadingLike(text) : marker.rank !== CIRCLED_RANK)) || DASH_ITEM.test(text);
    if (!started && !startsBody) {
      pending.push(paragraph);
      continue;
    }
    if (!started) {
      flushPending();
      started = true;
    }

    if (ATTACHED_LABEL.test(text) && lastClause) {
      lastClause.paragraphs.push(...pending, paragraph);
      pending = [];
    } else if (DASH_ITEM.test(text)) {
      openClause(kindUnder(headings), paragraph);
    } else if (GOAL_LABEL.test(text)) {
      openClause('goal', paragraph);
    } else if (marker && (marker.rank === 1 || !isNumberedItem(paragraphs, index, marker.rank))) {
      flushPending();
      lastClause = undefined;
      while (headings.length > 0 && headings.at(-1)!.rank >= marker.rank) {
        headings.pop();
        childCounts.pop();
        unnumberedCounts.pop();
      }
      const ordinal = ++childCounts[childCounts.length - 1]!;
      const heading: HeadingBlock = {
        type: 'heading',
        rank: marker.rank,
        label: marker.text.replace(/\s+/g, ''),
        ordinal,
        address: [...(headings.at(-1)?.address ?? []), ordinal],
        text,
        line: paragraph.line,
      };
      headings.push(heading);
      childCounts.push(0);
      unnumberedCounts.push(0);
      blocks.push(heading);
    } else if (marker) {
      openClause(kindUnder(headings), paragraph);
    } else {
      pending.push(paragraph);
    }
  }
  flushPending();
  return blocks;
}

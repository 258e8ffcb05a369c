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

/** Heading titles whose items are goals or requirements rather than tasks; the innermost titled heading decides. */
const GOAL_SECTION = /^(?:工作|主要|总体|发展|行动|具体|预期|阶段)?目标/;
const REQUIREMENT_SECTION = /^(?:工作要求|基本原则|有关要求|相关要求|工作原则)/;
/** Sections that organise the work: their items are tasks even inside a 要求 part. */
const TASK_SECTION = /^(?:保障措施|组织保障|工作保障|实施保障|组织领导|组织实施|落实责任)/;

/**
 * Titles that name a part of the plan's frame rather than a piece of work: a numbered paragraph with
 * such a title is a heading even with its text run on (一、指导思想全面贯彻… when the line breaks
 * were lost, （三）主要目标。到2020年…). 组织实施 and 组织领导 can also open an item
 * (组织实施青年创业计划), so they count only standing alone.
 */
const FRAME_TITLE =
  /^(?:指导思想|总体要求|总体思路|基本思路|工作思路|基本原则|工作原则|(?:工作|主要|总体|发展|行动|具体|预期|阶段)目标|目标任务|工作要求|有关要求|相关要求|行动主题|活动主题|行动时间|活动时间|实施时间|实施范围|适用范围|附则|保障措施|组织保障|工作保障|实施保障|(?:目标|组织领导|组织实施|落实责任|其他事项|其他)(?=$|[。．.：:，,；;（(]))/;

function headingTitle(text: string): string {
  const marker = headingMarker(text);
  return marker ? text.slice(marker.text.length) : text;
}

function kindUnder(headings: HeadingBlock[]): ClauseKind {
  for (const h of [...headings].reverse()) {
    const title = headingTitle(h.text);
    if (GOAL_SECTION.test(title)) return 'goal';
    if (REQUIREMENT_SECTION.test(title)) return 'requirement';
    if (TASK_SECTION.test(title)) return 'task';
  }
  return 'task';
}

/**
 * A numbered paragraph (一、 as well as 1.) is an item unless something stands under it: items of a lower
 * rank or "——" items make it their heading, and its text their introduction (（二）青年人才计划。重点实施以下项目：).
 * Plain paragraphs under it are its own text (a measure whose title stands on a line of its own); labels
 * (推进步骤：, 责任部门：) belong to it. Steps ① ② make a bare title their heading, unless labels follow them,
 * and so does a line under a title without a full stop that is no sentence.
 * A title that names a part of the frame makes a heading.
 */
function isNumberedItem(paragraphs: Paragraph[], index: number, rank: number): boolean {
  const text = paragraphs[index]!.text;
  if (FRAME_TITLE.test(headingTitle(text))) return false;
  let steps = false;
  for (let j = index + 1; j < paragraphs.length; j++) {
    const next = paragraphs[j]!.text;
    if (ATTACHED_LABEL.test(next)) return true;
    if (DASH_ITEM.test(next) || GOAL_LABEL.test(next)) return false;
    const marker = headingMarker(next);
    // A bare title (no full stop) over a line that is no sentence (联系人：…, a slogan) heads that text.
    if (!marker && j === index + 1 && isHeadingLike(text) && !/[。.]$/.test(text) && !continuesItem(next)) return false;
    // ① ② under a numbered line are steps of an item or items under a title: what follows them tells.
    if (marker?.rank === CIRCLED_RANK && rank !== CIRCLED_RANK) {
      steps = true;
      continue;
    }
    if (marker) return marker.rank <= rank && !(steps && isHeadingLike(text));
  }
  return !(steps && isHeadingLike(text));
}

/** "附件：" opens the list of attachments by title (附件：1．…方案 / 2．…表): those numbered lines are not items. */
const ATTACHMENTS = /^附件\s*[:：]/;

/** A unit tag in brackets at the end of a paragraph ((牵头单位：…), (教育部牵头), (X负责)) closes its item. */
const CLOSING_TAG = /[（(][^（）()]*(?:牵头|负责|单位|部门|配合|参与)[^（）()]*[）)][。；;]?$/;

/**
 * Plain paragraphs with a sentence, or a tag standing on its own line, may continue an item; short lines
 * without a sentence (signature, date, 附件, 抄送) close a document and never do.
 */
function continuesItem(text: string): boolean {
  return /[。；;！？!?]/.test(text) || CLOSING_TAG.test(text);
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
  /** Whether the last clause may still take plain paragraphs: not once its tag or labels have closed it. */
  let clauseOpen = false;
  /** Plain paragraphs after a clause: its continuation if a label follows, else section text. */
  let pending: Paragraph[] = [];

  const flushPending = () => {
    if (pending.length === 0) return;
    const last = blocks.at(-1);
    if (last && last.type === 'section') last.paragraphs.push(...pending);
    else blocks.push({ type: started ? 'section' : 'preamble', paragraphs: pending });
    pending = [];
  };

  /** A numbered paragraph closes the headings of its own rank and below: 5． after the sub-items of 4． is 4．'s sibling. */
  const closeHeadings = (rank: number) => {
    while (headings.length > 0 && headings.at(-1)!.rank >= rank) {
      headings.pop();
      childCounts.pop();
      unnumberedCounts.pop();
    }
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
    clauseOpen = !CLOSING_TAG.test(paragraph.text);
    blocks.push(lastClause);
  };

  let inAttachments = false;

  for (const [index, paragraph] of paragraphs.entries()) {
    const text = paragraph.text;
    const numbered = headingMarker(text);
    inAttachments = ATTACHMENTS.test(text) || (inAttachments && numbered?.rank === 3 && !continuesItem(text));
    let marker = inAttachments ? null : numbered;
    // ① ② after an item of another kind are its steps, not items of their own: plain paragraphs like any other.
    if (marker?.rank === CIRCLED_RANK && lastClause && headingMarker(lastClause.label)?.rank !== CIRCLED_RANK) marker = null;
    // The body starts at the first numbered paragraph (a step ① does not start it) or "——" item.
    if (!started && !((marker !== null && marker.rank !== CIRCLED_RANK) || DASH_ITEM.test(text))) {
      pending.push(paragraph);
      continue;
    }
    if (!started) {
      flushPending();
      started = true;
    }

    if (ATTACHED_LABEL.test(text) && lastClause) {
      lastClause.paragraphs.push(...pending, paragraph);
      clauseOpen = false;
      pending = [];
    } else if (DASH_ITEM.test(text)) {
      openClause(kindUnder(headings), paragraph);
    } else if (GOAL_LABEL.test(text)) {
      openClause('goal', paragraph);
    } else if (marker && !isNumberedItem(paragraphs, index, marker.rank)) {
      flushPending();
      lastClause = undefined;
      closeHeadings(marker.rank);
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
      closeHeadings(marker.rank);
      openClause(kindUnder(headings), paragraph);
    } else if (lastClause && clauseOpen && pending.length === 0 && continuesItem(text)) {
      // Plain paragraphs after an item continue it (a goal and its targets, a measure of several paragraphs).
      lastClause.paragraphs.push(paragraph);
      clauseOpen = !CLOSING_TAG.test(text);
    } else {
      pending.push(paragraph);
    }
  }
  flushPending();
  return blocks;
}

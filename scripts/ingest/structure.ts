/**
 * Builds the document's structure from repaired paragraphs: the preamble, the heading outline
 * (一、 → （一） → 1. → （1）), section texts, and clauses — the smallest separately stated work items.
 * Every paragraph ends up in exactly one block, so no text can be lost on the way.
 */
import type { ClauseKind } from '../../src/lib/schema.ts';
import { ATTACHED_LABEL, DASH_ITEM, GOAL_LABEL, headingMarker } from '../../src/lib/markers.ts';
import type { Paragraph } from './paragraphs.ts';

export interface HeadingBlock {
  type: 'heading';
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①. */
  rank: number;
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
  paragraphs: Paragraph[];
}

export type Block = HeadingBlock | TextBlock | ClauseBlock;

/** Heading titles whose items are goals or requirements rather than tasks; the innermost titled heading decides. */
const GOAL_SECTION = /^(?:工作|主要|总体|发展|行动)?目标/;
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
  /^(?:指导思想|总体要求|总体思路|基本思路|工作思路|基本原则|工作原则|(?:工作|主要|总体|发展|行动|预期)目标|目标任务|工作要求|有关要求|相关要求|行动主题|活动主题|行动时间|活动时间|实施时间|实施范围|适用范围|附则|保障措施|组织保障|工作保障|实施保障|(?:目标|组织领导|组织实施|落实责任|其他事项|其他)(?=$|[。．.：:，,；;（(]))/;

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
 * (推进步骤：, 责任部门：) belong to it. A title that names a part of the frame makes a heading.
 */
function isNumberedItem(paragraphs: Paragraph[], index: number, rank: number): boolean {
  if (FRAME_TITLE.test(headingTitle(paragraphs[index]!.text))) return false;
  for (let j = index + 1; j < paragraphs.length; j++) {
    const next = paragraphs[j]!.text;
    if (ATTACHED_LABEL.test(next)) return true;
    if (DASH_ITEM.test(next) || GOAL_LABEL.test(next)) return false;
    const marker = headingMarker(next);
    if (marker) return marker.rank <= rank;
  }
  return true;
}

/** "附件：" opens the list of attachments by title (附件：1．…方案 / 2．…表): those numbered lines are not items. */
const ATTACHMENTS = /^附件\s*[:：]/;

/** Short lines without a sentence (signature, date, 附件, 抄送) close a document; they never continue an item. */
function continuesItem(text: string): boolean {
  return /[。；;！？!?]/.test(text);
}

export function buildStructure(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  const headings: HeadingBlock[] = [];
  /** How many headings of each rank, and clauses, the current parent already has. */
  const childCounts: number[] = [0];
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

  /** A numbered paragraph closes the headings of its own rank and below: 5． after the sub-items of 4． is 4．'s sibling. */
  const closeHeadings = (rank: number) => {
    while (headings.length > 0 && headings.at(-1)!.rank >= rank) {
      headings.pop();
      childCounts.pop();
    }
  };

  const openClause = (kind: ClauseKind, paragraph: Paragraph) => {
    flushPending();
    const parent = headings.at(-1);
    const position = ++childCounts[childCounts.length - 1]!;
    lastClause = {
      type: 'clause',
      kind,
      path: headings.map((h) => h.text),
      address: [...(parent?.address ?? []), position],
      paragraphs: [paragraph],
    };
    blocks.push(lastClause);
  };

  let inAttachments = false;

  for (const [index, paragraph] of paragraphs.entries()) {
    const text = paragraph.text;
    const numbered = headingMarker(text);
    inAttachments = ATTACHMENTS.test(text) || (inAttachments && numbered?.rank === 3 && !continuesItem(text));
    const marker = inAttachments ? null : numbered;
    // The body starts at the first numbered paragraph or "——" item.
    if (!started && !(marker !== null || DASH_ITEM.test(text))) {
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
    } else if (marker && !isNumberedItem(paragraphs, index, marker.rank)) {
      flushPending();
      lastClause = undefined;
      closeHeadings(marker.rank);
      const ordinal = ++childCounts[childCounts.length - 1]!;
      const heading: HeadingBlock = {
        type: 'heading',
        rank: marker.rank,
        ordinal,
        address: [...(headings.at(-1)?.address ?? []), ordinal],
        text,
        line: paragraph.line,
      };
      headings.push(heading);
      childCounts.push(0);
      blocks.push(heading);
    } else if (marker) {
      closeHeadings(marker.rank);
      openClause(kindUnder(headings), paragraph);
    } else if (lastClause && pending.length === 0 && continuesItem(text)) {
      // Plain paragraphs after an item continue it (a goal and its targets, a measure of several paragraphs).
      lastClause.paragraphs.push(paragraph);
    } else {
      pending.push(paragraph);
    }
  }
  flushPending();
  return blocks;
}

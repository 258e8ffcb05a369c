/**
 * The numbering and labels of Chinese official documents (党政机关公文格式):
 * 一、 → （一） → 1. → （1） → ①, plus "——" items and label lines such as 推进步骤： and 责任部门：.
 * Half- and full-width variants (1. 1． 1、 ⒈, (一) （一）, (1) （1） 1） ⑴) are the same marker.
 */
import { parseNumber } from './chinese-numbers.ts';

const CN_NUM = '[一二三四五六七八九十百零〇]+';
/** Item numbers in running text stay below 100: 一 … 九十九. */
const CN_ITEM = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]';

/** ⒈ … ⒛ (digit full stop), ⑴ … ⒇ (parenthesized digit), ① … ⑳ (circled digit): one character each. */
const FULL_STOP_DIGIT = '[\u2488-\u249b]';
const PAREN_DIGIT = '[\u2474-\u2487]';
const CIRCLED_DIGIT = '[\u2460-\u2473]';

type Rank = 1 | 2 | 3 | 4 | 5;

/** Heading ranks in the official hierarchy; a smaller rank is a higher level. */
const MARKER_PATTERNS: readonly { rank: Rank; pattern: RegExp }[] = [
  { rank: 1, pattern: new RegExp(`^${CN_NUM}\\s*[、．.]\\s*`) },
  { rank: 2, pattern: new RegExp(`^[（(]\\s*${CN_NUM}\\s*[）)]\\s*`) },
  { rank: 3, pattern: new RegExp(`^(?:${DIGITS}{1,3}\\s*(?:[.．、](?!${DIGITS})|\\s(?=[\\u4e00-\\u9fff]))|${FULL_STOP_DIGIT})\\s*`) },
  { rank: 4, pattern: new RegExp(`^(?:[（(]\\s*${DIGITS}{1,3}\\s*[）)]|${DIGITS}{1,2}[）)]|${PAREN_DIGIT})\\s*`) },
  { rank: 5, pattern: new RegExp(`^${CIRCLED_DIGIT}\\s*`) },
];

/**
 * The same markers where they stand inside a line, written tightly as items are (no spaces, no
 * 100+ numbers), and not followed by another numeral: 三、四月份, 1、2年级 and 2.5亿元 are not items.
 */
const INLINE_PATTERNS: readonly { rank: Rank; pattern: RegExp }[] = [
  { rank: 1, pattern: new RegExp(`${CN_ITEM}[、．.](?![一二三四五六七八九十两〇零]|${DIGITS})`, 'y') },
  { rank: 2, pattern: new RegExp(`[（(]${CN_ITEM}[）)]`, 'y') },
  { rank: 3, pattern: new RegExp(`(?:${DIGITS}{1,2}[.．、](?!${DIGITS}|[%％])|${FULL_STOP_DIGIT})`, 'y') },
  { rank: 4, pattern: new RegExp(`(?:[（(]?${DIGITS}{1,2}[）)]|${PAREN_DIGIT})`, 'y') },
  { rank: 5, pattern: new RegExp(CIRCLED_DIGIT, 'y') },
];

/**
 * A marker cannot follow a numeral, a Latin letter, an enumeration comma or an ordinal prefix:
 * H5、, 第三、, 一、二、三等奖, （1、2） are not items.
 */
const NOT_BEFORE_INLINE = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ一二三四五六七八九十百千万零〇两第、．.（(＠@]/;

/** ① … ⑳: the lowest rank, usually the steps of an item rather than items of their own. */
export const CIRCLED_RANK = 5;

/** "——" (two em dashes, sometimes one, or box-drawing look-alikes) opens a dash item. */
export const DASH_ITEM = /^(?:—{1,2}|──|－－|--)\s*/;

/** The labels of unit tags in every spelling: 牵头单位, 牵头部门, 责任单位, 牵头责任单位, 配合部门, 协办单位, 参与单位, 协同单位, 主责处室, 责任主体 … */
export const UNIT_LABEL = '(?:牵头|主要)?(?:牵头|主责|责任|配合|协办|参与|协同|协助|协作)(?:单位|部门|处室)|责任主体';

/** Label lines that belong to the item above them (Shanxi task-division style and its neighbours). */
const ATTACHED_LABEL_TEXT = `[（(]?\\s*(?:推进步骤|${UNIT_LABEL}|完成时限|完成时间|时间安排|进度安排)\\s*[:：]`;
export const ATTACHED_LABEL = new RegExp(`^${ATTACHED_LABEL_TEXT}`);
/** The same label at a given position inside a line (sticky). */
export const ATTACHED_LABEL_AT = new RegExp(ATTACHED_LABEL_TEXT, 'y');

/** A row of table cells on one line, " | " between the cells: how the Word reader writes a table row. */
export const CELL_SEPARATOR = ' | ';
export const TABLE_ROW = / \| /;

/** "主要目标：" opens a goal item inside a section (Shanxi style); the sticky form finds it inside a line. */
const GOAL_LABEL_TEXT = '主要目标\\s*[:：]\\s*';
export const GOAL_LABEL = new RegExp(`^${GOAL_LABEL_TEXT}`);
export const GOAL_LABEL_INSIDE = new RegExp(GOAL_LABEL_TEXT, 'y');

export interface Marker {
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①. */
  rank: Rank;
  /** The marker as written, spaces included. */
  text: string;
  /** The number it gives the item: 三十、 → 30, ⑵ → 2. */
  value: number;
}

function markerValue(text: string): number {
  const symbol = text.trim().codePointAt(0)!;
  for (const first of [0x2460, 0x2474, 0x2488]) {
    if (symbol >= first && symbol < first + 20) return symbol - first + 1;
  }
  return parseNumber(text.replace(/[\s（()）、．.]/g, '')) ?? 0;
}

export function headingMarker(text: string): Marker | null {
  for (const { rank, pattern } of MARKER_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { rank, text: m[0], value: markerValue(m[0]) };
  }
  return null;
}

/** The item marker that starts at `index` inside a line, or null where none can start there. */
export function markerInside(text: string, index: number): Marker | null {
  if (index > 0 && NOT_BEFORE_INLINE.test(text[index - 1]!)) return null;
  for (const { rank, pattern } of INLINE_PATTERNS) {
    pattern.lastIndex = index;
    const m = pattern.exec(text);
    if (m) return { rank, text: m[0], value: markerValue(m[0]) };
  }
  return null;
}

/**
 * The marker that opens a heading or item, as the document prints it but without its spaces:
 * "26." "（三）" "1．" "一、" "——" "主要目标：". Null for a paragraph that opens with none.
 */
export function printedLabel(text: string): string | null {
  const marker = headingMarker(text)?.text ?? DASH_ITEM.exec(text)?.[0] ?? GOAL_LABEL.exec(text)?.[0];
  return marker === undefined ? null : marker.replace(/\s+/g, '');
}

/** A "——" item carries no number of its own: it is found by its position under its heading. */
export function isUnnumbered(label: string): boolean {
  return DASH_ITEM.test(label);
}

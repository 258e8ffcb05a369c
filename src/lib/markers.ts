/**
 * The numbering and labels of Chinese official documents (党政机关公文格式):
 * 一、 → （一） → 1. → （1） → ①, plus "——" items and label lines such as 推进步骤： and 责任部门：.
 * Half- and full-width variants (1. 1． 1、, (一) （一）) are the same marker.
 */

const CN_NUM = '[一二三四五六七八九十百零〇]+';

/** Heading ranks in the official hierarchy; a smaller rank is a higher level. */
const MARKER_PATTERNS = [
  { rank: 1, pattern: new RegExp(`^${CN_NUM}\\s*[、．.]\\s*`) },
  { rank: 2, pattern: new RegExp(`^[（(]\\s*${CN_NUM}\\s*[）)]\\s*`) },
  { rank: 3, pattern: /^[0-9０-９]{1,3}\s*(?:[.．、](?![0-9０-９])|\s(?=[\u4e00-\u9fff]))\s*/ },
  { rank: 4, pattern: /^[（(]\s*[0-9０-９]{1,3}\s*[）)]\s*/ },
  { rank: 5, pattern: /^[\u2460-\u2473]\s*/ },
] as const;

/** ① … ⑳: the lowest rank, usually the steps of an item rather than items of their own. */
export const CIRCLED_RANK = 5;

/** "——" (two em dashes, sometimes one, or box-drawing look-alikes) opens a dash item. */
export const DASH_ITEM = /^(?:—{1,2}|──|－－|--)\s*/;

/** The labels of unit tags in every spelling: 牵头单位, 牵头部门, 责任单位, 牵头责任单位, 配合部门, 协办单位, 参与单位, 协同单位, 主责处室, 责任主体 … */
export const UNIT_LABEL = '(?:牵头|主要)?(?:牵头|主责|责任|配合|协办|参与|协同|协助|协作)(?:单位|部门|处室)|责任主体';

/** Label lines that belong to the item above them (Shanxi task-division style and its neighbours). */
export const ATTACHED_LABEL = new RegExp(`^[（(]?\\s*(?:推进步骤|${UNIT_LABEL}|完成时限|完成时间|时间安排|进度安排)\\s*[:：]`);

/** A row of table cells on one line, " | " between the cells: how the Word reader writes a table row. */
export const CELL_SEPARATOR = ' | ';
export const TABLE_ROW = / \| /;

/** "主要目标：" opens a goal item inside a section (Shanxi style). */
export const GOAL_LABEL = /^主要目标\s*[:：]\s*/;

export interface Marker {
  rank: 1 | 2 | 3 | 4 | 5;
  /** The marker as written, spaces included. */
  text: string;
}

export function headingMarker(text: string): Marker | null {
  for (const { rank, pattern } of MARKER_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { rank, text: m[0] };
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

/**
 * Reads the unit tags of a clause: （牵头单位：宣传部，责任单位：组织部、基层组织建设部）,
 * a line 责任部门：学校部、组织部, 牵头部门：…, 配合单位：…, several tags in one item.
 * Returns names as written with their role; resolving them to canonical units is the registry's job.
 */
import type { UnitRole } from './schema.ts';

const ROLE_WORDS: readonly { word: RegExp; role: UnitRole }[] = [
  { word: /牵头(?:单位|部门)/, role: 'lead' },
  { word: /(?:责任|配合|协办|参与)(?:单位|部门)/, role: 'responsible' },
];

/** A role word with its colon: where a tag's list of names begins. */
const TAG_START = /(牵头(?:单位|部门)|(?:责任|配合|协办|参与)(?:单位|部门))\s*[:：]\s*/g;

export interface TagName {
  raw: string;
  role: UnitRole;
  /** Offset of the name in the text, for line numbers in warnings. */
  offset: number;
}

export interface TagProblem {
  offset: number;
  message: string;
}

export function roleOf(word: string): UnitRole {
  return ROLE_WORDS.find((r) => r.word.test(word))?.role ?? 'responsible';
}

/**
 * Every name in every tag of the text. A tag's list ends at the next role word, a closing bracket
 * that closes the tag, a full stop or a line end. Names are split on 、 ， ；, never inside brackets.
 */
export function parseUnitTags(text: string): { names: TagName[]; problems: TagProblem[] } {
  const names: TagName[] = [];
  const problems: TagProblem[] = [];
  const starts = [...text.matchAll(TAG_START)];
  for (const [i, m] of starts.entries()) {
    const role = roleOf(m[1]!);
    const from = m.index + m[0].length;
    const limit = starts[i + 1]?.index ?? text.length;
    const list = readList(text, from, limit);
    if (list.length === 0) {
      problems.push({ offset: m.index, message: `tag “${m[1]}：” names no unit; expected names separated by 、` });
    }
    for (const item of list) names.push({ ...item, role });
  }
  return { names, problems };
}

/** Reads 、-separated names from `from` up to `limit`, stopping at the bracket that closes the tag. */
function readList(text: string, from: number, limit: number): { raw: string; offset: number }[] {
  const out: { raw: string; offset: number }[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    const raw = text.slice(start, end).trim().replace(/[。；;，,]+$/, '');
    if (raw) out.push({ raw, offset: start + (text.slice(start, end).length - text.slice(start, end).trimStart().length) });
  };
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if ('（(〈<【《'.includes(c)) depth++;
    else if ('）)〉>】》'.includes(c)) {
      if (depth === 0) {
        push(i);
        return out;
      }
      depth--;
    } else if (depth === 0 && '、，,；;'.includes(c)) {
      push(i);
      start = i + 1;
    } else if (depth === 0 && (c === '\n' || c === '。')) {
      push(i);
      return out;
    }
  }
  push(limit);
  return out;
}

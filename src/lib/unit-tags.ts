/**
 * Reads the unit tags of a clause.
 * Labelled: （牵头单位：宣传部，责任单位：组织部）, a line 责任部门：学校部、组织部, 牵头部门 / 配合单位 / 协办单位 /
 * 参与单位 with ：or :, several tags in one item.
 * Unlabelled, as national and municipal plans write them: （教育部牵头，各有关部门按职责分工负责）, （X会同有关部门负责）,
 * （X、Y负责）, a closing 由X牵头，Y配合。, and bare lists （X、Y）; where the document declares it
 * (列第一位者为牵头单位), the first unit of every unlabelled tag leads.
 * Returns names as written with their role; resolving them to canonical units is the registry's job.
 */
import type { UnitRole } from './schema.ts';
import { UNIT_LABEL } from './markers.ts';
import { RangeIndex } from './text-ranges.ts';
import { coreUnitName, isCollective, isUnitName, UNIT_ENDING } from './unit-names.ts';

/** A role word with its colon: where a labelled tag's list of names begins. */
const TAG_START = new RegExp(`(${UNIT_LABEL})\\s*[:：]\\s*`, 'g');
const HAS_LABEL = new RegExp(TAG_START.source);

/** The declaration that the first unit of every tag leads: 列第一位者为牵头单位, 排在第一位的部门为牵头部门, 列第一位的责任单位为牵头单位, 第一个单位为牵头单位. */
const POSITIONAL_RULE = /(?:列|排|排名|排序|位列)(?:在|于)?(?:第一位|第一个|第一|首位)[^，,。；;]{0,8}?(?:为|是)牵头|第一个(?:单位|部门)(?:为|是)牵头/;

/** What an unlabelled tag says a unit does, longest first so 牵头负责 is not read as 负责. */
const VERBS: readonly { word: string; role: UnitRole }[] = [
  ...['牵头负责', '负责牵头', '牵头落实', '牵头实施', '牵头推进', '牵头组织', '牵头抓总', '牵头起草', '为牵头单位', '为牵头部门', '牵头'].map((word) => ({ word, role: 'lead' as const })),
  ...[
    '按照职责分工负责', '按职责分工负责', '按职能分工负责', '按职责分工落实', '按各自职责负责', '按职责负责', '分工负责', '共同负责', '具体负责',
    '分别负责', '负总责', '负责落实', '负责实施', '负责推进', '负责组织', '负责起草', '配合落实', '配合实施', '参与实施', '协助落实', '组织实施', '组织落实',
    '抓好落实', '督促落实', '为责任单位', '为责任部门', '为配合单位', '为配合部门', '为参与单位', '负责', '配合', '参与', '协助', '协办', '落实',
    '参加', '起草',
  ].map((word) => ({ word, role: 'responsible' as const })),
].sort((a, b) => b.word.length - a.word.length);

/** 会同 followed by a category, not a unit: "X会同有关部门" is one name whose core is X. */
const GENERIC_PARTNERS = /^(?:其他|各)?(?:有关|相关)(?:部门|单位|方面)$/;
const OPEN = '（(〈<【《［[';
const CLOSE = '）)〉>】》］]';

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

export interface TagOptions {
  /** The document declares that the first unit of a tag leads (see declaresPositionalLead). */
  positionalLead?: boolean;
}

/** A stretch of the text with where it starts. */
interface Piece {
  text: string;
  offset: number;
}

/** A unit name; `marked` when the text says right after it that it leads: 市教育局（牵头）. */
interface NamePiece extends Piece {
  marked?: boolean;
}

/** The mark after a name that makes it the lead of its list. */
const LEAD_MARK = /[（(](?:牵头|牵头单位|牵头部门|主责)[）)]$/;

function withLeadMark(piece: Piece): NamePiece {
  const mark = LEAD_MARK.exec(piece.text);
  return mark ? { text: piece.text.slice(0, mark.index).trim(), offset: piece.offset, marked: true } : piece;
}

type Part = { kind: 'tag'; role: UnitRole; names: NamePiece[] } | { kind: 'bare'; names: NamePiece[] } | { kind: 'other' };

export function roleOf(label: string): UnitRole {
  return /牵头|主责/.test(label) ? 'lead' : 'responsible';
}

/** Whether the document says that the first-listed unit of a tag leads (usually once, with 下同). */
export function declaresPositionalLead(documentText: string): boolean {
  return POSITIONAL_RULE.test(documentText);
}

/** Every name in every tag of the text, labelled tags first, then unlabelled ones in text order. */
export function parseUnitTags(text: string, options: TagOptions = {}): { names: TagName[]; problems: TagProblem[] } {
  const labelled = parseLabelledTags(text, options.positionalLead ?? false);
  const unlabelled = parseUnlabelledTags(text, labelled.spans, options.positionalLead ?? false);
  return { names: [...labelled.names, ...unlabelled], problems: labelled.problems };
}

/**
 * Labelled tags. A tag's list ends at the next role word, a closing bracket that closes the tag,
 * a full stop or a line end, or at a piece after a comma that is no unit name (…，2018年底前完成).
 * A name marked 市教育局（牵头） leads; where the document declares the positional rule and no label or
 * mark says who leads, the first unit of each list does.
 */
function parseLabelledTags(text: string, positionalLead: boolean): { names: TagName[]; problems: TagProblem[]; spans: Array<[number, number]> } {
  const lists: { role: UnitRole; names: NamePiece[] }[] = [];
  const problems: TagProblem[] = [];
  const spans: Array<[number, number]> = [];
  const starts = [...text.matchAll(TAG_START)];
  for (const [i, m] of starts.entries()) {
    const from = m.index + m[0].length;
    const limit = starts[i + 1]?.index ?? text.length;
    const { items, end } = readList(text, from, limit);
    spans.push([m.index, end]);
    if (items.length === 0) {
      problems.push({ offset: m.index, message: `tag “${m[1]}：” names no unit; expected names separated by 、` });
    }
    lists.push({ role: roleOf(m[1]!), names: items.map(withLeadMark) });
  }
  const anyLead = lists.some((l) => l.role === 'lead' || l.names.some((n) => n.marked));
  const names = lists.flatMap(({ role, names }) =>
    names.map((name, index): TagName => {
      const positional = positionalLead && !anyLead && index === 0 && !isCollective(name.text);
      return { raw: name.text, offset: name.offset, role: name.marked || positional ? 'lead' : role };
    }),
  );
  return { names, problems, spans };
}

/** Reads the names of a labelled list from `from` up to `limit`, stopping at the bracket that closes the tag. */
function readList(text: string, from: number, limit: number): { items: Piece[]; end: number } {
  const items: Piece[] = [];
  let depth = 0;
  let start = from;
  /** Adds the piece before `end`; false when a piece after a comma is no name and so ends the list. */
  const push = (end: number, afterComma: boolean): boolean => {
    const piece = trimmed(text.slice(start, end).replace(/[。；;，,]+\s*$/, ''), start);
    if (!piece.text) return true;
    if (afterComma && !isUnitName(coreUnitName(piece.text))) return false;
    items.push(piece);
    return true;
  };
  let afterComma = false;
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      if (depth === 0) {
        push(i, afterComma);
        return { items, end: i + 1 };
      }
      depth--;
    } else if (depth === 0 && '、，,；;'.includes(c)) {
      if (!push(i, afterComma)) return { items, end: i };
      afterComma = c !== '、';
      start = i + 1;
    } else if (depth === 0 && (c === '\n' || c === '。')) {
      push(i, afterComma);
      return { items, end: i };
    }
  }
  push(limit, afterComma);
  return { items, end: limit };
}

function trimmed(text: string, offset: number): Piece {
  const lead = text.length - text.trimStart().length;
  return { text: text.trim(), offset: offset + lead };
}

/** Splits a piece at the separators that stand outside brackets. */
function splitTopLevel(piece: Piece, separators: string): { part: Piece; separator: string }[] {
  const out: { part: Piece; separator: string }[] = [];
  let depth = 0;
  let start = 0;
  let separator = '';
  const { text } = piece;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c !== undefined && OPEN.includes(c)) depth++;
    else if (c !== undefined && CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === undefined || (depth === 0 && separators.includes(c))) {
      out.push({ part: trimmed(text.slice(start, i), piece.offset + start), separator });
      separator = c ?? '';
      start = i + 1;
    }
  }
  return out;
}

/**
 * The names of an unlabelled tag's subject: 教育部、财政部 / X会同Y / X及Y / 人民银行等, or undefined when
 * any piece is no unit name. 和 / 及 / 与 split only where both sides are names (工业和信息化部 stays whole,
 * and so does the collective 各有关部门和单位).
 */
function readNames(piece: Piece): NamePiece[] | undefined {
  if (!piece.text) return undefined;
  const names: NamePiece[] = [];
  for (const { part } of splitTopLevel(piece, '、')) {
    for (const name of splitPartners(withLeadMark(part))) {
      if (!isUnitName(coreUnitName(name.text))) return undefined;
      names.push(name);
    }
  }
  return names;
}

/** X会同Y → X, Y; X会同有关部门 stays one name; X及Y, X与Y, X和Y → X, Y where both are names. */
function splitPartners(piece: NamePiece): NamePiece[] {
  const together = piece.text.indexOf('会同');
  if (together > 0 && !GENERIC_PARTNERS.test(piece.text.slice(together + 2))) {
    return [
      { text: piece.text.slice(0, together), offset: piece.offset, marked: piece.marked },
      ...splitPartners({ text: piece.text.slice(together + 2), offset: piece.offset + together + 2 }),
    ];
  }
  for (const joiner of ['及', '与', '和']) {
    const parts = splitTopLevel(piece, joiner).map((p) => p.part);
    if (parts.length > 1 && parts.every((p) => isUnitName(coreUnitName(p.text)))) return parts;
  }
  return [piece];
}

/**
 * One comma-separated part of a tag: names and what they do (教育部牵头, 各有关部门按职责分工负责), names
 * alone (教育部、财政部), or anything else (2017年底前完成, 下同). `leadIn` lets a sentence open with
 * words before 由 (此项工作由团市委负责).
 */
function readPart(piece: Piece, leadIn: boolean): Part {
  const text = piece.text.replace(/[。.！!]+$/, '');
  const verb = VERBS.find((v) => text.endsWith(v.word) && text.length > v.word.length);
  if (!verb) {
    const names = readNames({ text, offset: piece.offset });
    return names ? { kind: 'bare', names } : { kind: 'other' };
  }
  const head = { text: text.slice(0, -verb.word.length), offset: piece.offset };
  // 由 as a preposition (由X负责), not inside a word (自由贸易试验区, 理由).
  const by = head.text.search(/(?<![自理缘])由/);
  const afterBy = { text: head.text.slice(by + 1), offset: head.offset + by + 1 };
  const candidates = by === -1 ? [head] : by === 0 || leadIn ? [afterBy] : [];
  for (const candidate of candidates) {
    const names = readNames(candidate);
    if (names) return { kind: 'tag', role: verb.role, names };
  }
  return { kind: 'other' };
}

/** Roles of the names of one tag: as its words say, else the first unit leads where the document declares so. */
function assignRoles(parts: Part[], positionalLead: boolean): TagName[] {
  const named = parts.filter((p): p is Exclude<Part, { kind: 'other' }> => p.kind !== 'other');
  const explicitLead = named.some((p) => (p.kind === 'tag' && p.role === 'lead') || p.names.some((n) => n.marked));
  const out: TagName[] = [];
  for (const part of named) {
    for (const name of part.names) {
      let role: UnitRole = name.marked ? 'lead' : part.kind === 'tag' ? part.role : 'responsible';
      if (!explicitLead) role = positionalLead && out.length === 0 && !isCollective(name.text) ? 'lead' : 'responsible';
      out.push({ raw: name.text, offset: name.offset, role });
    }
  }
  return out;
}

/** Outermost bracketed groups: their content and where the group starts and ends. */
function bracketGroups(text: string): { content: Piece; start: number; end: number }[] {
  const groups: { content: Piece; start: number; end: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === '）' || c === ')') && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ content: { text: text.slice(start + 1, i), offset: start + 1 }, start, end: i + 1 });
    } else if (c === '\n') depth = 0;
  }
  return groups;
}

/** Whether nothing but whitespace stands between `position` and the start of the text, a line end or a punctuation mark. */
function followsPunctuation(text: string, position: number): boolean {
  let i = position;
  for (; i > 0 && /\s/.test(text[i - 1]!); i--) if (text[i - 1] === '\n') return true;
  return i === 0 || '。；;，,：:'.includes(text[i - 1]!);
}

/** The longest unit ending (中心, 政府 …) is this long: a name's ending is read from this many characters. */
const UNIT_ENDING_REACH = 8;

/**
 * A bracket of names alone is a tag only at the end of its paragraph, and not where it is the other name
 * of the word before it (高校学生会（研究生会）): a list of several units, a unit after punctuation, or
 * any list where the document declares the positional rule.
 */
function isBareTag(text: string, start: number, end: number, names: NamePiece[], positionalLead: boolean): boolean {
  if (!/^[\s。；;，,]*(?:\n|$)/.test(text.slice(end))) return false;
  if (names.length === 1 && UNIT_ENDING.test(text.slice(Math.max(0, start - UNIT_ENDING_REACH), start))) return false;
  return positionalLead || names.length > 1 || followsPunctuation(text, start);
}

function parseUnlabelledTags(text: string, labelled: Array<[number, number]>, positionalLead: boolean): TagName[] {
  const found: { offset: number; names: TagName[] }[] = [];
  const labelledSpans = new RangeIndex(text.length, labelled);
  const taken: Array<[number, number]> = [...labelled];

  // Outermost groups never overlap one another: only the labelled tags can hold one.
  for (const { content, start, end } of bracketGroups(text)) {
    if (labelledSpans.overlaps(start, end) || HAS_LABEL.test(content.text)) continue;
    const parts = splitTopLevel(content, '，,；;。').map(({ part }) => readPart(part, true));
    const isTag =
      parts.some((p) => p.kind === 'tag') ||
      (parts[0]?.kind === 'bare' && parts.every((p) => p.kind !== 'tag') && isBareTag(text, start, end, parts[0].names, positionalLead));
    if (!isTag) continue;
    taken.push([start, end]);
    found.push({ offset: start, names: assignRoles(parts, positionalLead) });
  }

  const lastParagraphStart = text.lastIndexOf('\n') + 1;
  const takenSpans = new RangeIndex(text.length, taken);
  for (const sentence of sentences(text)) {
    if (takenSpans.overlaps(sentence.offset, sentence.offset + sentence.text.length)) continue;
    const pieces = splitTopLevel(sentence, '，,；;');
    const parts = pieces.map(({ part }, i) => readPart(part, i === 0 || pieces[i]!.separator === '；' || pieces[i]!.separator === ';'));
    let first = parts.length;
    while (first > 0 && parts[first - 1]!.kind === 'tag') first--;
    if (first === parts.length) continue;
    const closesClause = sentence.offset >= lastParagraphStart && /^[\s。！？!?]*$/.test(text.slice(sentence.offset + sentence.text.length));
    const opensPart = first === 0 || pieces[first]!.separator === '；' || pieces[first]!.separator === ';';
    if (!opensPart && !closesClause) continue;
    found.push({ offset: sentence.offset, names: assignRoles(parts.slice(first), positionalLead) });
  }
  return found.sort((a, b) => a.offset - b.offset).flatMap((f) => f.names);
}

/** The sentences of the text: split at 。！？ and line ends outside brackets. */
function sentences(text: string): Piece[] {
  return splitTopLevel({ text, offset: 0 }, '。！？!?\n')
    .map(({ part }) => part)
    .filter((p) => p.text.length > 0);
}

/**
 * Pure query logic of the clause search, shared by the index builder (scripts/site/index-search.ts,
 * through search-records.ts) and the browser (src/scripts/search.ts).
 *
 * Why not Pagefind's own Chinese handling: Pagefind segments Chinese with ICU4X when indexing and
 * with Intl.Segmenter when querying; each query piece is a prefix match and the pieces need not be
 * adjacent. ICU splits most policy words into single characters (团青比 → 团|青|比), so 团青比 matched
 * any page with 团, 青 and 比 somewhere, and the two segmenters disagree on unknown words (recall loss).
 *
 * What we do instead — character bigrams, spelled in ASCII so that no segmenter can touch them:
 *  - Text is normalised the way a reader compares phrases: whitespace and quote marks
 *    (“”‘’"'《》「」) are dropped, Latin letters lower-cased.
 *  - Every character becomes a 4-letter code (its code point in base 26). A clause is indexed as the
 *    sequence of its bigrams, one per character (8 letters: code(c[i]) + code(c[i+1])), the last
 *    character alone at the end, so word positions are character positions.
 *  - Pagefind builds the index of these words; the browser reads it (pagefind-index.ts) for the
 *    positions of each word. A phrase of two or more characters becomes its bigrams, and a match is a
 *    run of them at consecutive positions (phraseStarts), which is exactly "the clause contains the
 *    phrase" (search-records.ts keeps clauses apart). A one-character query is a 4-letter word, read
 *    as a prefix: every bigram starting with that character.
 *  - Filters are words too (filterWord), at the start of each clause, so a filter is one more search.
 *  - Literal matches rank before alias matches, which rank before clauses that only carry the
 *    searched unit as a tag.
 */

/** Characters a phrase comparison ignores: whitespace and quote marks of every style. */
const IGNORED = /[\s“”‘’"'《》「」]/u;

/** Normalises text for phrase comparison: drops whitespace and quote marks, lower-cases Latin. */
export function normalize(text: string): string {
  let out = '';
  for (const ch of text) if (!IGNORED.test(ch)) out += ch.toLowerCase();
  return out;
}

/**
 * Normalised text plus, for each UTF-16 unit of it, the offset of the character it came from in the
 * original text, so a match found in normalised text can be highlighted in the original.
 */
export function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    if (!IGNORED.test(ch)) {
      const lower = ch.toLowerCase();
      norm += lower;
      for (let i = 0; i < lower.length; i++) map.push(offset);
    }
    offset += ch.length;
  }
  map.push(offset);
  return { norm, map };
}

const BASE = 26;
const CODE_SPACE = BASE ** 4;

/** A character as 4 lower-case ASCII letters (its code point in base 26). */
export function charCode(ch: string): string {
  let n = (ch.codePointAt(0) ?? 0) % CODE_SPACE;
  let out = '';
  for (let i = 0; i < 4; i++) {
    out = String.fromCharCode(97 + (n % BASE)) + out;
    n = Math.floor(n / BASE);
  }
  return out;
}

/** The words a text is indexed under, one per character: the bigram it starts, the last character alone. */
export function indexWords(text: string): string[] {
  const chars = [...normalize(text)].map(charCode);
  return chars.map((code, i) => (i + 1 < chars.length ? code + chars[i + 1]! : code));
}

/**
 * The index words of a phrase, in order: its overlapping bigrams (a match is a run of them at
 * consecutive positions), or for one character its 4-letter code, read as a prefix of every bigram
 * starting with it (every position of the character). Empty phrase: [].
 */
export function phraseWords(phrase: string): string[] {
  const chars = [...normalize(phrase)].map(charCode);
  if (chars.length === 1) return chars;
  return chars.slice(0, -1).map((code, i) => code + chars[i + 1]!);
}

/**
 * Where a phrase starts in one record, given the positions of each of its index words there (in the
 * phrase's order): every p with word i at p + i.
 */
export function phraseStarts(positionsOf: readonly (readonly number[])[]): number[] {
  const [first = [], ...rest] = positionsOf;
  const later = rest.map((list) => new Set(list));
  return first.filter((p) => later.every((set, i) => set.has(p + i + 1)));
}

/** What the search can be narrowed by: each clause carries one word per filter value. */
export const FILTER_KEYS = ['province', 'document', 'unit', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Letters of a filter word after "zq" and the key's letter: a 50-bit hash of the value, in base 26. */
const FILTER_HASH_LETTERS = 11;

/** FNV-1a over UTF-16 units with a given offset basis. */
function fnv(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The index word of a filter value: "zq", the key's first letter, and a hash of the value. No
 * character's code starts with "zq" (code points that high are unassigned), so a filter word never
 * matches text, and all filter words have one length, so none is a prefix of another.
 */
export function filterWord(key: FilterKey, value: string): string {
  // Two 32-bit hashes, 25 bits of each: collisions are left to the index builder to refuse.
  let n = (fnv(value, 0x811c9dc5) >>> 7) * 2 ** 25 + (fnv(value, 0x01000193) >>> 7);
  let letters = '';
  for (let i = 0; i < FILTER_HASH_LETTERS; i++) {
    letters = String.fromCharCode(97 + (n % BASE)) + letters;
    n = Math.floor(n / BASE);
  }
  return `zq${key[0]}${letters}`;
}

/** A group of names for the same thing, e.g. 青马工程 and 青年马克思主义者培养工程. */
export type AliasGroup = readonly string[];

export type MatchKind = 'literal' | 'alias' | 'unit';

export interface QueryPlan {
  /** The query as typed, trimmed. */
  raw: string;
  /**
   * Phrases to look for. A clause is a hit when its normalised text contains every phrase of
   * some alternative. Normally one alternative of one phrase (the whole query, spaces ignored, as
   * quoted queries match); aliases add alternatives.
   */
  alternatives: { phrases: string[]; kind: 'literal' | 'alias' }[];
  /** Unit names (as tagged on clauses) the query names exactly; clauses tagged with one are hits too. */
  units: string[];
}

/**
 * Plans a query. The whole query, with whitespace and quote marks removed, is one phrase — the
 * same rule the relevance judgement uses ("contains the term ignoring whitespace and quotes").
 * `splitWords` plans the fallback for a query with spaces that found nothing as one phrase:
 * every space-separated word must occur (AND), each word as a phrase.
 */
export function planQuery(
  query: string,
  aliasGroups: readonly AliasGroup[] = [],
  unitNames: readonly string[] = [],
  splitWords = false,
): QueryPlan {
  const raw = query.trim();
  const phrase = normalize(raw);
  const alternatives: QueryPlan['alternatives'] = [];
  if (!phrase) return { raw, alternatives, units: [] };
  if (splitWords) {
    const words = [...new Set(raw.split(/\s+/).map(normalize).filter(Boolean))];
    alternatives.push({ phrases: words, kind: 'literal' });
    return { raw, alternatives, units: [] };
  }
  alternatives.push({ phrases: [phrase], kind: 'literal' });
  const seen = new Set([phrase]);
  for (const group of aliasGroups) {
    const forms = group.map(normalize);
    if (!forms.includes(phrase)) continue;
    for (const form of forms) {
      if (seen.has(form)) continue;
      seen.add(form);
      alternatives.push({ phrases: [form], kind: 'alias' });
    }
  }
  const units = unitNames.filter((u) => normalize(u) === phrase);
  return { raw, alternatives, units };
}

/**
 * Result order: literal matches, then alias matches, then clauses that only carry the unit tag;
 * within a class, clauses that mention the phrase more often first, then newer documents first
 * (the order of the index's records, search-records.ts searchBundles), then the clauses' order.
 */
export function compareHits(
  a: { rank: number; count: number; order: number },
  b: { rank: number; count: number; order: number },
): number {
  return a.rank - b.rank || b.count - a.count || a.order - b.order;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Spans [start, end) of the original text where any phrase occurs (phrases normalised). */
export function findSpans(text: string, phrases: readonly string[]): [number, number][] {
  const { norm, map } = normalizeWithMap(text);
  const spans: [number, number][] = [];
  for (const p of phrases) {
    if (!p) continue;
    let from = 0;
    for (;;) {
      const at = norm.indexOf(p, from);
      if (at < 0) break;
      // End at the last matched character's end, so trailing quote marks stay outside the mark.
      const lastStart = map[at + p.length - 1]!;
      const lastLen = text.codePointAt(lastStart)! > 0xffff ? 2 : 1;
      spans.push([map[at]!, lastStart + lastLen]);
      from = at + p.length;
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/**
 * An HTML excerpt of the clause around its first match, every match inside wrapped in <mark>.
 * All text is escaped; only the <mark> tags and the ellipses are added.
 */
export function highlightExcerpt(text: string, phrases: readonly string[], length = 110, before = 30): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const spans = findSpans(flat, phrases);
  const first = spans[0];
  let start = first ? Math.max(0, first[0] - before) : 0;
  let end = Math.min(flat.length, start + length);
  if (first && end < first[1]) end = Math.min(flat.length, first[1] + 10);
  if (end - start < length) start = Math.max(0, end - length);
  let html = start > 0 ? '…' : '';
  let pos = start;
  for (const [s, e] of spans) {
    if (e <= start || s >= end) continue;
    const ms = Math.max(s, start);
    const me = Math.min(e, end);
    html += escapeHtml(flat.slice(pos, ms)) + '<mark>' + escapeHtml(flat.slice(ms, me)) + '</mark>';
    pos = me;
  }
  html += escapeHtml(flat.slice(pos, end));
  if (end < flat.length) html += '…';
  return html;
}

/** Clause kinds as the search filters show them. */
export const KIND_LABELS: Record<string, string> = { task: '任务', goal: '目标', requirement: '要求' };

/**
 * The 部门 filter keeps units of different provinces apart: its values are 河南·宣传部, 山西·宣传部.
 * Province names never contain the separator; unit names may contain brackets, so those cannot serve.
 */
const UNIT_FILTER_SEPARATOR = '·';

export function unitFilterValue(province: string, unit: string): string {
  return `${province}${UNIT_FILTER_SEPARATOR}${unit}`;
}

export function parseUnitFilterValue(value: string): { province: string; unit: string } {
  const at = value.indexOf(UNIT_FILTER_SEPARATOR);
  return at < 0 ? { province: '', unit: value } : { province: value.slice(0, at), unit: value.slice(at + 1) };
}

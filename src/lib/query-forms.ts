/**
 * What a person types, read the way the atlas writes: full-width letters, digits and signs as their
 * ASCII forms (２０２１年 → 2021年, ８０％ → 80%), traditional characters as simplified ones (團校 → 团校,
 * through a table built from the corpus, see search-variants.ts), and several words split into filters
 * (a province, unit or document named beside a term: 河南 团校) and terms that must all match.
 * Pure and small: it runs in the browser.
 */

/** Full-width ASCII (！ to ～) and the ideographic space to their ASCII forms. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Traditional (or variant) characters to the simplified ones the corpus uses. */
export function toSimplified(text: string, variants: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) out += variants[ch] ?? ch;
  return out;
}

/** The query as the corpus would write it: ASCII width, simplified characters, single spaces. */
export function foldQuery(text: string, variants: Readonly<Record<string, string>>): string {
  return toSimplified(foldWidth(text), variants).replace(/\s+/g, ' ').trim();
}

/** Names a query word can stand for, each with the filter it sets. */
export interface QueryVocabulary {
  provinces: readonly { name: string; slug: string }[];
  /** Units by name and alias, with the slug of their province when it is known. */
  units: readonly { names: readonly string[]; key: string; province?: string }[];
  documents: readonly { names: readonly string[]; id: string }[];
}

export interface ParsedQuery {
  /** Phrases every result must contain (or match through an alias or unit tag). */
  terms: string[];
  province?: string;
  /** Unit key (province slug / unit slug). */
  unit?: string;
  document?: string;
}

interface NamedWord {
  word: string;
  province?: string;
  units: QueryVocabulary['units'];
  document?: string;
}

/** 河南, 河南省, 河南团省委 all name the province 河南. */
function provinceOf(word: string, vocabulary: QueryVocabulary): string | undefined {
  const bare = word.replace(/(?:省|市|自治区|团省委|团市委)$/, '');
  return vocabulary.provinces.find((p) => p.name === bare || p.name === word)?.slug;
}

/**
 * Splits a folded query into terms and filters. A single word is always a term (宣传部 alone searches
 * for the unit and its tags); with several words, those that name a province, a unit or a document
 * become filters and the rest are terms. When every word is a name, the last one is searched for
 * instead (河南 宣传部: 宣传部 within 河南). Words that name nothing stay terms: nothing typed is lost.
 */
export function parseQuery(query: string, vocabulary: QueryVocabulary): ParsedQuery {
  const words = query.split(' ').filter(Boolean);
  if (words.length < 2) return { terms: words };
  const named: NamedWord[] = words.map((word) => ({
    word,
    province: provinceOf(word, vocabulary),
    units: vocabulary.units.filter((u) => u.names.includes(word)),
    document: vocabulary.documents.find((d) => d.names.includes(word))?.id,
  }));
  const isName = (n: NamedWord) => Boolean(n.province || n.units.length || n.document);
  if (named.every(isName)) named[named.length - 1] = { word: words.at(-1)!, units: [] };
  const parsed: ParsedQuery = { terms: [] };
  for (const n of named) if (n.province && !parsed.province) parsed.province = n.province;
  for (const n of named) {
    if (n.province && parsed.province === n.province) continue;
    const unit = n.units.find((u) => !parsed.province || u.province === undefined || u.province === parsed.province);
    if (unit && !parsed.unit) parsed.unit = unit.key;
    else if (n.document && !parsed.document) parsed.document = n.document;
    else parsed.terms.push(n.word);
  }
  return parsed;
}

/** Character bigrams of a text (its single character when it has one). */
function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/\s+/g, '')];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * The names closest to a query that found nothing: those sharing most character pairs with it
 * (团员发展 → 发展团员, 团员教育), best first; names sharing none are left out.
 */
export function nearestNames<T extends { name: string }>(query: string, candidates: readonly T[], limit = 5): T[] {
  const wanted = bigrams(query);
  const chars = new Set(query);
  return candidates
    .map((candidate, index) => {
      const own = bigrams(candidate.name);
      let shared = 0;
      for (const b of own) if (wanted.has(b)) shared += 2;
      for (const ch of new Set(candidate.name)) if (chars.has(ch)) shared += 1;
      return { candidate, index, score: shared / (own.size + wanted.size) };
    })
    .filter((s) => s.score >= 0.3)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.candidate);
}

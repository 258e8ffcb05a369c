/**
 * Topics: named programmes and working terms that recur across documents (青年之家, 智慧团建, 学社衔接 …).
 *
 * Derivation: a term written in quotes “…” in some clause becomes a candidate; so does every name in the
 * curated data file (src/data/topic-terms.json, which also lists abbreviations such as 青马工程 for
 * 青年马克思主义者培养工程 and slogans to leave out). A candidate is a topic when its forms occur, quoted or
 * not, in clauses of at least two documents. Every clause is read once for all candidates (phrase-matcher.ts).
 *
 * Slugs: "t-" plus the FNV-1a 32-bit hash of the topic name's UTF-8 bytes in base 36, padded to 7
 * characters (青年之家 → t-…). ASCII, deterministic, and unchanged as long as the name is unchanged.
 */

import { phraseMatcher } from './phrase-matcher.ts';

export interface TopicTerms {
  /** Topic name → its other written forms. */
  aliases: Record<string, string[]>;
  /** Quoted terms that are never topics. */
  exclude: string[];
}

export interface TopicSourceClause {
  id: string;
  text: string;
}

export interface TopicSourceDocument {
  id: string;
  province: string;
  clauses: readonly TopicSourceClause[];
}

export interface Topic {
  slug: string;
  name: string;
  /** Every written form, longest first; the name is one of them. */
  forms: string[];
  /** Clauses mentioning any form, in document order. */
  clauseIds: string[];
  documentIds: string[];
  provinces: string[];
}

/** Shortest and longest quoted text taken as a term: two-character quotes are mostly emphasis (“三性”). */
const MIN_TERM = 3;
const MAX_TERM = 20;
/** A name may hold 、 and ·, never sentence punctuation, nested quotes or symbols. */
const NOT_IN_TERM = /[，。；：！？,.;:!?‘’'"「」《》（）()+＋\s]/;

export function quotedTerms(text: string): string[] {
  const terms: string[] = [];
  for (const m of text.matchAll(/“([^“”]+)”/g)) {
    const term = m[1]!.trim();
    if (term.length < MIN_TERM || term.length > MAX_TERM || NOT_IN_TERM.test(term)) continue;
    if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

export function topicSlug(name: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `t-${hash.toString(36).padStart(7, '0')}`;
}

export function deriveTopics(documents: readonly TopicSourceDocument[], terms: TopicTerms): Topic[] {
  const aliasOf = new Map<string, string>();
  for (const [name, aliases] of Object.entries(terms.aliases)) for (const alias of aliases) aliasOf.set(alias, name);
  const excluded = new Set(terms.exclude);

  const names = new Set<string>();
  const addName = (term: string) => {
    const name = aliasOf.get(term) ?? term;
    if (!excluded.has(name)) names.add(name);
  };
  for (const d of documents) for (const c of d.clauses) quotedTerms(c.text).forEach(addName);
  Object.keys(terms.aliases).forEach(addName);

  const candidates = [...names].map((name) => ({
    name,
    forms: [name, ...(terms.aliases[name] ?? [])].sort((a, b) => b.length - a.length),
    clauseIds: [] as string[],
    documentIds: new Set<string>(),
    provinces: new Set<string>(),
  }));
  const mentions = phraseMatcher(candidates.flatMap((c, index) => c.forms.map((form) => ({ phrase: form, value: index }))));
  for (const d of documents) {
    for (const c of d.clauses) {
      for (const index of new Set(mentions(c.text).map((m) => m.value))) {
        const candidate = candidates[index]!;
        candidate.clauseIds.push(c.id);
        candidate.documentIds.add(d.id);
        candidate.provinces.add(d.province);
      }
    }
  }

  const topics: Topic[] = [];
  const slugs = new Map<string, string>();
  for (const { name, forms, clauseIds, documentIds, provinces } of candidates) {
    if (documentIds.size < 2) continue;
    const slug = topicSlug(name);
    const taken = slugs.get(slug);
    if (taken) throw new Error(`topic slug ${slug} is shared by ${taken} and ${name}`);
    slugs.set(slug, name);
    topics.push({ slug, name, forms, clauseIds, documentIds: [...documentIds], provinces: [...provinces] });
  }
  return topics.sort(
    (a, b) =>
      b.provinces.length - a.provinces.length ||
      b.documentIds.length - a.documentIds.length ||
      b.clauseIds.length - a.clauseIds.length ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * A function giving the first place each topic is mentioned in a text (one link per topic is enough),
 * in text order; at one place, the topics' own order.
 */
export function topicMentions(topics: readonly Topic[]): (text: string) => (TextRange & { topic: Topic })[] {
  const find = phraseMatcher(topics.flatMap((topic) => topic.forms.map((form) => ({ phrase: form, value: topic }))));
  return (text) => {
    const seen = new Set<Topic>();
    const found: (TextRange & { topic: Topic })[] = [];
    for (const { start, end, value: topic } of find(text)) {
      if (seen.has(topic)) continue;
      seen.add(topic);
      found.push({ start, end, topic });
    }
    return found;
  };
}

/**
 * The records of the search index: one Pagefind record per document, so Pagefind's metadata (a line
 * per record, loaded by every search) grows with the documents, not with the clauses.
 *
 * Clause k of a document fills slot k of its record: word positions [k·S, (k+1)·S). A slot holds the
 * clause's filter words (province, document, kind, each tagged unit), then its text words
 * (search-text.ts indexWords), then filler: tokens Pagefind counts as positions but does not index.
 * So a match at position p lies in clause ⌊p / S⌋, a phrase can never run from one clause into the
 * next, and the browser knows which clauses match, and how often, from the positions alone; it loads
 * only the clauses it shows (one small file per slot, written beside the index).
 *
 * S, the slot size, is the smallest multiple of 64 that holds the longest clause of the atlas (filler costs
 * the index builder time, so slots are no larger than they must be); the search
 * page and the index builder compute it from the same clauses with this module.
 */
import type { ClauseKind } from './schema.ts';
import { filterWord, indexWords, KIND_LABELS, unitFilterValue } from './search-text.ts';
import { clauseUrl } from './urls.ts';

export interface RecordClause {
  kind: ClauseKind;
  text: string;
  units: readonly { canonical: string }[];
}

export interface RecordDocument {
  title: string;
  province: string;
  clauses: readonly RecordClause[];
}

/** Counted by Pagefind as a word position, indexed as nothing (it has no letter or digit). */
const FILLER = '.';

/** The filter words of a clause, then its text words. A unit is named with its province: 河南·宣传部. */
export function clauseWords(clause: RecordClause, document: Pick<RecordDocument, 'title' | 'province'>): string[] {
  const units = [...new Set(clause.units.map((u) => u.canonical))];
  return [
    filterWord('province', document.province),
    filterWord('document', document.title),
    filterWord('kind', KIND_LABELS[clause.kind] ?? clause.kind),
    ...units.map((u) => filterWord('unit', unitFilterValue(document.province, u))),
    ...indexWords(clause.text),
  ];
}

/** The slot size for a set of documents: the smallest multiple of 64 (at least 64) that holds each clause's words. */
export function slotSize(documents: readonly RecordDocument[]): number {
  let longest = 0;
  for (const d of documents) for (const c of d.clauses) longest = Math.max(longest, clauseWords(c, d).length);
  return Math.max(64, Math.ceil(longest / 64) * 64);
}

/** The record's content: each clause's words in its slot, filler up to the next slot. */
export function recordContent(document: RecordDocument, slot: number): string {
  const parts: string[] = [];
  document.clauses.forEach((clause, k) => {
    const words = clauseWords(clause, document);
    parts.push(words.join(' '));
    if (k + 1 < document.clauses.length) parts.push(`${FILLER} `.repeat(slot - words.length).trimEnd());
  });
  return parts.join(' ');
}

/**
 * The index split into bundles of at most `perBundle` documents, for an atlas too large for one
 * Pagefind index: the browser reads them all (pagefind-index.ts). The first bundle is /pagefind/, then
 * /pagefind-1/, /pagefind-2/ …; the search page and the index builder both ask this function, with the
 * same ATLAS_SEARCH_BUNDLE_DOCUMENTS. Documents go in newest first (then by id), and the index builder
 * adds them in this order: the order of the records is the order of equally good hits.
 */
export function searchBundles<T extends { id: string; year: number }>(documents: readonly T[], perBundle = Number(process.env.ATLAS_SEARCH_BUNDLE_DOCUMENTS) || Infinity): { path: string; documents: T[] }[] {
  const sorted = [...documents].sort((a, b) => b.year - a.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bundles: { path: string; documents: T[] }[] = [];
  for (let i = 0; i < sorted.length || bundles.length === 0; i += perBundle) {
    bundles.push({ path: bundles.length === 0 ? '/pagefind/' : `/pagefind-${bundles.length}/`, documents: sorted.slice(i, i + perBundle) });
  }
  return bundles;
}

/** A clause as a search result shows it: one file per clause beside the index, /search/c/<record id>/<k>.json. */
export interface ShownClause {
  id: string;
  url: string;
  /** The document's title, and the clause's place in it (三（二）1). */
  doc: string;
  place: string;
  text: string;
  province: string;
  kind: string;
  /** The headings above the clause, joined with ›. */
  path: string;
}

/**
 * An atlas of at most this many clauses also gets a table naming every clause as a result lists it
 * (CLAUSE_TABLE_URL, a few KB compressed): a search then lists all its hits at once and loads the
 * texts of those in view. A larger atlas lists the hits a batch at a time from the clause files.
 */
export const CLAUSE_TABLE_MAX_CLAUSES = 2000;
export const CLAUSE_TABLE_URL = '/search/c/table.json';

export function hasClauseTable(documents: readonly { clauses: readonly unknown[] }[]): boolean {
  return documents.reduce((n, d) => n + d.clauses.length, 0) <= CLAUSE_TABLE_MAX_CLAUSES;
}

/** The clause table: by record id, the document's title and province and, slot by slot, each clause's id, place and kind. */
export type ClauseTable = Record<string, { doc: string; province: string; clauses: [id: string, place: string, kind: string][] }>;

/** What a result shows of a clause before its text and headings are loaded. */
export type ClauseHead = Omit<ShownClause, 'text' | 'path'>;

/** A clause as the clause table names it; key is "<record id>/<slot>". */
export function tableClause(table: ClauseTable, key: string): ClauseHead | undefined {
  const [record = '', slot = ''] = key.split('/');
  const entry = table[record];
  const row = entry?.clauses[Number(slot)];
  if (!entry || !row) return undefined;
  const [id, place, kind] = row;
  return { id, url: clauseUrl(id), doc: entry.doc, place, province: entry.province, kind };
}

/**
 * References from one document's text to another document of the atlas, derived from the titles:
 * - the full title in book-title marks: 《中原出彩团的基层建设基石工程方案》;
 * - a quoted name that the title itself quotes: “一带三强”, “强能力、锻作风、抓落实”;
 * - a quoted name followed by a programme word whose joined form is part of a title:
 *   以“基石”工程深化实施 → 基石工程 is in 中原出彩团的基层建设基石工程方案.
 *
 * The titles are indexed once (buildReferenceIndex), so finding the references of a text costs the
 * same however many documents the atlas holds.
 */

export interface ReferableDocument {
  id: string;
  title: string;
}

export interface DocumentReference {
  start: number;
  end: number;
  documentId: string;
}

const PROGRAMME_WORDS = ['工程', '计划', '行动', '方案', '工作要点', '要点'];
/** Longest quoted name looked up; longer quotes are sentences, not names. */
const MAX_NAME = 20;

/** Names a title quotes with “…” (nested ‘…’ inside them is dropped). */
export function quotedNamesInTitle(title: string): string[] {
  return [...title.matchAll(/“([^“”]+)”/g)].map((m) => m[1]!.replace(/[‘’]/g, '').trim()).filter((n) => n.length >= 2);
}

export interface ReferenceIndex {
  /** References of a text of document `selfId` to other documents, in text order, without overlaps. */
  find(text: string, selfId: string): DocumentReference[];
}

/** Appends a document id to the list under a key, once, keeping the atlas order. */
function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (ids.at(-1) !== id) ids.push(id);
}

export function buildReferenceIndex(documents: readonly ReferableDocument[]): ReferenceIndex {
  const byTitle = new Map<string, string[]>();
  const byQuotedName = new Map<string, string[]>();
  /** Every "name + programme word" a title contains (quotes removed), with names up to 20 characters. */
  const byProgrammeName = new Map<string, string[]>();
  for (const d of documents) {
    add(byTitle, d.title, d.id);
    for (const name of quotedNamesInTitle(d.title)) add(byQuotedName, name, d.id);
    const plain = d.title.replace(/[“”‘’]/g, '');
    for (const word of PROGRAMME_WORDS) {
      for (let at = plain.indexOf(word); at >= 0; at = plain.indexOf(word, at + 1)) {
        for (let length = 1; length <= Math.min(MAX_NAME, at); length++) add(byProgrammeName, plain.slice(at - length, at + word.length), d.id);
      }
    }
  }
  const other = (ids: string[] | undefined, selfId: string) => ids?.find((id) => id !== selfId);

  return {
    find(text, selfId) {
      const found: DocumentReference[] = [];
      for (const m of text.matchAll(/《([^《》]+)》/g)) {
        const target = other(byTitle.get(m[1]!.trim()), selfId);
        if (target) found.push({ start: m.index, end: m.index + m[0].length, documentId: target });
      }
      for (const m of text.matchAll(/[“‘]([^“”‘’]{2,20})[”’]/g)) {
        const name = m[1]!.trim();
        const start = m.index;
        let end = start + m[0].length;
        const word = PROGRAMME_WORDS.find((w) => text.startsWith(w, end));
        const target = other(byQuotedName.get(name), selfId) ?? (word ? other(byProgrammeName.get(name + word), selfId) : undefined);
        if (!target) continue;
        if (word) end += word.length;
        found.push({ start, end, documentId: target });
      }
      return found
        .sort((a, b) => a.start - b.start || b.end - a.end)
        .filter((r, i, all) => i === 0 || r.start >= all[i - 1]!.end);
    },
  };
}

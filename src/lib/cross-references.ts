/**
 * References from one document's text to another document of the atlas, derived from the titles:
 * - the full title in book-title marks: 《中原出彩团的基层建设基石工程方案》;
 * - a quoted name that the title itself quotes: “一带三强”, “强能力、锻作风、抓落实”;
 * - a quoted name followed by a programme word whose joined form is part of a title:
 *   以“基石”工程深化实施 → 基石工程 is in 中原出彩团的基层建设基石工程方案.
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

/** Names a title quotes with “…” (nested ‘…’ inside them is dropped). */
export function quotedNamesInTitle(title: string): string[] {
  return [...title.matchAll(/“([^“”]+)”/g)].map((m) => m[1]!.replace(/[‘’]/g, '').trim()).filter((n) => n.length >= 2);
}

export function findDocumentReferences(text: string, documents: readonly ReferableDocument[], selfId: string): DocumentReference[] {
  const others = documents.filter((d) => d.id !== selfId);
  const found: DocumentReference[] = [];

  for (const m of text.matchAll(/《([^《》]+)》/g)) {
    const target = others.find((d) => d.title === m[1]!.trim());
    if (target) found.push({ start: m.index, end: m.index + m[0].length, documentId: target.id });
  }

  for (const m of text.matchAll(/[“‘]([^“”‘’]{2,20})[”’]/g)) {
    const name = m[1]!.trim();
    const start = m.index;
    let end = start + m[0].length;
    const after = text.slice(end);
    const word = PROGRAMME_WORDS.find((w) => after.startsWith(w));
    const target =
      others.find((d) => quotedNamesInTitle(d.title).includes(name)) ??
      (word ? others.find((d) => d.title.replace(/[“”‘’]/g, '').includes(name + word)) : undefined);
    if (!target) continue;
    if (word) end += word.length;
    found.push({ start, end, documentId: target.id });
  }

  return found
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((r, i, all) => i === 0 || r.start >= all[i - 1]!.end);
}

/**
 * Finds many fixed phrases in a text in one pass. Phrases are indexed by their first two characters,
 * so a text is read once whatever the number of phrases: the atlas looks for thousands of topic names
 * in tens of thousands of clauses.
 */

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface Entry<T> {
  phrase: string;
  value: T;
  /** Position in the list given: matches at one place come in this order. */
  order: number;
}

/** A function giving every occurrence of every phrase in a text, by position, then in the phrases' order. */
export function phraseMatcher<T>(phrases: readonly { phrase: string; value: T }[]): (text: string) => PhraseMatch<T>[] {
  const byStart = new Map<string, Entry<T>[]>();
  phrases.forEach(({ phrase, value }, order) => {
    if (!phrase) return;
    const key = phrase.slice(0, 2);
    const list = byStart.get(key);
    if (list) list.push({ phrase, value, order });
    else byStart.set(key, [{ phrase, value, order }]);
  });
  const singles = [...byStart.keys()].some((key) => key.length === 1);

  return (text) => {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < text.length; i++) {
      const pair = byStart.get(text.slice(i, i + 2)) ?? [];
      const single = singles ? (byStart.get(text[i]!) ?? []) : [];
      const candidates = single.length ? [...pair, ...single].sort((a, b) => a.order - b.order) : pair;
      for (const entry of candidates) {
        if (text.startsWith(entry.phrase, i)) found.push({ start: i, end: i + entry.phrase.length, value: entry.value });
      }
    }
    return found;
  };
}

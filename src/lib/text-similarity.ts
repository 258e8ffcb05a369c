/**
 * Wording similarity between clauses, for related clauses where no topic is shared: the clauses'
 * Chinese character 4-grams weighted by how rare they are in the atlas (idf), compared by cosine.
 * Common phrasing (深入学习贯彻, 各级团组织) weighs little; shared specific wording (中学团校, 团费收缴) a lot.
 */

const GRAM = 4;

export function characterGrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + GRAM <= run.length; i++) grams.add(run.slice(i, i + GRAM));
  }
  return grams;
}

export interface SimilarityIndex {
  /** Cosine similarity of two indexed texts' weighted grams, 0..1. */
  similarity(a: string, b: string): number;
}

export function buildSimilarityIndex(texts: ReadonlyMap<string, string>): SimilarityIndex {
  const grams = new Map<string, Set<string>>();
  const documentFrequency = new Map<string, number>();
  for (const [id, text] of texts) {
    const set = characterGrams(text);
    grams.set(id, set);
    for (const g of set) documentFrequency.set(g, (documentFrequency.get(g) ?? 0) + 1);
  }
  const total = texts.size;
  const weight = (g: string) => Math.log(total / (documentFrequency.get(g) ?? total));
  const norms = new Map<string, number>();
  for (const [id, set] of grams) norms.set(id, Math.sqrt([...set].reduce((sum, g) => sum + weight(g) ** 2, 0)));

  return {
    similarity(a, b) {
      const ga = grams.get(a);
      const gb = grams.get(b);
      if (!ga || !gb) return 0;
      const [small, large] = ga.size < gb.size ? [ga, gb] : [gb, ga];
      let dot = 0;
      for (const g of small) if (large.has(g)) dot += weight(g) ** 2;
      const norm = norms.get(a)! * norms.get(b)!;
      return norm === 0 ? 0 : dot / norm;
    },
  };
}

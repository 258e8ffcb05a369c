/**
 * Wording similarity between clauses, for related clauses where no topic is shared: the clauses'
 * Chinese character 4-grams weighted by how rare they are in the atlas (idf), compared by cosine.
 * Common phrasing (深入学习贯彻, 各级团组织) weighs little; shared specific wording (中学团校, 团费收缴) a lot.
 *
 * Scale: a clause's neighbours are found through its rare grams only — grams in at most
 * RARE_GRAM_CLAUSES clauses — so the work per clause is bounded and the whole atlas costs time in
 * proportion to its size. Common grams still count in each clause's norm; they would add little to a
 * dot product. Grams are hashed to 32 bits and every (gram, clause) pair of the atlas sits in one
 * sorted typed array, which keeps memory near 8 bytes per pair.
 */

const GRAM = 4;
/** A gram in more clauses than this is common phrasing: it does not make clauses neighbours. */
export const RARE_GRAM_CLAUSES = 64;
/** Clause numbers take the low 20 bits of a pair (up to 1,048,576 clauses). */
const CLAUSE_SPACE = 2 ** 20;
const CJK_RUN = /[\u4e00-\u9fff]+/g;

/** FNV-1a over the gram's UTF-16 units: a 32-bit number per gram. */
function gramHash(text: string, from: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < from + GRAM; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export interface SimilarityIndex {
  /** Clauses (by position in the list indexed) sharing rare wording with clause `index`, with their cosine similarity. */
  neighbours(index: number): Map<number, number>;
}

export function buildSimilarityIndex(texts: readonly string[]): SimilarityIndex {
  if (texts.length > CLAUSE_SPACE) throw new Error(`the similarity index holds at most ${CLAUSE_SPACE} clauses, got ${texts.length}`);
  const capacity = texts.reduce((n, t) => n + t.length, 0);
  const all = new Float64Array(capacity);
  let count = 0;
  texts.forEach((text, clause) => {
    const seen = new Set<number>();
    for (const run of text.matchAll(CJK_RUN)) {
      for (let i = run.index; i + GRAM <= run.index + run[0].length; i++) seen.add(gramHash(text, i));
    }
    for (const gram of seen) all[count++] = gram * CLAUSE_SPACE + clause;
  });
  const pairs = all.subarray(0, count).sort();

  // One pass over the groups of equal grams: norms from every gram, postings kept for the rare ones.
  const weightOf = (clauses: number) => Math.log(texts.length / clauses);
  const norms = new Float64Array(texts.length);
  const rare: number[] = [];
  for (let start = 0; start < pairs.length; ) {
    const gram = Math.floor(pairs[start]! / CLAUSE_SPACE);
    let end = start + 1;
    while (end < pairs.length && Math.floor(pairs[end]! / CLAUSE_SPACE) === gram) end++;
    const weight = weightOf(end - start) ** 2;
    for (let j = start; j < end; j++) {
      const clause = pairs[j]! % CLAUSE_SPACE;
      norms[clause] = norms[clause]! + weight;
    }
    if (end - start >= 2 && end - start <= RARE_GRAM_CLAUSES) rare.push(start, end);
    start = end;
  }
  for (let i = 0; i < norms.length; i++) norms[i] = Math.sqrt(norms[i]!);

  // Each clause's rare grams, as ranges of the pair array (CSR layout: offsets into one list).
  const perClause = new Int32Array(texts.length + 1);
  for (let r = 0; r < rare.length; r += 2) {
    for (let j = rare[r]!; j < rare[r + 1]!; j++) {
      const next = (pairs[j]! % CLAUSE_SPACE) + 1;
      perClause[next] = perClause[next]! + 1;
    }
  }
  for (let i = 0; i < texts.length; i++) perClause[i + 1] = perClause[i + 1]! + perClause[i]!;
  const ranges = new Int32Array(perClause[texts.length]! * 2);
  const fill = perClause.slice(0, texts.length);
  for (let r = 0; r < rare.length; r += 2) {
    for (let j = rare[r]!; j < rare[r + 1]!; j++) {
      const at = fill[pairs[j]! % CLAUSE_SPACE]!++;
      ranges[at * 2] = rare[r]!;
      ranges[at * 2 + 1] = rare[r + 1]!;
    }
  }

  return {
    neighbours(index) {
      const dots = new Map<number, number>();
      for (let k = perClause[index]!; k < perClause[index + 1]!; k++) {
        const start = ranges[k * 2]!;
        const end = ranges[k * 2 + 1]!;
        const weight = weightOf(end - start) ** 2;
        for (let j = start; j < end; j++) {
          const other = pairs[j]! % CLAUSE_SPACE;
          if (other !== index) dots.set(other, (dots.get(other) ?? 0) + weight);
        }
      }
      const similarities = new Map<number, number>();
      for (const [other, dot] of dots) {
        const norm = norms[index]! * norms[other]!;
        similarities.set(other, norm === 0 ? 0 : dot / norm);
      }
      return similarities;
    },
  };
}

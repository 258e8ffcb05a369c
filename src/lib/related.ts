/**
 * Related clauses: clauses of OTHER provinces that mention the same topics (most shared topics first),
 * then, to fill the list, clauses whose wording is close (see text-similarity.ts).
 */

export interface RelatableClause {
  id: string;
  province: string;
  /** Topic slugs the clause mentions. */
  topics: readonly string[];
}

export interface RelatedClause {
  id: string;
  sharedTopics: string[];
  /** Wording similarity, set for clauses related by wording rather than by topic. */
  similarity?: number;
}

/** Below this cosine similarity, shared wording is mostly common phrasing. */
export const MIN_SIMILARITY = 0.07;

export function relatedClauses(
  target: RelatableClause,
  all: readonly RelatableClause[],
  limit = 6,
  similarity?: (a: string, b: string) => number,
): RelatedClause[] {
  const others = all.filter((c) => c.province !== target.province);
  const byTopic = others
    .map((c, index) => ({ id: c.id, index, sharedTopics: target.topics.filter((t) => c.topics.includes(t)) }))
    .filter((c) => c.sharedTopics.length > 0)
    .sort((a, b) => b.sharedTopics.length - a.sharedTopics.length || a.index - b.index)
    .slice(0, limit)
    .map(({ id, sharedTopics }): RelatedClause => ({ id, sharedTopics }));
  if (!similarity || byTopic.length >= limit) return byTopic;

  const taken = new Set(byTopic.map((r) => r.id));
  const byWording = others
    .filter((c) => !taken.has(c.id))
    .map((c) => ({ id: c.id, sharedTopics: [], similarity: similarity(target.id, c.id) }))
    .filter((c) => c.similarity >= MIN_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit - byTopic.length);
  return [...byTopic, ...byWording];
}

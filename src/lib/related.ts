/**
 * Related clauses: clauses of OTHER provinces that mention the same topics (most shared topics first,
 * then closest wording), then, to fill the list, clauses whose wording is close (text-similarity.ts).
 *
 * Scale: a clause is compared with a bounded set of candidates, never with the whole atlas — the
 * clauses sharing its rare wording, and for each of its topics at most TOPIC_CANDIDATES clauses of that
 * topic, taken in turn from each province that mentions it (so a topic found in thousands of clauses
 * still offers every province's first clauses).
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
/** Clauses of one topic considered for a clause. */
export const TOPIC_CANDIDATES = 48;

export interface RelatedIndex {
  /** Related clauses of the clause at `index` in the list indexed. */
  related(index: number, limit?: number): RelatedClause[];
}

/**
 * The first `limit` clauses of a topic (positions in atlas order) taken in turns from each province's
 * run: atlas order groups clauses by province, so the runs are contiguous.
 */
function spreadOverProvinces(members: readonly number[], clauses: readonly RelatableClause[], limit: number): number[] {
  const runs: number[][] = [];
  for (const m of members) {
    const run = runs.at(-1);
    if (run && clauses[run[0]!]!.province === clauses[m]!.province) run.push(m);
    else runs.push([m]);
  }
  const spread: number[] = [];
  for (let turn = 0; spread.length < limit && runs.some((r) => r.length > turn); turn++) {
    for (const run of runs) if (turn < run.length && spread.length < limit) spread.push(run[turn]!);
  }
  return spread;
}

/**
 * @param clauses every clause of the atlas, in atlas order
 * @param neighbours clauses sharing rare wording with a clause, with their similarity (positions in `clauses`)
 */
export function buildRelatedIndex(clauses: readonly RelatableClause[], neighbours: (index: number) => ReadonlyMap<number, number>): RelatedIndex {
  const members = new Map<string, number[]>();
  clauses.forEach((c, index) => {
    for (const topic of c.topics) {
      const list = members.get(topic);
      if (list) list.push(index);
      else members.set(topic, [index]);
    }
  });
  const candidatesOf = new Map([...members].map(([topic, list]) => [topic, spreadOverProvinces(list, clauses, TOPIC_CANDIDATES + 1)]));

  return {
    related(index, limit = 6) {
      const target = clauses[index]!;
      const similarity = neighbours(index);
      // Where a candidate stands in its topics' spread lists: among equals, earlier turns (more provinces) first.
      const turn = new Map<number, number>();
      for (const topic of target.topics) {
        (candidatesOf.get(topic) ?? []).forEach((c, position) => turn.set(c, Math.min(turn.get(c) ?? position, position)));
      }
      const candidates = new Set<number>([...turn.keys(), ...similarity.keys()]);
      const scored = [...candidates]
        .filter((c) => clauses[c]!.province !== target.province)
        .map((c) => ({
          index: c,
          sharedTopics: target.topics.filter((t) => clauses[c]!.topics.includes(t)),
          similarity: similarity.get(c) ?? 0,
          turn: turn.get(c) ?? Infinity,
        }));
      const byTopic = scored
        .filter((c) => c.sharedTopics.length > 0)
        .sort((a, b) => b.sharedTopics.length - a.sharedTopics.length || b.similarity - a.similarity || a.turn - b.turn || a.index - b.index)
        .slice(0, limit)
        .map((c): RelatedClause => ({ id: clauses[c.index]!.id, sharedTopics: c.sharedTopics }));
      const byWording = scored
        .filter((c) => c.sharedTopics.length === 0 && c.similarity >= MIN_SIMILARITY)
        .sort((a, b) => b.similarity - a.similarity || a.index - b.index)
        .slice(0, limit - byTopic.length)
        .map((c): RelatedClause => ({ id: clauses[c.index]!.id, sharedTopics: [], similarity: c.similarity }));
      return [...byTopic, ...byWording];
    },
  };
}

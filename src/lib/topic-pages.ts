/** A topic's clauses by province, in the order of the topic's provinces: the columns of its page. */
import { clauseContext, type Atlas, type ClauseContext } from './atlas.ts';
import type { Topic } from './topics.ts';

export function topicByProvince(atlas: Atlas, topic: Topic): { province: string; clauses: ClauseContext[] }[] {
  const byProvince = Map.groupBy(
    topic.clauseIds.map((id) => clauseContext(atlas, id)),
    (c) => c.document.province,
  );
  return topic.provinces.map((province) => ({ province, clauses: byProvince.get(province) ?? [] }));
}

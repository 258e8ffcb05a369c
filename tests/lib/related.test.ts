import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, MIN_SIMILARITY, TOPIC_CANDIDATES, type RelatableClause } from '../../src/lib/related.ts';

const all: RelatableClause[] = [
  { id: 'h-1', province: '河南', topics: ['a', 'b'] },
  { id: 'h-2', province: '河南', topics: ['a', 'b'] },
  { id: 's-1', province: '山西', topics: ['a'] },
  { id: 's-2', province: '山西', topics: ['a', 'b'] },
  { id: 'c-1', province: '四川', topics: ['c'] },
  { id: 'c-2', province: '四川', topics: [] },
];
const noWording = () => new Map<number, number>();

describe('related clauses by topic', () => {
  const index = buildRelatedIndex(all, noWording);

  it('lists clauses of other provinces sharing a topic, most shared first', () => {
    expect(index.related(0)).toEqual([
      { id: 's-2', sharedTopics: ['a', 'b'] },
      { id: 's-1', sharedTopics: ['a'] },
    ]);
  });

  it('is empty for a clause without topics or without matches', () => {
    expect(index.related(5)).toEqual([]);
    expect(index.related(4)).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(index.related(0, 1).map((r) => r.id)).toEqual(['s-2']);
  });

  it('offers every province of a big topic, not only the first in atlas order', () => {
    const provinces = ['安徽', '北京', '福建', '甘肃', '广东', '广西'];
    const big: RelatableClause[] = provinces.flatMap((p) => Array.from({ length: TOPIC_CANDIDATES }, (_, i) => ({ id: `${p}-${i}`, province: p, topics: ['t'] })));
    const related = buildRelatedIndex(big, noWording).related(0, 5);
    expect(related.map((r) => r.id)).toEqual(['北京-0', '福建-0', '甘肃-0', '广东-0', '广西-0']);
  });
});

describe('related clauses by wording', () => {
  // Similarities of clause 0's neighbours, by position.
  const wording = (scores: Record<number, number>) => (index: number) => new Map(index === 0 ? Object.entries(scores).map(([k, v]) => [Number(k), v]) : []);
  const target: RelatableClause = { id: 'x', province: '河南', topics: ['b'] };

  it('fills the list with clauses of close wording after the topic matches', () => {
    const index = buildRelatedIndex([target, ...all], wording({ 3: 0.5, 5: 0.2, 4: 0.01 }));
    expect(index.related(0)).toEqual([
      { id: 's-2', sharedTopics: ['b'] },
      { id: 's-1', sharedTopics: [], similarity: 0.5 },
      { id: 'c-1', sharedTopics: [], similarity: 0.2 },
    ]);
  });

  it('orders clauses sharing as many topics by closer wording', () => {
    const index = buildRelatedIndex(
      [{ id: 'x', province: '河南', topics: ['a'] }, ...all],
      wording({ 4: 0.3, 3: 0.1 }),
    );
    expect(index.related(0).map((r) => r.id)).toEqual(['s-2', 's-1']);
  });

  it('ignores weak similarity and clauses of the same province', () => {
    const index = buildRelatedIndex([{ id: 'x', province: '河南', topics: [] }, ...all], wording({ 4: MIN_SIMILARITY / 2, 1: 0.9 }));
    expect(index.related(0)).toEqual([]);
  });
});

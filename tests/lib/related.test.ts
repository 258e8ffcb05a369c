import { describe, expect, it } from 'vitest';
import { relatedClauses } from '../../src/lib/related.ts';

const all = [
  { id: 'h-1', province: '河南', topics: ['a', 'b'] },
  { id: 'h-2', province: '河南', topics: ['a', 'b'] },
  { id: 's-1', province: '山西', topics: ['a'] },
  { id: 's-2', province: '山西', topics: ['a', 'b'] },
  { id: 'c-1', province: '四川', topics: ['c'] },
];

describe('relatedClauses', () => {
  it('lists clauses of other provinces sharing a topic, most shared first', () => {
    expect(relatedClauses(all[0]!, all)).toEqual([
      { id: 's-2', sharedTopics: ['a', 'b'] },
      { id: 's-1', sharedTopics: ['a'] },
    ]);
  });

  it('is empty for a clause without topics or without matches', () => {
    expect(relatedClauses({ id: 'x', province: '河南', topics: [] }, all)).toEqual([]);
    expect(relatedClauses(all[4]!, all)).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(relatedClauses(all[0]!, all, 1).map((r) => r.id)).toEqual(['s-2']);
  });
});

describe('related by wording', () => {
  const scores: Record<string, number> = { 's-1': 0.5, 'c-1': 0.2, 's-2': 0.01 };
  const similarity = (_a: string, b: string) => scores[b] ?? 0;

  it('fills the list with clauses of close wording after the topic matches', () => {
    const target = { id: 'x', province: '河南', topics: ['b'] };
    expect(relatedClauses(target, all, 6, similarity)).toEqual([
      { id: 's-2', sharedTopics: ['b'] },
      { id: 's-1', sharedTopics: [], similarity: 0.5 },
      { id: 'c-1', sharedTopics: [], similarity: 0.2 },
    ]);
  });

  it('ignores weak similarity', () => {
    const target = { id: 'x', province: '河南', topics: [] };
    expect(relatedClauses(target, all, 6, (_a, b) => (b === 's-2' ? 0.01 : 0)).map((r) => r.id)).toEqual([]);
  });
});

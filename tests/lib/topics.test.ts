import { describe, expect, it } from 'vitest';
import { deriveTopics, quotedTerms, topicMentions, topicSlug, type TopicSourceDocument } from '../../src/lib/topics.ts';

const docs: TopicSourceDocument[] = [
  {
    id: 'a',
    province: '河南',
    clauses: [
      { id: 'a-1', text: '建设“青年之家”阵地，推进“智慧团建”系统应用，实施青马工程。' },
      { id: 'a-2', text: '落实“三性”要求，坚持“四个意识”。' },
    ],
  },
  {
    id: 'b',
    province: '山西',
    clauses: [
      { id: 'b-1', text: '深化青年之家建设，坚持“四个意识”。' },
      { id: 'b-2', text: '实施“青年马克思主义者培养工程”，强调“三性”。' },
    ],
  },
  { id: 'c', province: '河南', clauses: [{ id: 'c-1', text: '用好智慧团建。' }] },
];

const terms = { aliases: { 青年马克思主义者培养工程: ['青马工程'] }, exclude: ['四个意识'] };

describe('quotedTerms', () => {
  it('takes quoted names of three or more characters without sentence punctuation', () => {
    expect(quotedTerms('开展“青年之家”和“三性”建设，“第一团支书+”，“不忘初心、牢记使命”，“要坚持，要落实”')).toEqual(['青年之家', '不忘初心、牢记使命']);
  });
});

describe('deriveTopics', () => {
  const topics = deriveTopics(docs, terms);
  const byName = (name: string) => topics.find((t) => t.name === name);

  it('keeps quoted terms that occur (quoted or not) in two or more documents', () => {
    expect(byName('青年之家')?.clauseIds).toEqual(['a-1', 'b-1']);
    expect(byName('智慧团建')?.documentIds).toEqual(['a', 'c']);
  });

  it('merges curated abbreviations into their full name', () => {
    expect(byName('青年马克思主义者培养工程')?.clauseIds).toEqual(['a-1', 'b-2']);
    expect(byName('青马工程')).toBeUndefined();
  });

  it('leaves out excluded slogans and two-character quotes', () => {
    expect(byName('四个意识')).toBeUndefined();
    expect(byName('三性')).toBeUndefined();
  });

  it('orders topics found in more provinces first', () => {
    expect(topics[0]!.provinces.length).toBe(2);
    expect(topics.at(-1)!.name).toBe('智慧团建');
  });
});

describe('topicSlug', () => {
  it('is ASCII, stable and distinct', () => {
    expect(topicSlug('青年之家')).toMatch(/^t-[0-9a-z]{7}$/);
    expect(topicSlug('青年之家')).toBe(topicSlug('青年之家'));
    expect(topicSlug('青年之家')).not.toBe(topicSlug('智慧团建'));
  });
});

describe('topicMentions', () => {
  it('finds the first mention of each topic through any of its forms', () => {
    const topics = deriveTopics(docs, terms);
    const found = topicMentions(topics)('实施青马工程，建好青年之家、青年之家。');
    expect(found.map((m) => [m.topic.name, m.start, m.end])).toEqual([
      ['青年马克思主义者培养工程', 2, 6],
      ['青年之家', 9, 13],
    ]);
  });
});

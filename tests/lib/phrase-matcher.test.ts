import { describe, expect, it } from 'vitest';
import { phraseMatcher } from '../../src/lib/phrase-matcher.ts';

describe('phraseMatcher', () => {
  const find = phraseMatcher([
    { phrase: '青年之家', value: 'home' },
    { phrase: '青年', value: 'youth' },
    { phrase: '家', value: 'house' },
    { phrase: '智慧团建', value: 'smart' },
  ]);

  it('finds every occurrence of every phrase, overlapping ones too, in text order', () => {
    expect(find('建好青年之家，用好智慧团建').map((m) => [m.value, m.start, m.end])).toEqual([
      ['home', 2, 6],
      ['youth', 2, 4],
      ['house', 5, 6],
      ['smart', 9, 13],
    ]);
  });

  it('finds nothing in a text without the phrases', () => {
    expect(find('做好志愿服务')).toEqual([]);
    expect(find('')).toEqual([]);
  });
});

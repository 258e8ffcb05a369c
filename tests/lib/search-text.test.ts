import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import aliasFile from '../../src/lib/search-aliases.json' with { type: 'json' };
import {
  charCode,
  compareHits,
  escapeHtml,
  findSpans,
  highlightExcerpt,
  indexWords,
  matchClause,
  normalize,
  phraseQuery,
  planQuery,
} from '../../src/lib/search-text.ts';

const clauses = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../content/data/clauses.json'), 'utf8'),
) as { id: string; text: string }[];

describe('normalize', () => {
  it('drops whitespace and quote marks of every style, lower-cases Latin', () => {
    expect(normalize(' “学社 衔接”\n《纲要》「APP」\'x\' "y" ‘z’ ')).toBe('学社衔接纲要appxyz');
  });
});

describe('charCode', () => {
  it('spells a character as four lower-case letters, distinct per character', () => {
    expect(charCode('团')).toMatch(/^[a-z]{4}$/);
    expect(charCode('团')).not.toBe(charCode('青'));
    expect(charCode('𠀀')).toMatch(/^[a-z]{4}$/);
  });
});

describe('index words and phrase queries agree', () => {
  // Every substring of every clause must be found by its own query: each query word is an
  // indexed word, or (one character) a prefix of one. This is the recall guarantee.
  it('finds every substring of every clause (length 1–8, sampled)', () => {
    for (const clause of clauses) {
      const words = indexWords(clause.text);
      const set = new Set(words);
      const norm = [...normalize(clause.text)];
      for (let len = 1; len <= 8; len++) {
        for (let start = 0; start + len <= norm.length; start += 7) {
          const query = phraseQuery(norm.slice(start, start + len).join(''))!;
          for (const word of query.split(' ')) {
            const ok = word.length === 4 ? words.some((w) => w.startsWith(word)) : set.has(word);
            expect(ok, `${clause.id} ${norm.slice(start, start + len).join('')}`).toBe(true);
          }
        }
      }
    }
  });

  it('covers every character of the phrase with bigram words', () => {
    expect(phraseQuery('团')).toBe(charCode('团'));
    expect(phraseQuery('推优')).toBe(charCode('推') + charCode('优'));
    expect(phraseQuery('团青比')!.split(' ')).toEqual([charCode('团') + charCode('青'), charCode('青') + charCode('比')]);
    expect(phraseQuery('学社衔接')!.split(' ')).toHaveLength(2);
    expect(phraseQuery('“ ”')).toBeNull();
  });

  it('does not index the characters of 团结青年，比学赶超 as 团青比', () => {
    const words = new Set(indexWords('团结青年，比学赶超'));
    expect(phraseQuery('团青比')!.split(' ').every((w) => words.has(w))).toBe(false);
  });
});

describe('planQuery and matchClause', () => {
  const groups = aliasFile.groups;

  it('treats the whole query as one phrase, quotes and spaces ignored', () => {
    const plan = planQuery(' "学社 衔接" ', groups);
    expect(plan.alternatives).toEqual([{ phrases: ['学社衔接'], kind: 'literal' }]);
    expect(matchClause(plan, '打好“学社衔接”攻坚战')?.kind).toBe('literal');
    expect(matchClause(plan, '学生走向社会，做好衔接')).toBeNull();
  });

  it('expands an abbreviation to its full form and back, literal first', () => {
    const plan = planQuery('青马工程', groups);
    expect(plan.alternatives.map((a) => a.phrases[0])).toEqual(['青马工程', '青年马克思主义者培养工程']);
    expect(matchClause(plan, '实施青年马克思主义者培养工程')).toMatchObject({ kind: 'alias', rank: 1 });
    expect(planQuery('青年马克思主义者培养工程', groups).alternatives.map((a) => a.phrases[0])).toContain('青马工程');
  });

  it('no alias group has a name inside another name (that would add wrong results)', () => {
    for (const group of groups) for (const a of group) for (const b of group) if (a !== b) expect(b.includes(a)).toBe(false);
  });

  it('matches clauses tagged with a unit the query names exactly', () => {
    const plan = planQuery('基层组织建设部', [], ['基层组织建设部', '宣传部']);
    expect(plan.units).toEqual(['基层组织建设部']);
    expect(matchClause(plan, '责任部门：基层部', ['基层组织建设部'])).toMatchObject({ kind: 'unit', rank: 2 });
    expect(matchClause(plan, '责任部门：宣传部', ['宣传部'])).toBeNull();
    expect(planQuery('建设部', [], ['基层组织建设部']).units).toEqual([]);
  });

  it('splits on spaces only when asked (the fallback)', () => {
    const plan = planQuery('河南 团校', [], [], true);
    expect(plan.alternatives).toEqual([{ phrases: ['河南', '团校'], kind: 'literal' }]);
    expect(matchClause(plan, '河南省团校')).not.toBeNull();
  });

  it('orders literal before alias before unit, then by count, then by Pagefind order', () => {
    const hits = [
      { rank: 2, count: 0, order: 0 },
      { rank: 0, count: 1, order: 2 },
      { rank: 1, count: 3, order: 1 },
      { rank: 0, count: 2, order: 3 },
    ].sort(compareHits);
    expect(hits.map((h) => h.order)).toEqual([3, 2, 1, 0]);
  });
});

describe('highlighting', () => {
  it('escapes HTML and marks the match in the original text', () => {
    expect(highlightExcerpt('<b>推优</b>入党', ['推优'])).toBe('&lt;b&gt;<mark>推优</mark>&lt;/b&gt;入党');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('maps a match across ignored quote marks back to the original span', () => {
    const text = '打好“学社衔接”攻坚战';
    expect(findSpans(text, ['学社衔接'])).toEqual([[3, 7]]);
    expect(findSpans('学社“衔接”', ['学社衔接'])).toEqual([[0, 5]]);
  });

  it('shows a window around the first match with ellipses', () => {
    const text = '甲'.repeat(100) + '团青比' + '乙'.repeat(100);
    const html = highlightExcerpt(text, ['团青比'], 40, 10);
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>团青比</mark>');
  });
});

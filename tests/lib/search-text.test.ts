import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../scripts/ingest/mdx.ts';
import aliasFile from '../../src/lib/search-aliases.json' with { type: 'json' };
import {
  charCode,
  compareHits,
  escapeHtml,
  filterWord,
  findSpans,
  highlightExcerpt,
  indexWords,
  normalize,
  phraseStarts,
  phraseWords,
  planQuery,
} from '../../src/lib/search-text.ts';

const contentDocuments = path.resolve(import.meta.dirname, '../../content/documents');
const clauses = readdirSync(contentDocuments).flatMap((f) => frontmatterOf(readFileSync(path.join(contentDocuments, f), 'utf8')).clauses);

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

/** Where each phrase starts in a text, found the way the browser finds it: from index word positions. */
function starts(text: string, phrase: string): number[] {
  const indexed = indexWords(text);
  // A one-character query is a prefix of the words it starts (the index is read by prefix).
  const at = (w: string) => indexed.flatMap((x, i) => (x.startsWith(w) ? [i] : []));
  return phraseStarts(phraseWords(phrase).map(at));
}

describe('index words and phrase matching agree', () => {
  it('indexes one word per character, so positions are character positions', () => {
    expect(indexWords('团青比')).toEqual([charCode('团') + charCode('青'), charCode('青') + charCode('比'), charCode('比')]);
    expect(indexWords('“ ”')).toEqual([]);
  });

  // Every substring of every clause must be found where it is, and only there: the precision and
  // recall guarantee of the search.
  it('finds every substring of every clause at its place (length 1–8, sampled)', () => {
    for (const clause of clauses) {
      const norm = [...normalize(clause.text)];
      for (let len = 1; len <= 8; len++) {
        for (let start = 0; start + len <= norm.length; start += 7) {
          const phrase = norm.slice(start, start + len).join('');
          const expected = norm.flatMap((_, i) => (norm.slice(i, i + len).join('') === phrase ? [i] : []));
          expect(starts(clause.text, phrase), `${clause.id} ${phrase}`).toEqual(expected);
        }
      }
    }
  });

  it('spells a phrase as its overlapping bigrams', () => {
    expect(phraseWords('团')).toEqual([charCode('团')]);
    expect(phraseWords('团青比')).toEqual([charCode('团') + charCode('青'), charCode('青') + charCode('比')]);
    expect(phraseWords('“ ”')).toEqual([]);
  });

  it('does not find 团青比 in 团结青年，比学赶超', () => {
    expect(starts('团结青年，比学赶超', '团青比')).toEqual([]);
  });

  it('tells the matches of a phrase with a repeated character apart', () => {
    // In 巴黎巴巴黎 the bigrams of 黎巴黎 (黎巴, 巴黎) stand at positions 0 and 1 one after the other,
    // yet 巴黎巴 is not 黎巴黎.
    expect(starts('巴黎巴巴黎', '黎巴黎')).toEqual([]);
    expect(starts('巴黎巴黎', '黎巴黎')).toEqual([1]);
  });
});

describe('filter words', () => {
  it('are distinct per filter and value, never a prefix of one another, and never text', () => {
    const words = ['河南', '山西'].map((v) => filterWord('province', v)).concat(filterWord('unit', '河南'), filterWord('document', '河南'));
    expect(new Set(words).size).toBe(4);
    expect(new Set(words.map((w) => w.length)).size).toBe(1);
    for (const w of words) expect(w).toMatch(/^zq[pud][a-z]{11}$/);
    expect(filterWord('kind', '任务')).toBe(filterWord('kind', '任务'));
  });
});

describe('planQuery', () => {
  const groups = aliasFile.groups;

  it('treats the whole query as one phrase, quotes and spaces ignored', () => {
    const plan = planQuery(' "学社 衔接" ', groups);
    expect(plan.alternatives).toEqual([{ phrases: ['学社衔接'], kind: 'literal' }]);
  });

  it('expands an abbreviation to its full form and back, literal first', () => {
    const plan = planQuery('青马工程', groups);
    expect(plan.alternatives.map((a) => [a.phrases[0], a.kind])).toEqual([
      ['青马工程', 'literal'],
      ['青年马克思主义者培养工程', 'alias'],
    ]);
    expect(planQuery('青年马克思主义者培养工程', groups).alternatives.map((a) => a.phrases[0])).toContain('青马工程');
  });

  it('no alias group has a name inside another name (that would add wrong results)', () => {
    for (const group of groups) for (const a of group) for (const b of group) if (a !== b) expect(b.includes(a)).toBe(false);
  });

  it('looks for clauses tagged with a unit the query names exactly', () => {
    expect(planQuery('基层组织建设部', [], ['基层组织建设部', '宣传部']).units).toEqual(['基层组织建设部']);
    expect(planQuery('建设部', [], ['基层组织建设部']).units).toEqual([]);
  });

  it('splits on spaces only when asked (the fallback)', () => {
    expect(planQuery('河南 团校', [], []).alternatives).toEqual([{ phrases: ['河南团校'], kind: 'literal' }]);
    expect(planQuery('河南 团校', [], [], true).alternatives).toEqual([{ phrases: ['河南', '团校'], kind: 'literal' }]);
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

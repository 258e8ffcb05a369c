import { describe, expect, it } from 'vitest';
import { buildSimilarityIndex, characterGrams } from '../../src/lib/text-similarity.ts';

describe('text similarity', () => {
  it('takes 4-grams of Chinese runs only', () => {
    expect([...characterGrams('推进团校，2020年建设')]).toEqual(['推进团校']);
    expect([...characterGrams('加强中学团校建设')]).toEqual(['加强中学', '强中学团', '中学团校', '学团校建', '团校建设']);
  });

  it('scores shared specific wording above shared common wording', () => {
    const index = buildSimilarityIndex(
      new Map([
        ['a', '深入学习贯彻，加强中学团校建设'],
        ['b', '深入学习贯彻，推动中学团校建设'],
        ['c', '深入学习贯彻，做好志愿服务'],
        ['d', '深入学习贯彻，开展青年创业'],
      ]),
    );
    expect(index.similarity('a', 'b')).toBeGreaterThan(index.similarity('a', 'c'));
    expect(index.similarity('a', 'a')).toBeCloseTo(1);
    expect(index.similarity('a', 'unknown')).toBe(0);
  });
});

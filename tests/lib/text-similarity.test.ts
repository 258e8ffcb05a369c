import { describe, expect, it } from 'vitest';
import { buildSimilarityIndex, RARE_GRAM_CLAUSES } from '../../src/lib/text-similarity.ts';

describe('text similarity', () => {
  const texts = [
    '深入学习贯彻，加强中学团校建设',
    '深入学习贯彻，推动中学团校建设',
    '深入学习贯彻，做好志愿服务',
    '深入学习贯彻，开展青年创业',
    '2020年，推进团校，建设青年之家',
  ];
  const index = buildSimilarityIndex(texts);

  it('scores shared specific wording above shared common wording', () => {
    const near = index.neighbours(0);
    expect([...near.keys()].sort()).toEqual([1, 2, 3]);
    expect(near.get(1)).toBeGreaterThan(near.get(2)! * 3);
    expect(near.get(1)).toBeLessThan(1);
  });

  it('finds nothing for wording only this clause has, and counts only Chinese 4-grams', () => {
    expect(index.neighbours(4).size).toBe(0);
    expect(buildSimilarityIndex(['推进团校，2020年建设', '推进团校2020年建设']).neighbours(0).size).toBe(1);
    expect(buildSimilarityIndex(['推进团，校建设', '推进团校建设']).neighbours(0).size).toBe(0);
  });

  it('scores identical wording 1', () => {
    expect(buildSimilarityIndex(['加强中学团校建设', '加强中学团校建设', '做好志愿服务']).neighbours(0).get(1)).toBeCloseTo(1);
  });

  it('does not make neighbours of wording that too many clauses share', () => {
    // The same 8 characters, then a character of its own: only the shared grams are common to the clauses.
    const many = Array.from({ length: RARE_GRAM_CLAUSES + 1 }, (_, i) => `加强中学团校建设${String.fromCharCode(0x4e00 + i)}`);
    expect(buildSimilarityIndex(many).neighbours(0).size).toBe(0);
  });
});

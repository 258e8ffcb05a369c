import { describe, expect, it } from 'vitest';
import { Boundaries, insideRanges, overlapsRanges } from '../../src/lib/boundaries.ts';

describe('Boundaries', () => {
  const text = '第一句，第二句。第三句';
  const phrases = new Boundaries(text, /[，。]/g);

  it('finds the stretch around a position, as a scan to the neighbouring boundaries would', () => {
    for (let position = 0; position <= text.length; position++) {
      let start = position;
      while (start > 0 && !'，。'.includes(text[start - 1]!)) start--;
      let end = position;
      while (end < text.length && !'，。'.includes(text[end]!)) end++;
      expect([phrases.startOf(position), phrases.endOf(position)], `position ${position}`).toEqual([start, end]);
    }
  });

  it('numbers the stretches from 0', () => {
    expect([0, 3, 4, 8, 10].map((p) => phrases.stretchAt(p))).toEqual([0, 0, 1, 2, 2]);
  });

  it('treats a text without boundaries as one stretch', () => {
    const none = new Boundaries('没有标点的文字', /[，。]/g);
    expect([none.startOf(3), none.endOf(3), none.stretchAt(6)]).toEqual([0, 7, 0]);
  });
});

describe('range lookups', () => {
  const ranges: [number, number][] = [
    [2, 5],
    [8, 10],
  ];

  it('tell whether a span lies inside one range', () => {
    expect([insideRanges(ranges, 2, 5), insideRanges(ranges, 3, 4), insideRanges(ranges, 4, 6), insideRanges(ranges, 0, 1), insideRanges(ranges, 9, 10), insideRanges([], 0, 1)]).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
    ]);
  });

  it('tell whether a span overlaps a range', () => {
    expect([overlapsRanges(ranges, 0, 2), overlapsRanges(ranges, 0, 3), overlapsRanges(ranges, 5, 8), overlapsRanges(ranges, 9, 20), overlapsRanges(ranges, 10, 20), overlapsRanges([], 0, 1)]).toEqual([
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/lib/chinese-numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['80', 80],
    ['1,000', 1000],
    ['30000', 30000],
    ['1.5', 1.5],
    ['８０', 80],
    ['１，０００', 1000],
    [' 80 ', 80],
  ])('reads the Arabic numeral %s', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });

  it.each([
    ['10万', 100_000],
    ['3万', 30_000],
    ['1.5万', 15_000],
    ['4.52万', 45_200], // exact, no floating-point noise
    ['3千', 3000],
    ['2亿', 200_000_000],
    ['3.2万', 32_000],
    ['３．２万', 32_000],
    ['5千万', 50_000_000],
    ['1.2万亿', 1_200_000_000_000],
  ])('reads the Arabic numeral with a Chinese magnitude %s', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });

  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百二十三', 123],
    ['百', 100],
    ['三千', 3000],
    ['两千', 2000],
    ['两千零五', 2005],
    ['一千零一', 1001],
    ['一万', 10_000],
    ['万', 10_000],
    ['十万', 100_000],
    ['百万', 1_000_000],
  ])('reads the Chinese numeral %s', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });

  it.each([
    ['二〇二二', 2022],
    ['二零一九', 2019],
  ])('reads the digit-by-digit year %s', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });

  it.each(['', '   ', 'abc', '80%', '百分之八十', '十五个', '1,00', '1.2.3', '三十三四'])('returns null for %j, which is not one numeral', (s) => {
    expect(parseNumber(s)).toBeNull();
  });
});

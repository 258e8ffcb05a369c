/**
 * Numerals as policy texts write them: Arabic (80, 1,000, 1.5, full-width ８０), Arabic with a
 * Chinese magnitude (10万, 1.5万, 5千万, 1.2万亿), Chinese numerals (两, 十五, 三千, 一万, 百) and years written
 * digit by digit (二〇二二).
 *
 * A small hand-written parser rather than `chinese-numbers-converter`: that package works in
 * floating point (4.52万 -> 45199.99…), reads "百分之…" wrongly and accepts trailing junk,
 * while the forms above need only a few lines.
 */

/** Chinese digits, including the formal zero 〇 and the colloquial 两 (2). */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/** Multipliers inside a section (十, 百, 千). */
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Section multipliers (万, 亿): everything before them is multiplied. */
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Arabic number, possibly with thousands commas and a decimal part: 80, 1,000, 1.5. */
const ARABIC = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
/** Arabic number followed by a Chinese magnitude: 10万, 1.5万, 3千, 5千万, 1.2万亿. */
const ARABIC_WITH_MAGNITUDE = /^(\d+(?:\.\d+)?)([十百千]?[万亿]|[十百千]|万亿)$/;
const MAGNITUDE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };
/** A year or code written digit by digit: 二〇二二 (no 十/百/千 in it). */
const DIGIT_BY_DIGIT = /^[零〇○一二三四五六七八九]{2,}$/;
/** A Chinese numeral with place values: 十五, 三千, 两千零五, 一万, 百. */
const CHINESE_PLACE_VALUE = /^[零〇○一二两三四五六七八九十百千万亿]+$/;

/** Full-width digits and punctuation to ASCII; spaces out. */
function normalize(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/，/g, ',')
    .replace(/\s+/g, '');
}

/** Multiplies without floating-point noise (1.5 * 10000 = 15000, 4.52 * 10000 = 45200). */
function scale(value: number, factor: number): number {
  return Number((value * factor).toFixed(6));
}

function parseChinesePlaceValue(s: string): number | null {
  let total = 0; // completed 万/亿 sections
  let section = 0; // the current section below 万
  let digit: number | null = null; // a digit waiting for its place
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit && DIGITS[ch]) return null; // two digits in a row: 三四 is not a number here (零五 is)
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!; // bare 十 / 百 / 千 mean one of them
      digit = null;
    } else if (ch in BIG_UNITS) {
      const sectionValue = section + (digit ?? 0);
      total = (total + (sectionValue || 1)) * BIG_UNITS[ch]!; // bare 万 means 10000
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * The value of a numeral, or null when `s` is not one number.
 * parseNumber('1.5万') === 15000; parseNumber('两') === 2; parseNumber('二〇二二') === 2022.
 */
export function parseNumber(s: string): number | null {
  const t = normalize(s);
  if (!t) return null;
  if (ARABIC.test(t)) return Number(t.replace(/,/g, ''));
  const withMagnitude = ARABIC_WITH_MAGNITUDE.exec(t);
  if (withMagnitude) {
    // 千万 is a thousand ten-thousands, 万亿 ten thousand hundred-millions: the magnitudes multiply.
    const magnitude = [...withMagnitude[2]!].reduce((product, c) => product * MAGNITUDE[c]!, 1);
    return scale(Number(withMagnitude[1]), magnitude);
  }
  if (DIGIT_BY_DIGIT.test(t)) return Number([...t].map((c) => DIGITS[c]).join(''));
  if (CHINESE_PLACE_VALUE.test(t)) return parseChinesePlaceValue(t);
  return null;
}

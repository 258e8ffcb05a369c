/**
 * The text Word draws for one list number in a given number format (numFmt, ECMA-376 §17.18.59):
 * 1 → "一" (chineseCounting), "①" (decimalEnclosedCircle), "甲" (ideographTraditional), "1" (decimal) …
 * Formats Chinese plans use are spelled out; any other falls back to decimal, as Word does for
 * formats its fonts cannot show.
 */

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_ZERO = '零';
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const LEGAL_TRADITIONAL_DIGITS = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
const HEAVENLY_STEMS = [...'甲乙丙丁戊己庚辛壬癸'];
const EARTHLY_BRANCHES = [...'子丑寅卯辰巳午未申酉戌亥'];

interface CountingSymbols {
  digits: readonly string[];
  /** 十 百 千 and 万. */
  places: readonly [string, string, string, string];
  /** "十一" rather than "一十一" when a number starts with the tens place (not in legal writing). */
  bareTen: boolean;
}

const COUNTING: CountingSymbols = { digits: CN_DIGITS.map((d, i) => (i === 0 ? CN_ZERO : d)), places: ['十', '百', '千', '万'], bareTen: true };
const LEGAL: CountingSymbols = { digits: LEGAL_DIGITS, places: ['拾', '佰', '仟', '万'], bareTen: false };
const LEGAL_TRADITIONAL: CountingSymbols = { digits: LEGAL_TRADITIONAL_DIGITS, places: ['拾', '佰', '仟', '萬'], bareTen: false };

/** 1–9999 with place words and 零 for a gap: 10 → 十, 101 → 一百零一, 110 → 一百一十. */
function counting(n: number, symbols: CountingSymbols): string {
  if (n >= 100_000_000) return String(n);
  if (n >= 10_000) {
    const high = Math.floor(n / 10_000);
    const low = n % 10_000;
    const head = counting(high, symbols) + symbols.places[3];
    if (low === 0) return head;
    return head + (low < 1000 ? symbols.digits[0] : '') + counting(low, { ...symbols, bareTen: false });
  }
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const places = [symbols.places[2], symbols.places[1], symbols.places[0], ''];
  let out = '';
  let gap = false;
  for (const [i, d] of digits.entries()) {
    if (d === 0) {
      gap = out !== '';
      continue;
    }
    if (gap) out += symbols.digits[0];
    gap = false;
    const bare = symbols.bareTen && out === '' && i === 2 && d === 1;
    out += (bare ? '' : symbols.digits[d]!) + places[i]!;
  }
  return out;
}

/** Digit by digit: 105 → 一〇五. */
function positional(n: number, digits: readonly string[]): string {
  return [...String(n)].map((d) => digits[Number(d)]).join('');
}

/** A set of symbols with a decimal fallback past its end: ①…⑳ then 21. */
function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

function cyclic(n: number, symbols: readonly string[]): string {
  return symbols[(n - 1) % symbols.length]!;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** A, B … Z, AA, BB …: Word repeats the letter rather than counting in base 26. */
function letter(n: number): string {
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  if (format === 'none' || format === 'bullet') return '';
  if (n < 1) return String(n);
  switch (format) {
    case 'chineseCounting':
    case 'taiwaneseCounting':
      return n < 100 ? counting(n, COUNTING) : positional(n, CN_DIGITS);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return counting(n, COUNTING);
    case 'chineseLegalSimplified':
      return counting(n, LEGAL);
    case 'ideographLegalTraditional':
      return counting(n, LEGAL_TRADITIONAL);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return positional(n, CN_DIGITS);
    case 'ideographTraditional':
      return cyclic(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return cyclic(n, EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3220, 10);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return positional(n, [...'０１２３４５６７８９']);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    default:
      return String(n);
  }
}

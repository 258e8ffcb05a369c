/**
 * Word's automatic numbering as the reader sees it: number formats, list texts, start values,
 * restarts by level and by list instance, legal numbering, numbering through styles.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../scripts/ingest/docx-number-formats.ts';
import { decodeDocx } from '../../scripts/ingest/read-docx.ts';
import { abstractNum, docxPackage, num, numbered, p } from './docx-package.ts';

function lines(body: string, numbering: string, styles?: string): string[] {
  return decodeDocx('plan.docx', docxPackage({ body, numbering, styles })).text.split('\n');
}

const OUTLINE = abstractNum(1, [
  { format: 'chineseCounting', text: '%1、' },
  { format: 'chineseCounting', text: '（%2）' },
  { format: 'decimal', text: '%3.' },
  { format: 'decimal', text: '（%4）' },
]);

describe('number formats', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [35, 'chineseCounting', '三十五'],
    [100, 'chineseCounting', '一〇〇'],
    [10, 'chineseCountingThousand', '十'],
    [101, 'chineseCountingThousand', '一百零一'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1005, 'chineseCountingThousand', '一千零五'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [3, 'ideographTraditional', '丙'],
    [11, 'ideographTraditional', '甲'],
    [2, 'ideographZodiac', '丑'],
    [105, 'ideographDigital', '一〇五'],
    [1, 'decimalEnclosedCircle', '①'],
    [20, 'decimalEnclosedCircleChinese', '⑳'],
    [21, 'decimalEnclosedCircle', '21'],
    [3, 'decimalEnclosedParen', '⑶'],
    [3, 'decimalEnclosedFullstop', '⒊'],
    [2, 'ideographEnclosedCircle', '㈡'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'decimalZero', '07'],
    [14, 'upperRoman', 'XIV'],
    [4, 'lowerRoman', 'iv'],
    [28, 'upperLetter', 'BB'],
    [3, 'lowerLetter', 'c'],
    [7, 'decimal', '7'],
    [7, 'ordinalText', '7'],
    [7, 'none', ''],
  ])('%i in %s is “%s”', (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });
});

describe('list numbering', () => {
  it('draws a three-level outline and restarts lower levels under each higher one', () => {
    const body = [
      numbered(1, 0, '总体要求'),
      numbered(1, 0, '重点任务'),
      numbered(1, 1, '强化引领'),
      numbered(1, 2, '深化学习。'),
      numbered(1, 3, '每月一次。'),
      numbered(1, 3, '每季一次。'),
      numbered(1, 2, '推进宣讲。'),
      numbered(1, 3, '组建队伍。'),
      numbered(1, 1, '服务大局'),
      numbered(1, 2, '创新创业。'),
      numbered(1, 0, '工作要求'),
      numbered(1, 1, '加强领导。'),
    ].join('');
    expect(lines(body, OUTLINE + num(1, 1))).toEqual([
      '一、总体要求',
      '二、重点任务',
      '（一）强化引领',
      '1.深化学习。',
      '（1）每月一次。',
      '（2）每季一次。',
      '2.推进宣讲。',
      '（1）组建队伍。',
      '（二）服务大局',
      '1.创新创业。',
      '三、工作要求',
      '（一）加强领导。',
    ]);
  });

  it('counts past ten the Chinese way: 十、 十一、', () => {
    const body = Array.from({ length: 12 }, (_, i) => numbered(1, 0, `第${i + 1}项`)).join('');
    expect(lines(body, OUTLINE + num(1, 1)).slice(9)).toEqual(['十、第10项', '十一、第11项', '十二、第12项']);
  });

  it('starts at w:start and shows other levels in a multi-level text (%1.%2)', () => {
    const numbering = abstractNum(2, [
      { format: 'decimal', text: '%1.', start: 3 },
      { format: 'decimal', text: '%1.%2', start: 1 },
    ]) + num(1, 2);
    expect(lines([numbered(1, 0, '甲'), numbered(1, 1, '乙'), numbered(1, 1, '丙'), numbered(1, 0, '丁')].join(''), numbering)).toEqual([
      '3.甲',
      '3.1乙',
      '3.2丙',
      '4.丁',
    ]);
  });

  it('shares the counters of an abstract list among its w:num instances; a startOverride restarts them once', () => {
    const numbering =
      abstractNum(3, [{ format: 'decimal', text: '%1．' }]) +
      num(1, 3) +
      num(2, 3) +
      num(3, 3, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>');
    const body = [numbered(1, 0, '甲'), numbered(1, 0, '乙'), p('中间的段落。'), numbered(2, 0, '丙'), numbered(3, 0, '丁'), numbered(3, 0, '戊'), numbered(1, 0, '己')].join('');
    expect(lines(body, numbering)).toEqual(['1．甲', '2．乙', '中间的段落。', '3．丙', '1．丁', '2．戊', '3．己']);
  });

  it('numbers a table column the way other office suites save it: a first cell restarting the list, the rest continuing it', () => {
    const numbering = abstractNum(1, [{ format: 'decimal', text: '%1' }]) + num(1, 1) + num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>');
    expect(lines([numbered(3, 0, '甲'), numbered(1, 0, '乙'), numbered(1, 0, '丙')].join(''), numbering)).toEqual(['1甲', '2乙', '3丙']);
  });

  it('overrides a whole level for one instance (w:lvlOverride with w:lvl)', () => {
    const numbering =
      abstractNum(4, [{ format: 'decimal', text: '%1.' }]) +
      num(1, 4) +
      num(2, 4, '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl></w:lvlOverride>');
    expect(lines([numbered(1, 0, '甲'), numbered(2, 0, '乙'), numbered(2, 0, '丙')].join(''), numbering)).toEqual(['1.甲', '⑤乙', '⑥丙']);
  });

  it('does not restart a level whose w:lvlRestart is 0', () => {
    const numbering =
      abstractNum(5, [
        { format: 'chineseCounting', text: '%1、' },
        { format: 'decimal', text: '%2.', extra: '<w:lvlRestart w:val="0"/>' },
      ]) + num(1, 5);
    expect(lines([numbered(1, 0, '甲'), numbered(1, 1, '乙'), numbered(1, 0, '丙'), numbered(1, 1, '丁')].join(''), numbering)).toEqual([
      '一、甲',
      '1.乙',
      '二、丙',
      '2.丁',
    ]);
  });

  it('draws every level in decimal under w:isLgl', () => {
    const numbering =
      abstractNum(6, [
        { format: 'chineseCounting', text: '%1、' },
        { format: 'decimal', text: '%1.%2', extra: '<w:isLgl/>' },
      ]) + num(1, 6);
    expect(lines([numbered(1, 0, '甲'), numbered(1, 0, '乙'), numbered(1, 1, '丙')].join(''), numbering)).toEqual(['一、甲', '二、乙', '2.1丙']);
  });

  it('numbers paragraphs through their style, its level bound by w:pStyle, and through a numbering style link', () => {
    const numbering =
      abstractNum(7, [
        { format: 'chineseCounting', text: '%1、', extra: '<w:pStyle w:val="Heading1"/>' },
        { format: 'chineseCounting', text: '（%2）', extra: '<w:pStyle w:val="Heading2"/>' },
      ]) +
      num(1, 7) +
      abstractNum(8, [], '<w:numStyleLink w:val="PlanList"/>') +
      num(2, 8);
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>' +
      '<w:style w:type="numbering" w:styleId="PlanList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = [
      p('思想引领', '<w:pStyle w:val="Heading1"/>'),
      p('学习教育', '<w:pStyle w:val="Heading2"/>'),
      p('组织建设', '<w:pStyle w:val="Heading1"/>'),
      p('不编号', '<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      numbered(2, 1, '规范发展'),
    ].join('');
    expect(lines(body, numbering, styles)).toEqual([
      '一、思想引领',
      '（一）学习教育',
      '二、组织建设',
      '不编号',
      '（一）规范发展',
    ]);
  });

  it('draws bullets, with symbol-font bullets as •, and nothing for a level without text', () => {
    const numbering =
      abstractNum(9, [
        { format: 'bullet', text: '\uf0b7' },
        { format: 'bullet', text: '■' },
      ]) +
      '<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>' +
      num(1, 9) +
      num(2, 10);
    expect(lines([numbered(1, 0, '甲'), numbered(1, 1, '乙'), numbered(2, 0, '丙'), numbered(7, 0, '丁')].join(''), numbering)).toEqual(['•甲', '■乙', '丙', '丁']);
  });
});

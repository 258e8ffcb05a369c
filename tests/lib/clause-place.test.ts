import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/lib/citation.ts';
import { clauseAddress, headingTrail } from '../../src/lib/clause-place.ts';
import { documentLabel } from '../../src/lib/labels.ts';

const outline = [
  { id: 's-1', depth: 1, text: '一、指导思想' },
  { id: 's-3', depth: 1, text: '三、重点工作' },
  { id: 's-3-1', depth: 2, text: '（一）思想引领' },
  { id: 's-3-2', depth: 2, text: '（二）组织建设' },
];

describe('headingTrail', () => {
  it('reads the clause address from its id', () => {
    expect(clauseAddress('henan-2021', 'henan-2021-3-2-4')).toEqual([3, 2, 4]);
    expect(clauseAddress('henan-2021', 'other-3-2')).toEqual([]);
  });

  it('gives each heading above the clause its anchor', () => {
    expect(headingTrail('d', { id: 'd-3-2-4', path: ['三、重点工作', '（二）组织建设'] }, outline)).toEqual([
      { text: '三、重点工作', anchor: 's-3' },
      { text: '（二）组织建设', anchor: 's-3-2' },
    ]);
  });

  it('falls back to the heading text, and to no anchor', () => {
    expect(headingTrail('d', { id: 'd-9', path: ['一、指导思想', '（九）不在目录'] }, outline)).toEqual([
      { text: '一、指导思想', anchor: 's-1' },
      { text: '（九）不在目录', anchor: undefined },
    ]);
  });
});

describe('labels and citations', () => {
  const long = { title: '全省共青团实施“一带三强”全面提升新时代团的组织力三年行动重点任务分工方案（2019—2022）', issuer: '共青团山西省委', year: 2019, kind: '任务分工方案', docNumber: '晋团办发〔2019〕15号' };
  const short = { title: '共青团四川省委2021年工作要点', issuer: '共青团四川省委', year: 2021, kind: '工作要点', docNumber: null };

  it('shortens long titles to issuer, year and kind', () => {
    expect(documentLabel(long)).toBe('共青团山西省委2019年任务分工方案');
    expect(documentLabel(short)).toBe('共青团四川省委2021年工作要点');
  });

  it('cites issuer, title, 文号 (or year) and clause number', () => {
    expect(citationText(long, { n: 12 })).toBe('共青团山西省委《全省共青团实施“一带三强”全面提升新时代团的组织力三年行动重点任务分工方案（2019—2022）》（晋团办发〔2019〕15号）第12条');
    expect(citationText(short, { n: 3 })).toBe('《共青团四川省委2021年工作要点》（2021年）第3条');
  });
});

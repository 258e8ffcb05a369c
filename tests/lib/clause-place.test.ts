import { describe, expect, it } from 'vitest';
import { clauseAddress, headingTrail, printedPlace } from '../../src/lib/clause-place.ts';
import { printedLabel } from '../../src/lib/markers.ts';

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

describe('printedLabel: the marker as the document prints it', () => {
  it.each([
    ['26.推动农村团组织创新工作载体', '26.'],
    ['1．推进青年讲师团建设。', '1．'],
    ['3、加强少先队实践教育。', '3、'],
    ['1 巩固中学共青团基层团组织建设', '1'],
    ['(1)规范团支部建设。', '(1)'],
    ['（ 2 ）推进团队衔接。', '（2）'],
    ['①推动非公企业建团。', '①'],
    ['⑳第二十步。', '⑳'],
    ['一、指导思想', '一、'],
    ['十二．从严治团', '十二．'],
    ['（一）加强组织领导。', '（一）'],
    ['(三) 以《规划》纵深实施为统揽', '(三)'],
    ['——深化青年大学习行动。', '——'],
    ['—深化青年大学习行动。', '—'],
    ['主要目标：扩大团的有效覆盖', '主要目标：'],
    ['主要目标 : 扩大团的有效覆盖', '主要目标:'],
  ])('%s → %s', (text, label) => {
    expect(printedLabel(text)).toBe(label);
  });

  it('finds none in plain text, a year or a decimal', () => {
    expect(printedLabel('各地各单位要高度重视。')).toBeNull();
    expect(printedLabel('2019年，确保80%以上高校党委出台改革实施方案')).toBeNull();
    expect(printedLabel('3.5%的增长')).toBeNull();
  });
});

describe('printedPlace: the heading markers down to the item', () => {
  it('chains the headings and the item number as printed', () => {
    expect(printedPlace(['一、', '（十）'], '26.', 0)).toBe('一、（十）26.');
    expect(printedPlace(['二、'], '1．', 0)).toBe('二、1．');
    expect(printedPlace(['二、', '(三)', '1.'], '(1)', 0)).toBe('二、(三)1.(1)');
    expect(printedPlace(['二、', '(三)', '2.'], '①', 0)).toBe('二、(三)2.①');
    expect(printedPlace(['四、'], '（一）', 0)).toBe('四、（一）');
  });

  it('counts a "——" item under its heading', () => {
    expect(printedPlace(['三、', '（一）'], '——', 2)).toBe('三、（一）第2项');
    expect(printedPlace(['四、', '（一）', '1.'], '—', 1)).toBe('四、（一）1.第1项');
    expect(printedPlace([], '——', 3)).toBe('第3项');
  });

  it('names a label line without its colon', () => {
    expect(printedPlace(['一、'], '主要目标：', 0)).toBe('一、主要目标');
  });
});

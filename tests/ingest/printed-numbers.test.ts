/**
 * Each clause carries the number the document prints on it and its place in the document's own
 * numbering, whatever the marker style: 1. 1． 1、 (1) （1） ① 一、 （一） (三) "——" 主要目标：.
 * Also: a draft and the metadata the text does not state are recorded on the document.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { decodeSource } from '../../scripts/ingest/read-source.ts';

function extract(text: string, overrides = {}) {
  return extractDocument(decodeSource('plan.txt', new TextEncoder().encode(text)), { id: 'plan', overrides }).document;
}

const PLAN = `共青团河北省委文件

冀青字〔2024〕3号

关于深化青年发展型城市建设的实施方案

为深入推进青年发展型城市建设，制定本方案。

一、工作目标

1．到2025年，全省青年发展型城市试点达到10个以上。

2．青年就业创业服务体系更加健全，青年满意度明显提升。

二、重点任务

（一）加强思想引领

——深化青年大学习行动。每季度开展1次主题团课。

——推进青年讲师团建设。组建不少于100支宣讲队伍。

（二）服务青年就业

1、实施青年就业见习计划。每年募集见习岗位不少于1万个。

2、开展青年创业大赛。

(三) 建强基层组织

1.加强学校团建

(1)规范团支部建设。每学期至少召开2次团支部大会。

（2）推进团队衔接。

2.加强社会领域团建

①推动非公企业建团。到2025年覆盖率达到60%。

②推动社会组织建团。

三、工作要求

（一）加强组织领导。各地各单位要高度重视。

（二）强化督导落实。团省委将定期调度。
`;

describe('labels and places as printed', () => {
  const document = extract(PLAN);

  it('records the marker and the chain of heading numbers of every clause', () => {
    expect(document.clauses.map((c) => [c.kind, c.label, c.place])).toEqual([
      ['goal', '1．', '一、1．'],
      ['goal', '2．', '一、2．'],
      ['task', '——', '二、（一）第1项'],
      ['task', '——', '二、（一）第2项'],
      ['task', '1、', '二、（二）1、'],
      ['task', '2、', '二、（二）2、'],
      ['task', '(1)', '二、(三)1.(1)'],
      ['task', '（2）', '二、(三)1.（2）'],
      ['task', '①', '二、(三)2.①'],
      ['task', '②', '二、(三)2.②'],
      ['requirement', '（一）', '三、（一）'],
      ['requirement', '（二）', '三、（二）'],
    ]);
  });

  it('keeps the reading order in n, which no place is made of', () => {
    expect(document.clauses.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('counts "——" items afresh under every heading, and names a 主要目标 paragraph by its label', () => {
    const shanxiStyle = extract(`全省共青团组织力提升任务分工方案（2019—2022）

一、强基达标工程

主要目标：扩大团的有效覆盖。

（一）推动学校团学改革

——持续推动高校共青团改革。

——加强对民办学校的组织梳理。

（二）推进街道社区团的建设

—— 深入推进区域化团建。
`, { province: '山西', issuer: '共青团山西省委' });
    expect(shanxiStyle.clauses.map((c) => [c.label, c.place])).toEqual([
      ['主要目标：', '一、主要目标'],
      ['——', '一、（一）第1项'],
      ['——', '一、（一）第2项'],
      ['——', '一、（二）第1项'],
    ]);
  });

  it('leaves ① ② after a numbered task in that task when its labels follow', () => {
    const steps = extract(`共青团山西省委2020年任务分工方案

一、强基达标工程

1.推动学校团学改革

①2020年，推动80%以上高校出台改革方案；

②2021年，实现高校全覆盖。

责任部门：学校部

2.加强团员发展工作。

责任部门：组织部
`);
    expect(steps.clauses.map((c) => [c.label, c.place, c.text.split('\n').length])).toEqual([
      ['1.', '一、1.', 4],
      ['2.', '一、2.', 2],
    ]);
  });
});

describe('draft and inferred metadata', () => {
  it('reads a （草 案） line under the title as a draft', () => {
    const draft = extract(`共青团河北省委关于深化青年发展型城市建设的实施方案

（草 案）

一、重点任务

——深化青年大学习行动。
`, { year: 2024 });
    expect(draft).toMatchObject({ draft: true, year: 2024, inferred: [], supplied: ['year'], docNumber: null });
  });

  it('reads 征求意见稿 in the title as a draft; an issued plan is not one', () => {
    expect(extract(`共青团河北省委2024年工作要点（征求意见稿）\n\n一、重点任务\n\n——深化青年大学习行动。\n`).draft).toBe(true);
    expect(extract(PLAN)).toMatchObject({ draft: false, inferred: [] });
  });

  it('records an issuer it had to default from the province, and the province it read from the title', () => {
    const plan = extract(`河北省青年发展型城市建设2024年工作要点\n\n一、重点任务\n\n——深化青年大学习行动。\n`);
    expect(plan).toMatchObject({ issuer: '共青团河北省委', inferred: ['issuer', 'province', 'level'] });
  });
});

/**
 * The outline rules for plans from other issuers: top-level items, sub-items inside an item,
 * section introductions, goal blocks with their continuation paragraphs, the frame parts of a plan
 * (指导思想, 目标, 要求) and the kinds of items under 保障措施 and 工作要求.
 */
import { describe, expect, it } from 'vitest';
import { toParagraphs } from '../../scripts/ingest/paragraphs.ts';
import { buildStructure, type Block, type ClauseBlock } from '../../scripts/ingest/structure.ts';

function structure(source: string): Block[] {
  return buildStructure(toParagraphs(source));
}

function clauses(source: string) {
  return structure(source)
    .filter((b): b is ClauseBlock => b.type === 'clause')
    .map((b) => ({ kind: b.kind, path: b.path, text: b.paragraphs.map((p) => p.text).join('\n') }));
}

const starts = (source: string) => clauses(source).map((c) => c.text.slice(0, 12));

describe('a notice whose measures are its top-level paragraphs', () => {
  const NOTICE = `省人民政府关于进一步做好普通高等学校毕业生就业创业工作的通知

各市、州、县人民政府，省政府各部门：

为做好高校毕业生就业创业工作，现就有关事项通知如下：

一、拓宽基层就业渠道。各地要大力开发城乡社区公共管理和社会服务岗位。（责任单位：省人社厅、省民政厅）

二、鼓励到艰苦边远地区就业。对到贫困县乡以下基层单位工作的高校毕业生，给予学费补偿。

国有企业招用高校毕业生的情况，每年年底前报送备案。（责任单位：省国资委）

十、加大创业资金扶持。省级扶持资金提高到1亿元。具体措施：

（一）对大学生初创企业，给予2万元至10万元的无偿资助。

（二）对创业孵化基地，给予每户每年3000元的孵化补贴。

十一、强化创业培训。每年开展大学生创业培训2万人次。

三十、加强组织领导。各级人民政府要建立目标责任制。

湖北省人民政府

2014年6月10日
`;

  it('reads each measure 一、…三十、 as a task clause, the notice before them as preamble', () => {
    expect(structure(NOTICE)[0]).toMatchObject({ type: 'preamble' });
    expect(starts(NOTICE)).toEqual(['一、拓宽基层就业渠道。各', '二、鼓励到艰苦边远地区就', '（一）对大学生初创企业，', '（二）对创业孵化基地，给', '十一、强化创业培训。每年', '三十、加强组织领导。各级']);
    expect(clauses(NOTICE).every((c) => c.kind === 'task')).toBe(true);
  });

  it('keeps the bare paragraphs of a measure with it, but not the signature and date', () => {
    expect(clauses(NOTICE)[1]!.text).toContain('每年年底前报送备案。（责任单位：省国资委）');
    expect(clauses(NOTICE).at(-1)!.text).toBe('三十、加强组织领导。各级人民政府要建立目标责任制。');
    expect(structure(NOTICE).at(-1)).toMatchObject({ type: 'section', paragraphs: [{ text: '湖北省人民政府' }, { text: '2014年6月10日' }] });
  });

  it('keeps a tag standing on its own line with the item above it', () => {
    expect(clauses('一、主要任务\n（一）深化就业见习计划。每年募集见习岗位1万个。\n（人力资源社会保障部牵头，教育部参与）\n（二）加强创业培训。\n').map((c) => c.text)).toEqual([
      '（一）深化就业见习计划。每年募集见习岗位1万个。\n（人力资源社会保障部牵头，教育部参与）',
      '（二）加强创业培训。',
    ]);
  });

  it('leaves a paragraph after an item closed by its tag or labels out of that item', () => {
    const source = '一、拓宽基层就业渠道。各地要开发岗位。（责任单位：省人社厅）\n\n各地各部门要加强统筹，每季度报送进展。\n\n二、加强就业指导。\n牵头单位：省教育厅\n\n各高校要于每年底前报送总结。\n';
    expect(clauses(source).map((c) => c.text)).toEqual(['一、拓宽基层就业渠道。各地要开发岗位。（责任单位：省人社厅）', '二、加强就业指导。\n牵头单位：省教育厅']);
  });

  it('makes a measure with sub-items (具体措施：) their heading: the sub-items are the clauses, with the measure in their path', () => {
    const [first, second] = clauses(NOTICE).slice(2);
    expect(first!.path).toEqual(['十、加大创业资金扶持。省级扶持资金提高到1亿元。具体措施：']);
    expect(second!.path).toEqual(first!.path);
    expect(clauses(NOTICE)[4]!.path).toEqual([]);
  });

  it('reads a measure whose title stands on a line of its own together with the paragraphs under it', () => {
    expect(clauses('三、保障措施\n\n（一）加强组织领导\n\n各区要成立领导小组。\n\n（二）强化资金保障\n\n市财政每年安排专项资金。\n\n其他事项\n')).toEqual([
      { kind: 'task', path: ['三、保障措施'], text: '（一）加强组织领导\n各区要成立领导小组。' },
      { kind: 'task', path: ['三、保障措施'], text: '（二）强化资金保障\n市财政每年安排专项资金。' },
    ]);
  });

  it('reads a bare title over lines that are no sentences as a heading', () => {
    expect(clauses('一、加强培训。\n\n二、联系方式\n\n联系人：张明，电话：0311-87654321\n')).toEqual([{ kind: 'task', path: [], text: '一、加强培训。' }]);
  });

  it('reads the frame parts (行动主题, 行动时间, 附则) with their text as headings, not items', () => {
    expect(clauses('一、行动主题\n\n强能力、锻作风、抓落实\n\n二、行动时间\n\n从2022年3月开始。\n\n三、主要任务\n\n1．加强培训。\n\n四、附则\n\n本方案自印发之日起施行。\n')).toEqual([
      { kind: 'task', path: ['三、主要任务'], text: '1．加强培训。' },
    ]);
  });
});

describe('a municipal plan with goal blocks, section introductions and sub-items', () => {
  const PLAN = `苏州市青年人才集聚行动计划（2018—2020年）

一、指导思想

全面贯彻党的十九大精神，把青年人才作为人才队伍建设的重点。

二、发展目标

到2020年，全市青年人才发展环境进一步优化。具体目标是：

1．青年人才总量持续增长。到2020年，全市青年人才总量达到150万人。

其中，新引进高校毕业生每年不少于8万名。

青年技能人才队伍不断壮大，高技能人才占比达到30%以上。

2．青年创新创业活力显著增强。三年内扶持青年创办企业3000家以上。

三、重点任务

（一）青年人才引进工程。重点实施以下项目：

1．实施“姑苏青年英才”引进计划。每年遴选50名左右。

2．实施高校毕业生“留苏”计划。每年募集见习岗位不少于5000个。

（二）青年人才培养工程。重点实施以下项目：

3．实施青年技能人才培育计划。具体措施：

（1）建设青年技能大师工作室。

（2）开展青年职业技能竞赛。

4．实施青年企业家培养计划。每年选派100名青年企业家研修。

四、保障措施

（一）加强组织领导。成立青年人才工作领导小组。

五、有关要求

各市、区要于2018年9月底前制定实施细则。
`;
  const found = clauses(PLAN);

  it('keeps the bare paragraphs after a numbered goal in that goal, and leaves the text under 指导思想 and 有关要求 out', () => {
    expect(found[0]).toEqual({
      kind: 'goal',
      path: ['二、发展目标'],
      text: '1．青年人才总量持续增长。到2020年，全市青年人才总量达到150万人。\n其中，新引进高校毕业生每年不少于8万名。\n青年技能人才队伍不断壮大，高技能人才占比达到30%以上。',
    });
    expect(found.map((c) => c.text).join('')).not.toMatch(/全面贯彻|到2020年，全市青年人才发展环境|实施细则/);
  });

  it('reads a section introduction (（一）…。重点实施以下项目：) as a heading over its items', () => {
    expect(found.slice(2, 4).map((c) => c.path)).toEqual([
      ['三、重点任务', '（一）青年人才引进工程。重点实施以下项目：'],
      ['三、重点任务', '（一）青年人才引进工程。重点实施以下项目：'],
    ]);
  });

  it('puts sub-items under their item, and the next item back beside it', () => {
    expect(found.slice(4).map((c) => [c.text.slice(0, 6), c.path.at(-1)])).toEqual([
      ['（1）建设青', '3．实施青年技能人才培育计划。具体措施：'],
      ['（2）开展青', '3．实施青年技能人才培育计划。具体措施：'],
      ['4．实施青年', '（二）青年人才培养工程。重点实施以下项目：'],
      ['（一）加强组', '四、保障措施'],
    ]);
  });

  it('makes items under 保障措施 tasks', () => {
    expect(found.at(-1)!.kind).toBe('task');
  });
});

describe('frame parts of a plan', () => {
  it('reads 指导思想, 基本原则 and 主要目标 written with their text in one paragraph as headings, not clauses', () => {
    const source = `一、总体要求

（一）指导思想。全面贯彻党的十九大精神，坚持党管青年原则。

（二）基本原则。坚持服务大局，坚持改革创新。

（三）主要目标。到2020年，青年志愿者注册人数达到8000万人。

二、重点任务

（四）加快培育青年志愿服务组织。到2020年每个县至少培育10个。
`;
    expect(clauses(source)).toEqual([{ kind: 'task', path: ['二、重点任务'], text: '（四）加快培育青年志愿服务组织。到2020年每个县至少培育10个。' }]);
  });

  it('reads a frame title that runs into its text (a body that lost its line breaks) as a heading', () => {
    const source = '一、指导思想全面贯彻党的十九大精神。二、工作目标到2020年，团组织覆盖率达到95%。三、主要任务1．深化青年大学习。2．建强讲师团。';
    expect(starts(source)).toEqual(['1．深化青年大学习。', '2．建强讲师团。']);
  });

  it('tells an item that organises the work (加强组织领导。…) from the 组织领导 part itself', () => {
    expect(starts('六、组织领导。各地要成立领导小组。\n\n七、加强组织实施。各地要细化方案。\n')).toEqual(['七、加强组织实施。各地要']);
  });

  it('gives goals under 具体目标 and 阶段目标 headings', () => {
    expect(clauses('二、具体目标\n\n1．青年就业更加充分。城镇青年调查失业率控制在合理区间。\n\n2．青年创业更加活跃。\n').map((c) => c.kind)).toEqual(['goal', 'goal']);
  });

  it('gives requirements under 工作要求, tasks under a 保障 heading inside it', () => {
    const source = `四、工作要求

1．加强组织领导。各地要高度重视。

（一）组织保障

1．落实经费保障。各地要安排专项经费。
`;
    expect(clauses(source).map((c) => c.kind)).toEqual(['requirement', 'task']);
  });
});

describe('attachment lists', () => {
  it('keeps the numbered titles after 附件： out of the items, in the notice and after the last item', () => {
    const source = '关于印发两个方案的通知\n各市团委：\n现将两个方案印发给你们。\n附件：1．青年志愿服务实施方案\n2．任务分工表\n共青团河北省委\n2019年3月1日\n青年志愿服务实施方案\n一、主要任务\n1．开展志愿服务。\n2．加强宣传。\n附件：1．任务分工表\n2．联系人名单\n';
    expect(clauses(source).map((c) => c.text)).toEqual(['1．开展志愿服务。', '2．加强宣传。']);
    expect(structure(source)[0]).toMatchObject({ type: 'preamble' });
    expect(structure(source).at(-1)).toMatchObject({ type: 'section', paragraphs: [{ text: '附件：1．任务分工表' }, { text: '2．联系人名单' }] });
  });
});

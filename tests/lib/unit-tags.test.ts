import { describe, expect, it } from 'vitest';
import { declaresPositionalLead, parseUnitTags } from '../../src/lib/unit-tags.ts';

/** [role, raw] of each name, in order. */
function tags(text: string, positionalLead = false) {
  return parseUnitTags(text, { positionalLead }).names.map((n) => [n.role, n.raw]);
}

describe('parseUnitTags: labelled tags in every spelling', () => {
  it.each([
    ['（牵头单位：团市委学校部；配合单位：市教育局、各区团委）', [['lead', '团市委学校部'], ['responsible', '市教育局'], ['responsible', '各区团委']]],
    ['（牵头单位:市人力资源和社会保障局,配合单位:市财政局）', [['lead', '市人力资源和社会保障局'], ['responsible', '市财政局']]],
    ['(牵头部门：团市委青年发展部；配合部门：市科技局)', [['lead', '团市委青年发展部'], ['responsible', '市科技局']]],
    ['（责任单位：各区团委；参与单位：市青年联合会）', [['responsible', '各区团委'], ['responsible', '市青年联合会']]],
    ['（牵头单位：团市委；协办单位：市志愿者行动指导中心）', [['lead', '团市委'], ['responsible', '市志愿者行动指导中心']]],
    ['（责任部门：团市委组织部）', [['responsible', '团市委组织部']]],
    ['（责任单位：区教育局；协同单位：区财政局）', [['responsible', '区教育局'], ['responsible', '区财政局']]],
    ['（牵头处室：就业促进处；配合处室：财务处）', [['lead', '就业促进处'], ['responsible', '财务处']]],
    ['（责任主体：各区政府）', [['responsible', '各区政府']]],
    ['（牵头责任单位：市发展改革委；主要责任单位：市财政局；协作单位：市统计局）', [['lead', '市发展改革委'], ['responsible', '市财政局'], ['responsible', '市统计局']]],
  ])('reads %s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  it('reads labels on lines of their own', () => {
    const text = '3.实施青年就业见习计划，每年募集见习岗位不少于3000个。\n牵头单位：市人力资源和社会保障局\n配合单位：团市委青年发展部、各区团委';
    expect(tags(text)).toEqual([
      ['lead', '市人力资源和社会保障局'],
      ['responsible', '团市委青年发展部'],
      ['responsible', '各区团委'],
    ]);
  });

  it('ends a labelled list at a piece after a comma that is no unit', () => {
    expect(tags('配合单位：市财政局、市税务局，2018年底前完成')).toEqual([
      ['responsible', '市财政局'],
      ['responsible', '市税务局'],
    ]);
  });
});

describe('parseUnitTags: unlabelled tags', () => {
  it.each([
    ['推进高考综合改革试点。（教育部牵头，各有关部门按职责分工负责）', [['lead', '教育部'], ['responsible', '各有关部门']]],
    ['健全就业服务体系。（人力资源社会保障部会同有关部门负责）', [['responsible', '人力资源社会保障部会同有关部门']]],
    ['建立全国统一的信用信息共享平台（国家发展改革委负责）。', [['responsible', '国家发展改革委']]],
    ['落实普惠性减税政策。（财政部、税务总局负责）', [['responsible', '财政部'], ['responsible', '税务总局']]],
    ['（发展改革委、财政部、人民银行等按职责分工负责）', [['responsible', '发展改革委'], ['responsible', '财政部'], ['responsible', '人民银行等']]],
    ['（教育部牵头，财政部、人力资源社会保障部参与）', [['lead', '教育部'], ['responsible', '财政部'], ['responsible', '人力资源社会保障部']]],
    ['（教育部会同国家发展改革委、财政部负责）', [['responsible', '教育部'], ['responsible', '国家发展改革委'], ['responsible', '财政部']]],
    ['（各有关部门和单位按职责分工负责）', [['responsible', '各有关部门和单位']]],
    ['（国务院办公厅牵头，各省级人民政府负责，2016年底前完成）', [['lead', '国务院办公厅'], ['responsible', '各省级人民政府']]],
    ['（工业和信息化部牵头负责）', [['lead', '工业和信息化部']]],
    ['（由团市委负责牵头，市教育局协助）', [['lead', '团市委'], ['responsible', '市教育局']]],
    ['（省财政厅、人民银行长沙中心支行负责）', [['responsible', '省财政厅'], ['responsible', '人民银行长沙中心支行']]],
    ['（国务院各部门分别负责，年内持续推进）', [['responsible', '国务院各部门']]],
    ['（生态环境部、国家发展改革委、科技部等14部门按照职责分工负责）', [['responsible', '生态环境部'], ['responsible', '国家发展改革委'], ['responsible', '科技部等14部门']]],
    ['（各省级人民政府负总责）', [['responsible', '各省级人民政府']]],
    ['（发展改革委、商务部起草）', [['responsible', '发展改革委'], ['responsible', '商务部']]],
    ['（市政府办公室、市行政审批局牵头,市级各有关部门及各区政府按职责分工负责)', [['lead', '市政府办公室'], ['lead', '市行政审批局'], ['responsible', '市级各有关部门'], ['responsible', '各区政府']]],
  ])('reads %s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  it('reads a closing sentence: 由X牵头，Y配合 / X牵头负责 / X、Y按职责分工负责', () => {
    expect(tags('5.开展青年创业大赛，每年评选创业项目50个。由市人社局牵头，市财政局、团市委配合。')).toEqual([
      ['lead', '市人社局'],
      ['responsible', '市财政局'],
      ['responsible', '团市委'],
    ]);
    expect(tags('推进青年创业孵化基地建设，团市委牵头负责。')).toEqual([['lead', '团市委']]);
    expect(tags('加强青少年网络素养教育，市委网信办、市教育局按职责分工负责。')).toEqual([
      ['responsible', '市委网信办'],
      ['responsible', '市教育局'],
    ]);
    expect(tags('关于严守耕地保护红线的问题，由国土资源部会同农业部等部门负责落实。')).toEqual([
      ['responsible', '国土资源部'],
      ['responsible', '农业部等部门'],
    ]);
    expect(tags('活动的具体组织工作由团市委负责。')).toEqual([['responsible', '团市委']]);
  });

  it('splits 及 / 与 / 和 only between two units', () => {
    expect(tags('（市政府办公室牵头，市级各有关部门及各区政府按职责分工负责）')).toEqual([
      ['lead', '市政府办公室'],
      ['responsible', '市级各有关部门'],
      ['responsible', '各区政府'],
    ]);
    expect(tags('（市人力资源和社会保障局负责）')).toEqual([['responsible', '市人力资源和社会保障局']]);
  });

  it('reads every tag of a clause in text order', () => {
    const text = '完善创业担保贷款政策（财政部、人民银行负责）；落实税收优惠（税务总局负责）。';
    expect(tags(text)).toEqual([
      ['responsible', '财政部'],
      ['responsible', '人民银行'],
      ['responsible', '税务总局'],
    ]);
  });
});

describe('parseUnitTags: positional rule', () => {
  it('makes the first unit of every tag lead, a single one too', () => {
    expect(tags('（教育部、国家发展改革委、财政部负责）', true)).toEqual([
      ['lead', '教育部'],
      ['responsible', '国家发展改革委'],
      ['responsible', '财政部'],
    ]);
    expect(tags('推进职业教育改革。（教育部负责）', true)).toEqual([['lead', '教育部']]);
    expect(tags('推进职业教育改革（教育部、人力资源社会保障部）。', true)).toEqual([
      ['lead', '教育部'],
      ['responsible', '人力资源社会保障部'],
    ]);
  });

  it('makes a named unit with a trailing category lead', () => {
    expect(tags('（银监会会同有关部门负责）', true)).toEqual([['lead', '银监会会同有关部门']]);
    expect(tags('（人民银行等按职责分工负责）', true)).toEqual([['lead', '人民银行等']]);
  });

  it('leaves a collective listed first responsible', () => {
    expect(tags('（各省级人民政府、教育部负责）', true)).toEqual([
      ['responsible', '各省级人民政府'],
      ['responsible', '教育部'],
    ]);
  });

  it('keeps the words of a tag that says who leads', () => {
    expect(tags('（财政部牵头，教育部、人力资源社会保障部参与）', true)).toEqual([
      ['lead', '财政部'],
      ['responsible', '教育部'],
      ['responsible', '人力资源社会保障部'],
    ]);
  });

  it.each([
    '现将重点任务分工如下（列第一位者为牵头单位，下同）：',
    '各项任务中排在第一位的部门为牵头部门，其他部门按职责分工配合。',
    '（教育部、财政部负责，列第一位的为牵头部门，下同）',
    '所列单位中第一个单位为牵头单位。',
    '责任分解中，列第一位的责任单位为牵头单位或汇总单位。',
    '列首位的为牵头单位。',
  ])('finds the declaration in %s', (text) => {
    expect(declaresPositionalLead(text)).toBe(true);
  });

  it('finds no declaration in ordinary text', () => {
    expect(declaresPositionalLead('牵头单位要切实负起责任，第一时间研究部署。')).toBe(false);
  });
});

describe('parseUnitTags: what is not a tag', () => {
  it.each([
    ['a sentence about a leader', '团省委负责同志要带头深入基层开展调研。'],
    ['a duty in a sentence', '各级团组织要负责做好青年就业创业服务工作。'],
    ['a governance slogan', '形成党委领导、政府负责、社会协同、公众参与的工作格局。'],
    ['a slogan closing the clause', '坚持党委领导、政府负责、社会协同、公众参与。'],
    ['everyone takes part', '营造全社会关心青年发展的良好氛围（全社会共同参与）。'],
    ['the other name of a unit', '推动高校学生会（研究生会）深化改革。'],
    ['a duty by level', '推动各级团组织将团干部培训列入同级党校培训计划，分级负责，分系统落实。'],
    ['a note in brackets', '任职不满3年（含3年）的团干部每年培训不少于30课时。'],
  ])('%s', (_why, text) => {
    expect(tags(text)).toEqual([]);
    expect(tags(text, true)).toEqual([]);
  });
});

describe('parseUnitTags: lead marks and labelled lists under the positional rule', () => {
  it('makes a name marked （牵头） lead', () => {
    expect(tags('（责任单位：市发展改革委（牵头）、市财政局、市商务局；完成时限：2018年12月底前）')).toEqual([
      ['lead', '市发展改革委'],
      ['responsible', '市财政局'],
      ['responsible', '市商务局'],
    ]);
    expect(tags('（市教育局（牵头）、市人社局、团市委负责）')).toEqual([
      ['lead', '市教育局'],
      ['responsible', '市人社局'],
      ['responsible', '团市委'],
    ]);
  });

  it('makes the first unit of a labelled list lead where the document declares it and no label says who leads', () => {
    expect(tags('（责任单位：省教育厅、省财政厅、各市县政府）', true)).toEqual([
      ['lead', '省教育厅'],
      ['responsible', '省财政厅'],
      ['responsible', '各市县政府'],
    ]);
    expect(tags('（牵头单位：省教育厅；责任单位：省财政厅、省人社厅）', true)).toEqual([
      ['lead', '省教育厅'],
      ['responsible', '省财政厅'],
      ['responsible', '省人社厅'],
    ]);
  });

  it('reads a note of what is included as no tag', () => {
    expect(tags('推动全市所有中学建立团校（含中职学校）。')).toEqual([]);
  });
});

describe('parseUnitTags: a bracket of one unit at the end of a paragraph', () => {
  it('is a tag after a line end or a punctuation mark, spaces or not, and not after running text', () => {
    expect(tags('推进职业教育改革。\n（教育部）')).toEqual([['responsible', '教育部']]);
    expect(tags('推进职业教育改革。 \t（教育部）')).toEqual([['responsible', '教育部']]);
    expect(tags('（教育部）')).toEqual([['responsible', '教育部']]);
    expect(tags('推进职业教育改革 （教育部）')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/lib/deadlines.ts';

/** (text, year, month, day, recurrence) of each deadline, in order. */
function tuples(text: string) {
  return extractDeadlines(text).map((d) => [d.text, d.year, d.month, d.day, d.recurrence]);
}

describe('extractDeadlines: dated limits', () => {
  it.each([
    ['2019年底前，各省辖市建立市级团教协作长效机制。', '2019年底前', 2019, 12, 31],
    ['市级中学 2019 年底前 50% 的学校成立团校', '2019 年底前', 2019, 12, 31],
    ['2022年底实现县域统筹', '2022年底', 2022, 12, 31],
    ['推动县级团委2019年3月底全部按时换届。', '2019年3月底', 2019, 3, 31],
    ['2021年2月底前完成', '2021年2月底前', 2021, 2, 28],
    ['2020年2月底前完成', '2020年2月底前', 2020, 2, 29],
    ['2021年3月15日前报送', '2021年3月15日前', 2021, 3, 15],
    ['2020年“六一”前初步建立系统、分段的少先队仪式。', '2020年“六一”前', 2020, 6, 1],
    ['到 2022 年将全省团青比控制在 30% 以内', '到 2022 年', 2022, null, null],
    ['到2021年底前完成80%的建团任务', '到2021年底前', 2021, 12, 31],
    ['力争2021年前，各级学联学生会组织的政治性显著增强', '2021年前', 2021, null, null],
    ['2020年之前，以脱贫攻坚为重点', '2020年之前', 2020, null, null],
    ['2019年起，省、市、县三级团委扩大培训覆盖面', '2019年起', 2019, null, null],
    ['2020年后，按照年初部署、中期评估的节奏持续推进', '2020年后', 2020, null, null],
    ['2019年下半年，充分调研初中建队', '2019年下半年', 2019, null, null],
    ['二〇二二年底前全面完成', '二〇二二年底前', 2022, 12, 31],
    ['２０２０年底前全面完成', '２０２０年底前', 2020, 12, 31],
  ])('reads %s', (text, dtext, year, month, day) => {
    expect(tuples(text)).toEqual([[dtext, year, month, day, null]]);
  });

  it('reads a bare year at the start of a 推进步骤 segment and in the body', () => {
    const text = '推进步骤：2019年，确保80%以上高校党委出台改革实施方案；做好专项工作。2020年，推动所有高校党委出台改革实施方案。';
    expect(tuples(text)).toEqual([
      ['2019年', 2019, null, null, null],
      ['2020年', 2020, null, null, null],
    ]);
  });

  it.each([
    ['2021—2022年，全面推广', '2021—2022年', 2022],
    ['2019-2020年，落实好项目', '2019-2020年', 2020],
    ['2019年—2020年，在部分行业试点', '2019年—2020年', 2020],
    ['2020年至2022年，围绕重大事件', '2020年至2022年', 2022],
    ['2019年下半年—2020年，落实团中央改革举措', '2019年下半年—2020年', 2020],
  ])('gives a span %s its end year', (text, dtext, year) => {
    expect(tuples(text)).toEqual([[dtext, year, null, null, null]]);
  });

  it('dates a founding anniversary', () => {
    expect(tuples('建团100周年时基本完成综合改革')).toEqual([['建团100周年时', 2022, null, null, null]]);
    expect(tuples('建党100周年时')).toEqual([['建党100周年时', 2021, null, null, null]]);
  });

  it('gives a month without a year the year of its sentence', () => {
    expect(tuples('2019年，省“青马工程”初步计划10月份开展培训。')).toEqual([
      ['2019年', 2019, null, null, null],
      ['10月份', 2019, 10, null, null],
    ]);
    expect(tuples('2019年完成调研。10月份开展培训。')[1]).toEqual(['10月份', null, 10, null, null]);
  });
});

describe('extractDeadlines: recurrences', () => {
  it.each([
    ['每年评选一定数量的优秀团市委书记', '每年', 'yearly'],
    ['每年度向书记班子书面报告工作情况', '每年度', 'yearly'],
    ['三级团委逐年扩大培训覆盖面', '逐年', 'yearly'],
    ['每季度举办1次片区调度会', '每季度', 'quarterly'],
    ['每个季度举办1次片区调度会', '每个季度', 'quarterly'],
    ['每月举办1次交流日活动', '每月', 'monthly'],
    ['每两个月开展集中学习不少于1次', '每两个月', 'bimonthly'],
    ['每3个月开展一次', '每3个月', 'quarterly'],
    ['每半年至少做一次研讨交流', '每半年', 'semiannual'],
    ['每周开展一次', '每周', 'weekly'],
  ])('reads %s', (text, dtext, recurrence) => {
    expect(tuples(text)).toEqual([[dtext, null, null, null, recurrence]]);
  });

  it('lists a recurrence inside a metric and one per occurrence', () => {
    expect(tuples('每年深入基层开展不少于4次宣讲，每年走访基层青年不少于10次').map((t) => t[4])).toEqual(['yearly', 'yearly']);
    expect(tuples('每人每年到省团校授课不少于 2 次')).toEqual([['每年', null, null, null, 'yearly']]);
  });
});

describe('extractDeadlines: relative limits', () => {
  it.each([
    ['通过3年时间的系统推进，建立10家示范企业团组织', '通过3年时间'],
    ['通过五年的持续努力，扶持培养1000名人才', '通过五年的持续努力'],
    ['实现新任职半年内培训全覆盖', '半年内'],
    ['3个月内完成整改', '3个月内'],
  ])('reads %s as an undated limit', (text, dtext) => {
    expect(tuples(text)).toEqual([[dtext, null, null, null, null]]);
  });
});

describe('extractDeadlines: what is not a deadline', () => {
  it.each([
    ['years inside a cited title', '认真贯彻落实《2020—2023年全国团干部教育培训规划》，做好调训工作'],
    ['a title with its span in brackets', '推动《河南省中长期青年发展规划（2019—2025年）》与规划实施紧密衔接'],
    ['a title span after the title', '《四川省中长期青年发展规划》（2017—2025年）纵深实施'],
    ['a span without 年', '三年行动重点任务分工方案（2019—2022）'],
    ['the national 2035 goal', '全面了解“十四五”时期以及到2035年我国发展战略走向'],
    ['the 2035 long-range goals', '聚焦“十四五”规划和2035年远景目标'],
    ['a year describing a group', '实现2017年以后新发展团员全部入库'],
    ['定期 / 适时 / 常态化 / 年度 without 每', '定期统计通报，适时进行评选表彰，常态化开展，持续开展年度测评'],
    ['an event-based 每次', '每次下沉任务前，通报近期工作'],
    ['an anniversary that is not a point in time', '围绕建党100周年、建团100周年等主题开展教育'],
    ['an eligibility condition', '任职不满 3 年（含 3 年）的每人学习不少于 30 课时'],
    ['phone numbers and hotlines', '联系电话：0371-65904477，推动地市优化12355线下服务'],
    ['a count of people', '直接覆盖新兴青年群体30000余人'],
  ])('%s', (_why, text) => {
    expect(tuples(text)).toEqual([]);
  });
});

describe('extractDeadlines: whole clauses', () => {
  it('lists body and 推进步骤 deadlines in text order, skipping the unit tag', () => {
    const text = [
      '2.落实团中央、教育部《关于推动高校学生会（研究生会）深化改革的若干意见》，2020年努力实现高校学生会改革全覆盖。',
      '推进步骤：2019年，努力推动70%高校实施学生会改革关键指标。2020年，基本实现高校学生会改革全覆盖。',
      '责任部门：学校部',
    ].join('\n');
    expect(extractDeadlines(text).map((d) => [d.text, d.year])).toEqual([
      ['2020年', 2020],
      ['2019年', 2019],
      ['2020年', 2020],
    ]);
  });

  it('reads several deadlines in one sentence', () => {
    const text = '——依托团属协会建。2019年底前完成40%团建任务,2020年底前完成70%团建任务,2021年底前完成100%团建任务。（牵头单位：组织部）';
    expect(extractDeadlines(text).map((d) => d.year)).toEqual([2019, 2020, 2021]);
  });

  it('returns nothing for a clause without time words', () => {
    expect(extractDeadlines('——坚持政治标准。抓好团前教育，帮助青年端正入团动机。')).toEqual([]);
  });
});

describe('extractDeadlines: spaces and repetition', () => {
  it('reads recurrences and relative limits with spaces inside', () => {
    expect(tuples('每 季度 开展一次')).toEqual([['每 季度', null, null, null, 'quarterly']]);
    expect(tuples('每 2 个 月通报')).toEqual([['每 2 个 月', null, null, null, 'bimonthly']]);
    expect(tuples('通过 3 个 月时间完成')).toEqual([['通过 3 个 月时间', null, null, null, null]]);
    expect(tuples(`每${' '.repeat(200)}x`)).toEqual([]);
  });

  it('gives each yearless month the year of its own sentence', () => {
    const text = '2020年完成摸底，3月底前报送。4月底前完成。'.repeat(2);
    expect(extractDeadlines(text).map((d) => [d.text, d.year])).toEqual([
      ['2020年', 2020],
      ['3月底前', 2020],
      ['4月底前', null],
      ['2020年', 2020],
      ['3月底前', 2020],
      ['4月底前', null],
    ]);
  });
});

/** (text, kind, year, month, day) of each deadline that is no recurrence, in order. */
function dated(text: string, year?: number) {
  return extractDeadlines(text, { year }).map((d) => [d.text, d.kind, d.year, d.month, d.day]);
}

describe('extractDeadlines: neighbouring forms', () => {
  it.each([
    ['2016－2018年，在全国选择100所高校开展试点。', '2016－2018年', 2018],
    ['2016~2018年，分批推进青年创业示范园区建设。', '2016~2018年', 2018],
    ['2019—2020年，全面推开。', '2019—2020年', 2020],
    ['2017年至2019年，每年培训基层团干部1万人次。', '2017年至2019年', 2019],
  ])('gives the range %s its end year', (text, dtext, year) => {
    expect(dated(text)[0]).toEqual([dtext, 'by', year, null, null]);
  });

  it('joins a span of dates, A至B and A—B, to its end', () => {
    expect(dated('2021年7月1日至2021年12月31日，开展集中整治。')).toEqual([['2021年7月1日至2021年12月31日', 'by', 2021, 12, 31]]);
    expect(dated('2018年3月—6月，组织开展专项调研。')).toEqual([['2018年3月—6月', 'by', 2018, 6, null]]);
  });

  it.each([
    ['各地区要自本方案印发之日起60日内制定具体实施办法。', '自本方案印发之日起60日内'],
    ['本意见印发之日起30日内报送落实情况。', '本意见印发之日起30日内'],
    ['力争一年内取得阶段性成效，三年内形成长效机制。', '一年内'],
    ['用6—18个月时间完成试点任务。', '用6—18个月时间'],
    ['在两到三年内基本建成青年创新创业服务体系。', '两到三年内'],
    ['对申请事项在15个工作日内作出决定。', '15个工作日内'],
  ])('keeps the relative limit in %s with no date', (text, dtext) => {
    expect(dated(text)[0]).toEqual([dtext, 'relative', null, null, null]);
  });

  it('reads both relative limits of one sentence', () => {
    expect(dated('力争一年内取得阶段性成效，三年内形成长效机制。').map((d) => d[0])).toEqual(['一年内', '三年内']);
  });

  it.each([
    ['从2021年7月1日起，全面实行青年驿站免费入住政策。', '从2021年7月1日起', 2021, 7, 1],
    ['自2017年1月1日起施行。', '自2017年1月1日起', 2017, 1, 1],
    ['2019年起，逐步扩大试点范围。', '2019年起', 2019, null, null],
  ])('reads the start date %s', (text, dtext, year, month, day) => {
    expect(dated(text)).toEqual([[dtext, 'from', year, month, day]]);
  });

  it('gives a bare 年底前 or 12月底前 the year of its sentence, else the document year', () => {
    expect(dated('2019年完成调研，年底前形成报告。', 2018)).toEqual([
      ['2019年', 'by', 2019, null, null],
      ['年底前', 'by', 2019, 12, 31],
    ]);
    expect(dated('年底前完成全市青年之家阵地建设。', 2018)).toEqual([['年底前', 'by', 2018, 12, 31]]);
    expect(dated('今年年底前出台实施细则。', 2016)).toEqual([['今年年底前', 'by', 2016, 12, 31]]);
    expect(dated('12月底前报送年度工作总结。', 2018)).toEqual([['12月底前', 'by', 2018, 12, 31]]);
    expect(dated('上半年建立就业见习基地20家。', 2013)).toEqual([['上半年', 'by', 2013, null, null]]);
  });

  it.each([
    ['an event-based start', '自项目批准之日起，按季度拨付资金。'],
    ['a year-end event', '开展年底评价，总结经验。'],
    ['an edition name', '对照《产业结构调整指导目录（2019年本）》和2020年版基本目录执行。'],
    ['a reporting year', '做好2019年度考核工作。'],
    ['the year of a cited report', '抓好2016年《政府工作报告》量化指标任务落实。'],
    ['年度 without 每', '制定年度工作计划。'],
    ['a cap on processing time', '将开办企业时间压缩至5个工作日以内。'],
  ])('%s is no deadline', (_why, text) => {
    expect(dated(text, 2019)).toEqual([]);
  });
});

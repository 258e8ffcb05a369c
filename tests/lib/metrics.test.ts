import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/lib/metrics.ts';

/** (value, unit, cmp) of each metric, in order. */
function triples(text: string) {
  return extractMetrics(text).map((m) => [m.value, m.unit, m.cmp]);
}

describe('extractMetrics: comparators', () => {
  it.each([
    ['确保80%以上高校党委出台改革实施方案', 80, '%', '>='],
    ['全省“学社衔接”率不低于50%', 50, '%', '>='],
    ['将不合规发展团员现象控制在3%以内', 3, '%', '<='],
    ['到 2022 年将全省团青比控制在 30% 以内', 30, '%', '<='],
    ['每年提供不少于10万个适合大学生就业的岗位信息', 100_000, '个', '>='],
    ['重点联系服务 1000 名青年科技人才', 1000, '名', '='],
    ['讲团课或思想政治类课每年不少于3000场', 3000, '场', '>='],
    ['每人每年到省团校授课不少于 2 次', 2, '次', '>='],
    ['每个国有企业至少打造1个团建工作示范项目', 1, '个', '>='],
    ['力争组织超过10万人次大中专学生参与', 100_000, '人次', '>='],
    ['直接覆盖新兴青年群体30000余人', 30_000, '人', '>='],
    ['每个村选拔培养3名以上政治素质过硬的青年', 3, '名', '>='],
    ['每季度到县工作不超过10天', 10, '天', '<='],
    ['各级团组织干部配备率达到90%以上', 90, '%', '>='],
    ['应建尽建率达100%', 100, '%', '='],
    ['完成80%的建团任务', 80, '%', '='],
    ['全省团青比逐步降至25%左右', 25, '%', '='],
    ['总计约220人开展培训', 220, '人', '='],
    ['开展为期4天的理论与实践培训', 4, '天', '='],
    ['举办省级示范班8期以上', 8, '期', '>='],
    ['全年培训不少于 30 课时', 30, '课时', '>='],
    ['发展比例低于百分之五', 5, '%', '<='],
    ['覆盖率达到８０％以上', 80, '%', '>='],
    ['覆盖1,000名青年', 1000, '名', '='],
  ])('reads %s', (text, value, unit, cmp) => {
    expect(triples(text)).toEqual([[value, unit, cmp]]);
  });

  it('applies a comparator only to the nearest number after it', () => {
    expect(triples('每季度到县工作不少于 10 天、不少于 2 次，每次不少于 3 天')).toEqual([
      [10, '天', '>='],
      [2, '次', '>='],
      [3, '天', '>='],
    ]);
    expect(triples('至少访谈10名以上普通青年和10名基层团干部')).toEqual([
      [10, '名', '>='],
      [10, '名', '='],
    ]);
  });

  it('reads a list of values each as a target', () => {
    expect(triples('团学比逐步降至20%、40%左右')).toEqual([
      [20, '%', '='],
      [40, '%', '='],
    ]);
  });
});

describe('extractMetrics: Chinese numerals', () => {
  it.each([
    ['每年开展活动不少于万场', 10_000, '场', '>='],
    ['团省委将县级团委班子成员轮训一遍', 1, '遍', '='],
    ['至少直接联系省会各一所高校', 1, '所', '>='],
    ['每名干部每半年至少做一次研讨交流', 1, '次', '>='],
    ['每年形成不少于两项品牌', 2, '项', '>='],
    ['联系服务1万名带头人', 10_000, '名', '='],
    ['服务1.5万人次', 15_000, '人次', '='],
  ])('reads %s', (text, value, unit, cmp) => {
    expect(triples(text)).toEqual([[value, unit, cmp]]);
  });

  it.each([
    ['a programme name with 千名', '深化千名青年创新人才培养计划'],
    ['a programme name with 万名', '深化拓展万名大学生“返家乡”社会实践活动'],
    ['a quoted programme name', '重点实施河南“百所希望小学示范校计划”'],
    ['a quoted programme with a number', '落实全团“10万+”团课计划'],
    ['slogans', '做到两个维护，认真执行“三会两制一课”制度，实施五大工程，增强四个意识'],
    ['an indefinite article', '努力建设一支数量足、能力强的人才队伍'],
    ['a set phrase', '完成一项销号一项，一件事情一件事情高效落实'],
    ['a named rule set', '遵守中央八项规定和省委十项规定'],
    ['project phases', '落实全团部署实施系统二期、三期建设'],
  ])('skips %s', (_why, text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('extractMetrics: ranges', () => {
  it.each([
    ['每个支部培养1到2个骨干', 1, 2, '个'],
    ['形成一至两项特色工作', 1, 2, '项'],
    ['比例保持在5%－10%', 5, 10, '%'],
    ['每县建设1~2所示范学校', 1, 2, '所'],
  ])('reads %s as two bounds with the same text', (text, low, high, unit) => {
    const metrics = extractMetrics(text);
    expect(metrics.map((m) => [m.value, m.unit, m.cmp])).toEqual([
      [low, unit, '>='],
      [high, unit, '<='],
    ]);
    expect(metrics[0]!.text).toBe(metrics[1]!.text);
  });

  it('reads a change from a baseline as its target only', () => {
    expect(triples('比例由30%提高到50%')).toEqual([[50, '%', '=']]);
  });
});

describe('extractMetrics: what is not a target', () => {
  it.each([
    ['dates', '2019年3月底前，2月22日（周五）前报送，2020年“六一”前'],
    ['ordinals and sessions', '党的十九大，第十七届全国“挑战杯”，省委十届十二次全会，第十二次代表大会，第二批轮换'],
    ['anniversaries', '五四运动 100 周年、新中国成立 70 周年'],
    ['phone numbers and hotlines', '联系电话：0371-65904477，优化12355线下服务，形成“1+N”体系'],
    ['a size of an enumerated set', '聚焦生物医药、节能环保、新一代人工智能等十个战略新兴产业链'],
    ['a focus on existing sets', '重点聚焦自由贸易试验区建设和全国百强县河南6个县市,推动工作'],
    ['a province-wide stock', '推动全省2万余家规模以上非公企业建团'],
    ['designated pilots', '推进37个省级试点县按照要求扎实开展试点，推动6个试点市形成特色'],
    ['objects of an evaluation', '对总体目标、11个领域发展目标和12个重点项目实施情况进行全面评估'],
    ['eligibility conditions', '年满 14 周岁方可入团，任职不满 3 年（含 3 年）的，新发展 28 岁以下青年党员'],
    ['rankings', '中国民营企业500强、山西民营企业100强'],
    ['a recurrence interval', '每两个月开展集中学习，每3个月召开会议'],
    ['a relative time limit', '通过3年时间的系统推进，3个月内完成整改，新任职半年内培训全覆盖'],
    ['versions and codes', '上线网上基础团务知识库1.0版本，开发H5产品，完善KPI考核'],
    ['a number in a cited title', '贯彻落实团中央《关于提高政治站位改进工作作风的六条规定》'],
  ])('%s', (_why, text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('extractMetrics: year and text', () => {
  it('takes the year of the 推进步骤 segment', () => {
    const text = '推进步骤：2019年，实现2017年以后新发展团员全部入库、90%以上团员团干部信息入库；实现“学社衔接”率50%以上的目标。2020年，完成2个平台建设。';
    expect(extractMetrics(text).map((m) => [m.value, m.year])).toEqual([
      [90, 2019],
      [50, 2019],
      [2, 2020],
    ]);
  });

  it('takes the year of the latest dated phrase in the sentence', () => {
    const text = '市级中学 2019 年底前 50% 的学校成立团校，2020 年底前 70% 的学校成立团校。';
    expect(extractMetrics(text).map((m) => [m.value, m.year])).toEqual([
      [50, 2019],
      [70, 2020],
    ]);
    expect(extractMetrics('到2022年，县级青年创业组织建成率力争达到80%以上')[0]!.year).toBe(2022);
  });

  it('leaves the year null when no date governs the target', () => {
    expect(extractMetrics('力争各级团组织干部配备率达到90%以上。借助改革契机，推动县级团委2019年3月底全部按时换届。')[0]!.year).toBeNull();
    expect(extractMetrics('2019年率先成立行业团工委,通过3年时间的系统推进,省级层面要建立10家示范性互联网企业团组织')[0]!.year).toBeNull();
    expect(extractMetrics('每年推动100个青年社会组织进驻100个青年之家').map((m) => m.year)).toEqual([null, null]);
  });

  it('quotes the phrase that states the target', () => {
    expect(extractMetrics('全省共建立志愿服务小分队2000支，每年开展活动不少于万场。').map((m) => m.text)).toEqual([
      '全省共建立志愿服务小分队2000支',
      '每年开展活动不少于万场',
    ]);
  });

  it('returns nothing for a clause without targets', () => {
    expect(extractMetrics('——坚持政治标准。抓好团前教育，帮助青年端正入团动机。（责任单位：组织部）')).toEqual([]);
  });
});

describe('extractMetrics: long and adversarial text', () => {
  it('reads a number at the end of a long run of digits or numerals as one number', () => {
    expect(triples(`建成${'1234567890'.repeat(20)}个`)).toEqual([[Number('1234567890'.repeat(20)), '个', '=']]);
    expect(triples('建成1,000个青年之家')).toEqual([[1000, '个', '=']]);
    expect(triples(`活动${'一二三'.repeat(50)}，建成十个青年之家`)).toEqual([]);
  });

  it('keeps whitespace between number, 余 and unit', () => {
    expect(triples('覆盖青年 300 余 人')).toEqual([[300, '人', '>=']]);
  });

  it('bounds a phrase without punctuation to the words around its number', () => {
    const long = '开展青年志愿服务活动'.repeat(100);
    const [metric] = extractMetrics(`${long}建成不少于10个青年之家${long}`);
    expect(metric).toMatchObject({ value: 10, unit: '个', cmp: '>=' });
    expect(metric!.text.length).toBeLessThan(long.length);
    expect(metric!.text).toContain('建成不少于10个青年之家');
  });

  it('dates each of many targets by the latest date in its sentence', () => {
    const text = '2019年建成10个青年之家，2020年建成20个青年之家。建成30个青年之家。'.repeat(3);
    const once = [
      [10, 2019],
      [20, 2020],
      [30, null],
    ];
    expect(extractMetrics(text).map((m) => [m.value, m.year])).toEqual([...once, ...once, ...once]);
  });
});

/** (value, unit, cmp, year) of each metric, in order. */
function quads(text: string, year?: number) {
  return extractMetrics(text, { year }).map((m) => [m.value, m.unit, m.cmp, m.year]);
}

describe('extractMetrics: neighbouring forms', () => {
  it('binds each per-year target to the year of its own part', () => {
    expect(quads('到2023年，全市青年之家达到200个；到2027年，达到500个，覆盖率超过90%。')).toEqual([
      [200, '个', '=', 2023],
      [500, '个', '=', 2027],
      [90, '%', '>=', 2027],
    ]);
  });

  it.each([
    ['城镇新增就业保持在3%－8%', 3, 8, '%'],
    ['每个区建设2~3所青少年宫', 2, 3, '所'],
    ['每年安排6—10个见习岗位', 6, 10, '个'],
    ['培育示范基地３０～５０家', 30, 50, '家'],
  ])('reads the value range %s as two bounds', (text, low, high, unit) => {
    expect(triples(text)).toEqual([
      [low, unit, '>='],
      [high, unit, '<='],
    ]);
  });

  it('reads a change as its target', () => {
    expect(triples('创业担保贷款额度由10万元提高到15万元')).toEqual([[150_000, '元', '=']]);
    expect(triples('补助标准从每人每月3000元提高至5000元')).toEqual([[5000, '元', '=']]);
  });

  it.each([
    ['新增城镇就业3.2万个', 32_000, '个', '='],
    ['带动社会投资2亿元以上', 200_000_000, '元', '>='],
    ['设立总规模5千万元的青年创业基金', 50_000_000, '元', '='],
    ['全年培训１２０００人次', 12_000, '人次', '='],
    ['覆盖率达到９５％', 95, '%', '='],
    ['青年志愿者注册人数超过50万人', 500_000, '人', '>='],
    ['单笔补贴不超过3000元', 3000, '元', '<='],
    ['团员占比控制在30%左右', 30, '%', '='],
    ['贷款最高不超过15万元', 150_000, '元', '<='],
    ['按实际支出给予50%的补贴', 50, '%', '='],
    ['将开办企业时间压缩至5个工作日以内', 5, '个工作日', '<='],
    ['研发投入提高2个百分点', 2, '个百分点', '='],
  ])('reads %s', (text, value, unit, cmp) => {
    expect(triples(text)).toEqual([[value, unit, cmp]]);
  });

  it.each([
    ['an eligibility threshold', '对吸纳就业5人以上的小微企业，给予一次性创业补贴。'],
    ['a firm-size threshold', '凡年营业收入500万元以下的，可申请减半征收。'],
    ['a service slogan', '深化“放管服”改革，推行最多跑一次，实现24小时不打烊服务。'],
    ['an age limit', '年龄在35周岁以下、毕业未满2年的高校毕业生'],
  ])('skips %s', (_why, text) => {
    expect(triples(text)).toEqual([]);
  });

  it('keeps the cap of a measure while skipping its eligibility threshold', () => {
    expect(triples('对吸纳就业5人以上的小微企业，给予最高不超过15万元的补贴。')).toEqual([[150_000, '元', '<=']]);
  });
});

describe('extractMetrics: years as a measure', () => {
  it('reads a duration in years only with a limit word', () => {
    expect(triples('给予场租补贴，最长不超过3年')).toEqual([[3, '年', '<=']]);
    expect(triples('服务期限3年以上')).toEqual([[3, '年', '>=']]);
    expect(triples('5年来累计培训团干部；做好2019年度考核；青年创业项目三年存活率较高')).toEqual([]);
  });
});

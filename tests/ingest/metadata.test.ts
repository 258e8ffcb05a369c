/**
 * Metadata as plans really arrive: municipal and national issuers, 通知 wrappers, drafts without a year,
 * a 落款 as the only date, a text without line breaks. Everything the text states is read; the rest is
 * inferred and reported, never a reason to refuse the text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../scripts/ingest/errors.ts';
import { completeDocument, extractDocument } from '../../scripts/ingest/extract-document.ts';
import type { MetadataOverrides } from '../../scripts/ingest/metadata-overrides.ts';
import { decodeSource, readSource } from '../../scripts/ingest/read-source.ts';
import { listSources, registryFor } from '../../scripts/ingest/sources.ts';
import { UnitRegistry } from '../../src/lib/units.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/sources/metadata');

function extractText(text: string, overrides: MetadataOverrides = {}) {
  return extractDocument(decodeSource('plan.txt', new TextEncoder().encode(text)), { id: 'plan', overrides });
}

function extractFixture(name: string) {
  return extractDocument(readSource(path.join(FIXTURES, name)), { id: 'plan' });
}

/** The document's metadata without its clauses. */
function metadataOf(result: ReturnType<typeof extractText>) {
  const { clauses: _clauses, id: _id, ...metadata } = result.document;
  return metadata;
}

/** Metadata warnings only (unknown units are reported too, but are not the subject here). */
function metadataWarnings(result: ReturnType<typeof extractText>) {
  return result.warnings.filter((w) => !w.message.startsWith('unit '));
}

describe('a municipal plan', () => {
  it('reads 共青团广州市委员会文件, 穗团字〔2018〕12号 and the plan title: 广东, level 市, 广州市', () => {
    const result = extractFixture('guangzhou-2018-qingnian-zhiyuan.txt');
    expect(metadataOf(result)).toEqual({
      title: '广州市青年志愿服务三年行动实施方案（2018—2020年）',
      province: '广东',
      level: '市',
      city: '广州市',
      issuer: '共青团广州市委员会',
      docNumber: '穗团字〔2018〕12号',
      year: 2018,
      kind: '实施方案',
      draft: false,
      inferred: [],
      supplied: [],
    });
    expect(metadataWarnings(result)).toEqual([]);
    expect(result.gaps).toEqual([]);
  });

  it('reads the header 团广州市委 文件 with its space', () => {
    expect(metadataOf(extractFixture('guangzhou-2019-tuanshiwei-gongzuo-yaodian.txt'))).toMatchObject({
      title: '共青团广州市委2019年工作要点',
      issuer: '团广州市委',
      province: '广东',
      level: '市',
      city: '广州市',
      docNumber: '穗团字〔2019〕5号',
      year: 2019,
      kind: '工作要点',
      inferred: [],
    });
  });
});

describe('a national 分工方案', () => {
  it('reads 国务院办公厅关于印发…分工方案的通知 and 国办发〔2016〕72号: 全国', () => {
    const result = extractFixture('guowuyuan-2016-jiuye-chuangye-fengong.txt');
    expect(metadataOf(result)).toEqual({
      title: '促进青年就业创业重点任务分工方案',
      province: '全国',
      level: '全国',
      city: null,
      issuer: '国务院办公厅',
      docNumber: '国办发〔2016〕72号',
      year: 2016,
      kind: '任务分工方案',
      draft: false,
      inferred: [],
      supplied: [],
    });
    expect(completeDocument(result).province).toBe('全国');
  });
});

describe('a 通知 wrapper without a 文件 header', () => {
  it('takes the title from 《…》, the issuers from the signature and the year from its date', () => {
    const result = extractFixture('shenzhen-2019-keji-chuangxin-tongzhi.txt');
    expect(metadataOf(result)).toMatchObject({
      title: '深圳市青少年科技创新行动计划',
      issuer: '共青团深圳市委、深圳市科技创新委员会',
      province: '广东',
      level: '市',
      city: '深圳市',
      docNumber: null,
      year: 2019,
      kind: '行动计划',
      inferred: [],
    });
  });

  it('takes the title from a wrapper without 《》 and its issuer before 关于', () => {
    const result = extractText('共青团广州市委关于印发共青团广州市委2018年工作要点的通知\n\n各区团委：\n\n现将工作要点印发给你们。\n\n一、重点工作\n\n——开展主题团日活动。\n');
    expect(metadataOf(result)).toMatchObject({ title: '共青团广州市委2018年工作要点', issuer: '共青团广州市委', city: '广州市', year: 2018, inferred: [] });
  });
});

describe('other ways a document is sent', () => {
  it('reads X印发《…》的通知 without 关于, with joint issuers', () => {
    const result = extractText('中共广州市委办公厅 广州市人民政府办公厅印发《广州市青年发展规划实施方案（2018—2025年）》的通知\n\n穗办〔2018〕9号\n\n各区委、区政府：\n\n现印发给你们。\n\n一、主要任务\n\n——实施青年人才集聚计划。\n');
    expect(metadataOf(result)).toMatchObject({
      title: '广州市青年发展规划实施方案（2018—2025年）',
      issuer: '中共广州市委办公厅、广州市人民政府办公厅',
      city: '广州市',
      docNumber: '穗办〔2018〕9号',
      year: 2018,
      inferred: [],
    });
  });

  it('reads a news release: X印发《关于…的意见》', () => {
    const result = extractText('中共中央办公厅 国务院办公厅印发《关于加强新时代少先队工作的意见》\n\n近日，中共中央办公厅、国务院办公厅印发了《关于加强新时代少先队工作的意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。\n\n一、总体要求\n\n——到2020年，少先队组织覆盖明显扩大。\n');
    expect(metadataOf(result)).toMatchObject({ title: '关于加强新时代少先队工作的意见', issuer: '中共中央办公厅、国务院办公厅', province: '全国', level: '全国', kind: '意见', year: 2020, inferred: ['year'] });
  });

  it('reads the information table a portal prints above the text', () => {
    const table = '索引号：000014349/2017-00065\n\n发文机关：国务院办公厅\n\n成文日期：2017年04月13日\n\n标题：国务院办公厅关于印发青年创业示范园区建设工作方案的通知\n\n发文字号：国办函〔2017〕36号\n\n';
    const result = extractText(`${table}一、建设目标\n\n——2018年底前建成示范园区100个。\n`);
    expect(metadataOf(result)).toMatchObject({
      title: '青年创业示范园区建设工作方案',
      issuer: '国务院办公厅',
      province: '全国',
      level: '全国',
      docNumber: '国办函〔2017〕36号',
      year: 2017,
      kind: '工作方案',
      inferred: [],
    });
  });
});

describe('a draft', () => {
  it('records （征求意见稿） and infers the year from the dates in the text, with the line', () => {
    const result = extractFixture('jiangxi-qingnian-wenminghao-zhengqiu-yijian.txt');
    expect(metadataOf(result)).toMatchObject({
      title: '共青团江西省委关于深入推进青年文明号创建工作的实施意见',
      issuer: '共青团江西省委',
      province: '江西',
      level: '省',
      year: 2021,
      kind: '实施意见',
      draft: true,
      inferred: ['year'],
      supplied: [],
    });
    expect(metadataWarnings(result)).toEqual([
      { file: expect.stringContaining('jiangxi'), line: 9, message: expect.stringMatching(/^year 2021 inferred from the dates in the text \(earliest: “2021年底前”\); state "year" in the sidecar/) },
    ]);
  });

  it('keeps the draft mark the title line prints, and reads the kind before it', () => {
    const result = extractText('共青团河北省委关于加强少先队工作的实施意见（草案）\n\n一、重点任务\n\n——2023年底前完成少先队辅导员培训。\n');
    expect(metadataOf(result)).toMatchObject({ title: '共青团河北省委关于加强少先队工作的实施意见（草案）', issuer: '共青团河北省委', kind: '实施意见', draft: true });
  });

  it('takes its year from the five-year plan it works under when the text names only long-range goals', () => {
    const result = extractText(
      '共青团湖南省委关于推进青年发展型城市建设的实施方案（讨论稿）\n\n为深入贯彻“十四五”时期青年发展规划，着眼2035年远景目标，制定本方案。\n\n一、重点任务\n\n——建设一批青年之家，到2035年全面建成青年发展型省份。\n',
    );
    expect(metadataOf(result)).toMatchObject({ year: 2021, draft: true, inferred: ['year'] });
    expect(metadataWarnings(result)[0]!.message).toMatch(/^year 2021 inferred from the five-year plan the text works under \(“十四五时期”\)/);
  });

  it('is not a draft without such a mark', () => {
    expect(extractFixture('guangzhou-2018-qingnian-zhiyuan.txt').document.draft).toBe(false);
  });
});

describe('a plan dated only by its 落款', () => {
  it('reads the signature of three bodies and 二〇一九年三月五日', () => {
    const result = extractFixture('fuzhou-qingshaonian-tiyu-luokuan.txt');
    expect(metadataOf(result)).toMatchObject({
      title: '福州市青少年体育运动促进计划',
      issuer: '共青团福州市委、福州市教育局、福州市体育局',
      province: '福建',
      level: '市',
      city: '福州市',
      year: 2019,
      kind: '计划',
      inferred: [],
    });
  });

  it('reads the date and issuer printed under a title: （2018年7月2日中共中央办公厅印发）', () => {
    const result = extractText('关于加强新时代少先队工作的意见\n\n（2018年7月2日中共中央办公厅印发）\n\n一、总体要求\n\n——全面加强少先队组织建设。\n');
    expect(metadataOf(result)).toMatchObject({ title: '关于加强新时代少先队工作的意见', issuer: '中共中央办公厅', province: '全国', level: '全国', year: 2018, kind: '意见', inferred: [] });
  });

  it('does not take the office that printed it (…印发) as the issuer', () => {
    const text = '青少年读书行动方案\n\n一、主要任务\n\n——开展读书活动。\n\n共青团成都市委办公室 2020年5月6日印发\n';
    const result = extractText(text);
    expect(metadataOf(result)).toMatchObject({ issuer: '共青团成都市委', city: '成都市', year: 2020, inferred: ['issuer', 'province', 'level', 'city'] });
  });
});

describe('a text whose paragraph breaks were lost', () => {
  const text = readFileSync(path.join(FIXTURES, 'tuanzhongyang-2019-sanxiaxiang-yihang.txt'), 'utf8');
  const result = extractFixture('tuanzhongyang-2019-sanxiaxiang-yihang.txt');
  const metadata = metadataOf(result);
  const { gaps } = result;
  const warnings = metadataWarnings(result);

  it('is one line', () => {
    expect(text).not.toContain('\n');
    expect(result.document.clauses.length).toBeGreaterThan(0);
  });

  it('infers the title from the beginning of the line, and from it the issuer, region and year', () => {
    expect(metadata).toEqual({
      title: '共青团中央关于开展2019年全国大中专学生志愿者暑期文化科技卫生“三下乡”社会实践活动的通知',
      province: '全国',
      level: '全国',
      city: null,
      issuer: '共青团中央',
      docNumber: null,
      year: 2019,
      kind: '通知',
      draft: false,
      inferred: ['title', 'issuer', 'province', 'level', 'year'],
      supplied: [],
    });
    expect(gaps).toEqual([]);
    expect(warnings.map((w) => [w.line, w.message.split(' inferred')[0]])).toEqual([
      [1, 'title “共青团中央关于开展2019年全国大中专学生志愿者暑期文化科技卫生“三下乡”社会实践活动的通知”'],
      [1, 'issuer 共青团中央'],
      [1, 'region 全国 (level 全国)'],
      [1, 'year 2019'],
    ]);
  });
});

describe('inference when the text does not say', () => {
  it('places a plan by the city in its title and infers its League committee', () => {
    const result = extractText('广州共青团2020年工作要点\n\n一、重点工作\n\n——深化全市团员教育评议。\n');
    expect(metadataOf(result)).toMatchObject({
      title: '广州共青团2020年工作要点',
      province: '广东',
      level: '市',
      city: '广州市',
      issuer: '共青团广州市委',
      year: 2020,
      inferred: ['issuer', 'province', 'level', 'city'],
    });
    expect(metadataWarnings(result).map((w) => w.message)).toEqual([
      expect.stringMatching(/^issuer 共青团广州市委 inferred from the region \(广东 广州市\), as its League committee/),
      expect.stringMatching(/^region 广东 广州市 \(level 市\) inferred from “广州共青团” in the title/),
    ]);
  });

  it('places a plan by its League 文号 when nothing else names the province', () => {
    const result = extractText('冀青字〔2024〕3号\n\n青年发展实施方案\n\n各市团委：\n\n一、重点任务\n\n——推进青年之家建设。\n');
    expect(metadataOf(result)).toMatchObject({ province: '河北', level: '省', city: null, issuer: '共青团河北省委', year: 2024, inferred: ['issuer', 'province', 'level'] });
  });

  it('places a plan by its scope words and the places it names most', () => {
    const national = extractText('青年志愿服务行动方案\n\n一、工作目标\n\n——全国注册青年志愿者稳步增长，在北京市、上海市开展试点。\n\n——全国建成一批志愿服务站点。\n');
    expect(metadataOf(national)).toMatchObject({ province: '全国', level: '全国', issuer: '共青团中央', inferred: ['issuer', 'province', 'level'] });
    const municipal = extractText('青年创业行动方案\n\n一、重点任务\n\n——在全市建设创业孵化基地，支持杭州市青年创业。\n\n——全市每年举办创业大赛，浙江省给予支持。\n');
    expect(metadataOf(municipal)).toMatchObject({ province: '浙江', level: '市', city: '杭州市', issuer: '共青团杭州市委', inferred: ['issuer', 'province', 'level', 'city'] });
    const provincial = extractText('青年人才行动方案\n\n一、重点任务\n\n——全省实施青年人才计划，在南昌市、九江市先行先试，江西省统筹推进。\n');
    expect(metadataOf(provincial)).toMatchObject({ province: '江西', level: '省', city: null });
  });

  it('takes the first title-like line when no line ends with a kind, and an issuer standing alone above it', () => {
    const result = extractText('共青团河北省委\n\n关于青年发展的若干举措\n\n一、重点任务\n\n——2024年推进青年之家建设。\n');
    expect(metadataOf(result)).toMatchObject({ title: '关于青年发展的若干举措', issuer: '共青团河北省委', province: '河北', level: '省', year: 2024, inferred: ['title', 'year'] });
    expect(metadataWarnings(result).map((w) => [w.line, w.message.split(' inferred')[0]])).toEqual([
      [3, 'title “关于青年发展的若干举措”'],
      [7, 'year 2024'],
    ]);
  });
});

describe('gaps', () => {
  const text = '关于开展主题活动的工作方案\n\n一、主要任务\n\n——开展主题活动。\n';

  it('never stop extract: the gaps are null and reported', () => {
    const result = extractText(text);
    expect(metadataOf(result)).toMatchObject({ title: '关于开展主题活动的工作方案', province: null, level: null, issuer: null, year: null, kind: '工作方案' });
    expect(result.gaps.map((g) => g.message)).toEqual([
      expect.stringMatching(/^cannot tell the region: .*state "province" in the sidecar/),
      expect.stringMatching(/^cannot tell the issuer: .*state "issuer" in the sidecar/),
      expect.stringMatching(/^cannot tell the year: .*state "year" in the sidecar/),
    ]);
  });

  it('keep the document out of the atlas, all named in one error', () => {
    const error = (() => {
      try {
        completeDocument(extractText(text));
      } catch (e) {
        return e;
      }
    })() as SourceError;
    expect(error).toBeInstanceOf(SourceError);
    expect(error.problems).toHaveLength(3);
    expect(error.message.split('\n').every((line) => line.startsWith('plan.txt: cannot tell the '))).toBe(true);
  });

  it('are filled by what is stated beside the text, which is recorded as supplied', () => {
    const result = extractText(text, { city: '广州市', year: 2019, issuer: '共青团广州市委' });
    expect(metadataOf(result)).toMatchObject({ province: '广东', level: '市', city: '广州市', issuer: '共青团广州市委', year: 2019, supplied: ['issuer', 'province', 'level', 'city', 'year'], inferred: [] });
    expect(result.gaps).toEqual([]);
  });
});

describe('stated metadata', () => {
  it('overrides the text, and a different year is pointed out', () => {
    const file = path.join(FIXTURES, 'guangzhou-2018-qingnian-zhiyuan.txt');
    const overridden = extractDocument(readSource(file), { id: 'plan', overrides: { year: 2017, draft: true } });
    expect(overridden.document).toMatchObject({ year: 2017, draft: true, supplied: ['year', 'draft'] });
    expect(metadataWarnings(overridden)).toEqual([{ file, line: 3, message: 'the stated year 2017 differs from the year 2018 the text gives' }]);
  });

  it('asks for the city when level 市 is stated without one', () => {
    const result = extractText('关于开展主题活动的工作方案\n\n一、主要任务\n\n——2020年开展主题活动。\n', { province: '河北', level: '市' });
    expect(metadataOf(result)).toMatchObject({ province: '河北', level: '市', city: null, supplied: ['province', 'level'] });
    expect(metadataWarnings(result).map((w) => w.message)).toContain('level 市 is stated but no prefecture-level city; state "city" in the sidecar (.meta.json beside the text) or pass --city');
  });

  it('moves a municipal plan to the stated province as a provincial one', () => {
    const overridden = extractDocument(readSource(path.join(FIXTURES, 'guangzhou-2018-qingnian-zhiyuan.txt')), { id: 'plan', overrides: { province: '全国' } });
    expect(overridden.document).toMatchObject({ province: '全国', level: '全国', city: null, supplied: ['province', 'level'] });
  });
});

describe('the sources of the atlas', () => {
  const expected: Record<string, object> = {
    'guangdong-2018-guangzhou-chuangye-jiuye': {
      title: '关于促进青年创新创业就业的实施意见',
      province: '广东',
      level: '市',
      city: '广州市',
      issuer: '共青团广州市委',
      docNumber: '穗团〔2018〕21号',
      year: 2018,
      kind: '实施意见',
      draft: false,
      supplied: [],
    },
    'henan-2019-jishi-gongcheng': { title: '中原出彩团的基层建设基石工程方案', province: '河南', issuer: '共青团河南省委', docNumber: '豫青字〔2019〕6号', year: 2019, kind: '方案', draft: false, supplied: [] },
    'henan-2021-jiangong-liye': {
      title: '共青团河南省委贯彻落实省委十届十二次全会精神和团十八届五中全会行动纲要团结带领全省广大团员青年在全面建设社会主义现代化河南新征程中建功立业的实施方案',
      province: '河南',
      issuer: '共青团河南省委',
      docNumber: null,
      year: 2021,
      kind: '实施方案',
      draft: true,
      supplied: ['year'],
    },
    'henan-2022-qiang-nengli': { title: '河南共青团“强能力、锻作风、抓落实”行动工作方案', province: '河南', issuer: '共青团河南省委', docNumber: '豫青字〔2022〕8号', year: 2022, kind: '工作方案', draft: false, supplied: [] },
    'shanxi-2019-zuzhili-fengong': {
      title: '全省共青团实施“一带三强”全面提升新时代团的组织力三年行动重点任务分工方案（2019—2022）',
      province: '山西',
      issuer: '共青团山西省委办公室',
      docNumber: '晋团办发〔2019〕15号',
      year: 2019,
      kind: '任务分工方案',
      draft: false,
      supplied: [],
    },
    'sichuan-2021-gongzuo-yaodian': { title: '共青团四川省委2021年工作要点', province: '四川', issuer: '共青团四川省委', docNumber: null, year: 2021, kind: '工作要点', draft: false, supplied: [] },
  };

  it.each(listSources())('$id keeps its metadata, read from the text', (source) => {
    const result = extractDocument(readSource(source.file), { id: source.id, registryFor, overrides: source.overrides });
    expect(metadataOf(result)).toEqual({ level: '省', city: null, inferred: [], ...expected[source.id] });
    expect(metadataWarnings(result)).toEqual([]);
  });
});

describe('unit registries and levels', () => {
  const henan = new UnitRegistry({ province: '河南', prefixes: ['团省委'], units: [{ name: '组织部', slug: 'zuzhibu', aliases: [], external: false }] });
  const plan = (issuer: string) => `${issuer}2020年工作要点\n\n一、重点工作\n\n——加强团员发展工作。（牵头单位：团市委组织部）\n`;
  const extractWith = (text: string) => extractDocument(decodeSource('plan.txt', new TextEncoder().encode(text)), { id: 'plan', registryFor: () => henan });

  it("do not resolve a municipal plan's units through its province's curated registry", () => {
    const municipal = extractWith(plan('共青团郑州市委'));
    expect(municipal.document).toMatchObject({ province: '河南', level: '市', city: '郑州市' });
    expect(municipal.registry.seeded).toBe(true);
    expect(municipal.document.clauses[0]!.units).toEqual([{ raw: '团市委组织部', canonical: '团市委组织部', role: 'lead' }]);
  });

  it("resolve a provincial plan's units through it", () => {
    const provincial = extractWith(plan('共青团河南省委').replace('团市委组织部', '团省委组织部'));
    expect(provincial.document.clauses[0]!.units).toEqual([{ raw: '团省委组织部', canonical: '组织部', role: 'lead' }]);
  });
});

describe('joint issuers', () => {
  const issuerOf = (header: string) => extractText(`${header}文件\n\n青年工作实施方案\n\n一、任务\n\n——2020年开展活动。\n`).document.issuer;

  it('are separated by 、 where one name ends and the next begins, even without a space', () => {
    expect(issuerOf('共青团河南省委 河南省教育厅')).toBe('共青团河南省委、河南省教育厅');
    expect(issuerOf('共青团中央全国少工委')).toBe('共青团中央、全国少工委');
    expect(issuerOf('中共中央办公厅国务院办公厅')).toBe('中共中央办公厅、国务院办公厅');
  });

  it('leave one body whole', () => {
    for (const one of ['共青团广州市委员会', '共青团中央办公厅', '中共中央国家机关工作委员会', '共青团山西省委办公室', '中共河南省委办公厅']) expect(issuerOf(one)).toBe(one);
  });
});

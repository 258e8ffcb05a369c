import { describe, expect, it } from 'vitest';
import { buildTargets, groupByMeasure, latestPerProvince, measureOf, seriesOf, targetsOf } from '../../src/lib/targets.ts';
import type { Clause, Metric } from '../../src/lib/schema.ts';
import { makeClause, makeDocument } from '../helpers/factories.ts';

const m = (text: string, value: number, unit: string, year: number | null = null, cmp: Metric['cmp'] = '>='): Metric => ({ text, value, unit, cmp, year });

describe('measureOf', () => {
  it('names the rate or ratio before the number', () => {
    expect(measureOf(m('全省“学社衔接”率不低于50%', 50, '%'))).toBe('学社衔接率');
    expect(measureOf(m('到2022年将全省团青比控制在30%以内', 30, '%'))).toBe('团青比');
    expect(measureOf(m('全省团青比逐步降至25%左右', 25, '%'))).toBe('团青比');
    expect(measureOf(m('县级青年创业组织建成率力争达到80%以上', 80, '%'))).toBe('县级青年创业组织建成率');
    expect(measureOf(m('团干部配备率达到９０％以上', 90, '%'))).toBe('团干部配备率');
  });

  it('names what is counted after the number', () => {
    expect(measureOf(m('重点联系服务1000名青年科技人才', 1000, '名'))).toBe('青年科技人才');
    expect(measureOf(m('2019年底前完成30%的建团任务', 30, '%'))).toBe('建团任务');
    expect(measureOf(m('60%的县（市、区）建立教育团工委', 60, '%'))).toBe('县建立教育团工委');
    expect(measureOf(m('全省建成“青年之家”500家以上', 500, '家'))).toBe('青年之家');
  });

  it('falls back to the work named before the number', () => {
    expect(measureOf(m('每年走访基层青年不少于10次', 10, '次'))).toBe('走访基层青年');
    expect(measureOf(m('活跃度每年提高20%以上', 20, '%'))).toBe('活跃度');
  });
});

describe('groups and series', () => {
  const clause = (id: string, metrics: Metric[]) => makeClause({ id, metrics });
  const doc = (id: string, province: string, clauses: Clause[]) => makeDocument({ id, province, clauses });
  const shanxi = doc('sx', '山西', [
    clause('goal', [m('实现“学社衔接”率50%以上的目标', 50, '%', 2019)]),
    clause('task', [m('2019年，全省“学社衔接”率不低于50%', 50, '%', 2019), m('2020年，全省“学社衔接”率不低于60%', 60, '%', 2020), m('2021年，全省“学社衔接”率不低于85%', 85, '%', 2021)]),
  ]);
  const henan = doc('hn', '河南', [clause('h', [m('“学社衔接”率达到70%', 70, '%', 2022, '=')])]);
  const groups = groupByMeasure(buildTargets([shanxi, henan]));

  it('puts the same measure of different provinces in one group', () => {
    const group = groups.find((g) => g.measure === '学社衔接率')!;
    expect(group.provinces).toEqual(['山西', '河南']);
    expect(group.targets).toHaveLength(5);
  });

  it('draws one document’s successive years as a series, each year once', () => {
    const group = groups.find((g) => g.measure === '学社衔接率')!;
    expect(seriesOf(group, 'sx').map((p) => [p.year, p.value])).toEqual([[2019, 50], [2020, 60], [2021, 85]]);
    expect(seriesOf(group, 'hn')).toEqual([]);
  });

  it('compares provinces by their most recent target of a measure', () => {
    const group = groups.find((g) => g.measure === '学社衔接率')!;
    expect(latestPerProvince(group).map((t) => [t.document.province, t.metric.year, t.metric.value])).toEqual([['山西', 2021, 85], ['河南', 2022, 70]]);
  });

  it('indexes targets and series by document and counts by province, once', () => {
    const documents = [shanxi, henan];
    const indexed = targetsOf(documents);
    expect(targetsOf(documents)).toBe(indexed);
    expect(indexed.byDocument.get('sx')).toHaveLength(4);
    expect(indexed.seriesByDocument.get('sx')!.map((s) => s.points.map((p) => p.year))).toEqual([[2019, 2020, 2021]]);
    expect(indexed.seriesByDocument.has('hn')).toBe(false);
    expect(Object.fromEntries(indexed.countByProvince)).toEqual({ 山西: 4, 河南: 1 });
  });
});

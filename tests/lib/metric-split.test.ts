import { describe, expect, it } from 'vitest';
import { splitAtTarget } from '../../src/lib/metric-format.ts';
import type { Metric } from '../../src/lib/schema.ts';

const m = (text: string, value: number, unit: string): Metric => ({ text, value, unit, cmp: '=', year: null });

describe('splitAtTarget', () => {
  it('marks which number of a phrase the target is', () => {
    const text = '达到省级团委联系管理100家、市级70家、县级30家、镇街10家的目标';
    expect(splitAtTarget(m(text, 70, '家'))).toEqual({ before: '达到省级团委联系管理100家、市级', target: '70家', after: '、县级30家、镇街10家的目标' });
    expect(splitAtTarget(m(text, 10, '家')).target).toBe('10家');
  });

  it('reads the spellings of numbers the texts use', () => {
    expect(splitAtTarget(m('每年开展活动不少于万场', 10000, '场')).target).toBe('万场');
    expect(splitAtTarget(m('直接覆盖新兴青年群体30000余人', 30000, '人')).target).toBe('30000余人');
    expect(splitAtTarget(m('团干部配备率达到９０％以上', 90, '%')).target).toBe('９０％');
    expect(splitAtTarget(m('每年提供不少于10万个岗位信息', 100000, '个')).target).toBe('10万个');
    expect(splitAtTarget(m('团委书记轮训一遍', 1, '遍')).target).toBe('一遍');
  });

  it('leaves the whole phrase unmarked when the number is not in it', () => {
    expect(splitAtTarget(m('全面完成建团任务', 100, '%'))).toEqual({ before: '全面完成建团任务', target: '', after: '' });
  });
});

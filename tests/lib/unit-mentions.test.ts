import { describe, expect, it } from 'vitest';
import { findUnitMentions, unitsMentioned } from '../../src/lib/unit-mentions.ts';
import { UnitRegistry } from '../../src/lib/units.ts';

const registry = new UnitRegistry({
  province: '河南',
  prefixes: ['共青团河南省委', '团省委'],
  units: [
    { name: '组织部', slug: 'zuzhibu', aliases: [], external: false },
    { name: '基层组织建设部', slug: 'jiceng', aliases: ['基层部'], external: false },
    { name: '少年部（维护青少年权益部）', slug: 'shaonianbu', aliases: ['少年部'], external: false },
    { name: '省团校', slug: 'sheng-tuanxiao', aliases: ['河南省团校'], external: false },
  ],
});

const names = (text: string) => unitsMentioned(text, registry).map((u) => u.slug);

describe('unit mentions in running text', () => {
  it('finds units by name, prefix form and alias', () => {
    expect(names('报团省委基层组织建设部备案，在河南省团校举办培训班。')).toEqual(['jiceng', 'sheng-tuanxiao']);
  });

  it('matches brackets of any style and prefers the longest form', () => {
    const mentions = findUnitMentions('由少年部〈维护青少年权益部〉负责', registry);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.form).toBe('少年部（维护青少年权益部）');
  });

  it('does not read 组织部门 or the Party committee’s 组织部 as the League’s 组织部', () => {
    expect(names('结果通报同级党委组织部门。')).toEqual([]);
    expect(names('联合省委组织部开展培训。')).toEqual([]);
    expect(names('报团省委组织部审核。')).toEqual(['zuzhibu']);
  });

  it('names each unit once, in order of first mention', () => {
    expect(names('省团校……基层部……省团校')).toEqual(['sheng-tuanxiao', 'jiceng']);
  });
});

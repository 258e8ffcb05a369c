import { describe, expect, it } from 'vitest';
import { parseUnitTags } from '../../src/lib/unit-tags.ts';
import { UnitRegistry, unitKey } from '../../src/lib/units.ts';

const registry = new UnitRegistry({
  province: '河南',
  prefixes: ['共青团河南省委', '团省委'],
  units: [
    { name: '少年部（维护青少年权益部）', slug: 'shaonianbu', aliases: ['少年部（维护权益部）'], external: false },
    { name: '基层组织建设部', slug: 'jiceng', aliases: ['基层建设部'], external: false },
    { name: '《时代青年》杂志社', slug: 'shidai', aliases: [], external: false },
  ],
});

describe('UnitRegistry', () => {
  it('resolves bracket variants without an alias', () => {
    expect(registry.resolve('少年部〈维护青少年权益部〉')?.name).toBe('少年部（维护青少年权益部）');
    expect(registry.resolve('少年部(维护青少年权益部)')?.name).toBe('少年部（维护青少年权益部）');
    expect(registry.resolve('少年部 （维护青少年权益部）')?.name).toBe('少年部（维护青少年权益部）');
  });

  it('resolves abbreviations through aliases and strips the committee prefix', () => {
    expect(registry.resolve('少年部（维护权益部）')?.slug).toBe('shaonianbu');
    expect(registry.resolve('基层建设部')?.name).toBe('基层组织建设部');
    expect(registry.resolve('团省委基层组织建设部')?.name).toBe('基层组织建设部');
    expect(registry.resolve('共青团河南省委基层建设部')?.name).toBe('基层组织建设部');
  });

  it('resolves a name written with a trailing category to its unit', () => {
    expect(registry.resolve('基层组织建设部等有关部门')?.slug).toBe('jiceng');
    expect(registry.resolve('团省委基层建设部等')?.slug).toBe('jiceng');
    expect(registry.canonicalName('少年部〈维护青少年权益部〉等')).toBe('少年部（维护青少年权益部）');
    expect(registry.canonicalName('省教育厅等有关部门')).toBe('省教育厅');
  });

  it('keeps book-title marks as they are', () => {
    expect(unitKey('《时代青年》杂志社')).toBe('《时代青年》杂志社');
    expect(registry.resolve('《时代青年》杂志社')?.slug).toBe('shidai');
  });

  it('does not merge different units', () => {
    expect(registry.resolve('少年部（维护儿童权益部）')).toBeUndefined();
    expect(registry.resolve('组织部')).toBeUndefined();
  });

  it('refuses a registry in which one name means two units', () => {
    expect(
      () =>
        new UnitRegistry({
          province: '河南',
          prefixes: [],
          units: [
            { name: '宣传部', slug: 'a', aliases: [], external: false },
            { name: '宣传中心', slug: 'b', aliases: ['宣传部'], external: false },
          ],
        }),
    ).toThrow(/“宣传部” names both/);
  });

  it('names its committee from the full prefix, or builds it from the province', () => {
    expect(registry.committee).toBe('共青团河南省委');
    expect(new UnitRegistry({ province: '四川', prefixes: ['团省委'], units: [] }).committee).toBe('共青团四川省委');
  });

  it('lists written forms longest first for finding mentions', () => {
    const forms = registry.mentionForms().map((f) => f.form);
    expect(forms[0]).toBe('共青团河南省委少年部（维护青少年权益部）');
    expect(forms).toContain('团省委基层建设部');
  });
});

describe('parseUnitTags', () => {
  it('reads a parenthetical with a lead and responsible units', () => {
    const { names } = parseUnitTags('——开展活动。（牵头单位：宣传部、社会联络部，责任单位：组织部、少年部（维护青少年权益部）、《时代青年》杂志社）');
    expect(names.map((n) => [n.role, n.raw])).toEqual([
      ['lead', '宣传部'],
      ['lead', '社会联络部'],
      ['responsible', '组织部'],
      ['responsible', '少年部（维护青少年权益部）'],
      ['responsible', '《时代青年》杂志社'],
    ]);
  });

  it('reads label lines and stops at the line end', () => {
    const { names } = parseUnitTags('1.开展活动。\n推进步骤：2019年完成。\n责任部门：学校部、基层组织建设部\n牵头部门：办公室');
    expect(names.map((n) => [n.role, n.raw])).toEqual([
      ['responsible', '学校部'],
      ['responsible', '基层组织建设部'],
      ['lead', '办公室'],
    ]);
  });

  it('treats 配合单位 and 协办单位 as responsible', () => {
    const { names } = parseUnitTags('（牵头单位：组织部；配合单位：宣传部；协办单位：学校部）');
    expect(names.map((n) => [n.role, n.raw])).toEqual([
      ['lead', '组织部'],
      ['responsible', '宣传部'],
      ['responsible', '学校部'],
    ]);
  });

  it('accepts a half-width closing bracket and a full stop after the list', () => {
    expect(parseUnitTags('（牵头单位：社会联络部)').names.map((n) => n.raw)).toEqual(['社会联络部']);
    expect(parseUnitTags('责任单位：组织部。').names.map((n) => n.raw)).toEqual(['组织部']);
  });

  it('reports a tag with no name', () => {
    const { names, problems } = parseUnitTags('（责任单位：）');
    expect(names).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('gives the offset of each name for line numbers', () => {
    const text = '甲\n责任单位：组织部';
    const { names } = parseUnitTags(text);
    expect(text.slice(names[0]!.offset, names[0]!.offset + 3)).toBe('组织部');
  });

  it('finds nothing in text without tags', () => {
    expect(parseUnitTags('团省委基层组织建设部同志不少于60天。').names).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { coreUnitName, isCollective, isUnitName } from '../../src/lib/unit-names.ts';
import { seedRegistry, unitSlug } from '../../src/lib/unit-registry-seed.ts';
import { UnitRegistry } from '../../src/lib/units.ts';

describe('unit names', () => {
  it.each([
    ['教育部等有关部门', '教育部'],
    ['农业部等部门', '农业部'],
    ['人民银行等', '人民银行'],
    ['工业和信息化部等国务院相关部门', '工业和信息化部'],
    ['人力资源社会保障部会同有关部门', '人力资源社会保障部'],
    ['市教育局等5个部门', '市教育局'],
    ['科技部等14部门', '科技部'],
    ['各有关部门', '各有关部门'],
    ['国务院相关部门', '国务院相关部门'],
    ['高等学校', '高等学校'],
  ])('the unit %s means is %s', (raw, core) => {
    expect(coreUnitName(raw)).toBe(core);
  });

  it.each(['各地区', '各部门', '相关地区', '各省级人民政府', '各有关部门和单位', '国务院相关部门', '各区县政府', '市级各有关部门', '各省（区、市）'])(
    '%s is a collective unit',
    (name) => {
      expect(isUnitName(name)).toBe(true);
      expect(isCollective(name)).toBe(true);
    },
  );

  it.each(['教育部', '团市委学校部', '少年部（维护青少年权益部）', '中国人民银行', '市志愿者行动指导中心', '《时代青年》杂志社'])('%s is one named unit', (name) => {
    expect(isUnitName(name)).toBe(true);
    expect(isCollective(name)).toBe(false);
  });

  it.each(['团省委负责同志', '社会', '全社会共同', '分系统', '各级', '加强组织的领导'])('%s is no unit', (name) => {
    expect(isUnitName(name)).toBe(false);
  });
});

describe('seedRegistry', () => {
  const file = seedRegistry('广东', [
    '团市委学校部',
    '团市委学校部',
    '学校部',
    '市教育局等有关部门',
    '市教育局',
    '少年部〈维护青少年权益部〉',
    '少年部（维护青少年权益部）',
    '市人力资源和社会保障局',
    '市人力资源和社会保障局',
    '各区政府',
  ]);
  const registry = new UnitRegistry(file);

  it('gives one entry per unit, named as the texts write it most often, in order of first appearance', () => {
    expect(file.units.map((u) => [u.name, u.aliases])).toEqual([
      ['团市委学校部', ['学校部']],
      ['市教育局', []],
      ['少年部（维护青少年权益部）', []],
      ['市人力资源和社会保障局', []],
      ['各区政府', []],
    ]);
    expect(file.seeded).toBe(true);
  });

  it('resolves every written form to the one name', () => {
    expect(registry.canonicalName('学校部')).toBe('团市委学校部');
    expect(registry.canonicalName('市教育局等有关部门')).toBe('市教育局');
    expect(registry.canonicalName('少年部〈维护青少年权益部〉')).toBe('少年部（维护青少年权益部）');
  });

  it('gives ASCII slugs from the pinyin, unique within the province', () => {
    expect(file.units.map((u) => u.slug)).toEqual(['tuanshiweixuexiaobu', 'shijiaoyuju', 'shaonianbu', 'shirenliziyuanheshehuibaozhangju', 'gequzhengfu']);
    expect(unitSlug('绿色发展办公室')).toBe('lvsefazhanbangongshi');
    const homophones = seedRegistry('广东', ['市公安局', '市工安局']);
    expect(homophones.units.map((u) => u.slug)).toEqual(['shigonganju', 'shigonganju-2']);
  });

  it('does not merge different units', () => {
    const other = seedRegistry('广东', ['市教育局', '区教育局', '团市委', '团区委']);
    expect(other.units.map((u) => u.name)).toEqual(['市教育局', '区教育局', '团市委', '团区委']);
  });
});

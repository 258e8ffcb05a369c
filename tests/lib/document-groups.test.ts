import { describe, expect, it } from 'vitest';
import { compareDocuments, groupByLevel } from '../../src/lib/document-groups.ts';
import { fieldProvenance, provenanceNotes, regionLabel } from '../../src/lib/labels.ts';
import type { DocumentFrontmatter } from '../../src/lib/schema.ts';
import { UnitRegistry } from '../../src/lib/units.ts';
import { provinceSlug, provinceUrl, unitIndexUrl, unitUrl } from '../../src/lib/urls.ts';

const doc = (id: string, fields: Partial<DocumentFrontmatter>): DocumentFrontmatter => ({
  id,
  title: id,
  province: '河南',
  level: '省',
  city: null,
  issuer: '共青团河南省委',
  docNumber: null,
  year: 2021,
  kind: '方案',
  draft: false,
  inferred: [],
  supplied: [],
  clauses: [],
  source: 'x',
  outline: [],
  preamble: [],
  sections: [],
  ...fields,
});

const guangzhou = doc('guangzhou', { province: '广东', level: '市', city: '广州市', year: 2018 });
const shenzhen = doc('shenzhen', { province: '广东', level: '市', city: '深圳市', year: 2019 });
const national = doc('national', { province: '全国', level: '全国', issuer: '国务院办公厅', year: 2016 });
const henan = doc('henan', {});
const guangdong = doc('guangdong', { province: '广东' });

describe('documents by level', () => {
  it('puts national documents first, then provinces, then cities', () => {
    expect([shenzhen, henan, guangzhou, national, guangdong].sort(compareDocuments).map((d) => d.id)).toEqual(['national', 'guangdong', 'henan', 'guangzhou', 'shenzhen']);
  });

  it('groups them by level, province and city', () => {
    const groups = groupByLevel([national, guangdong, henan, guangzhou, shenzhen]);
    expect(groups.map((g) => [g.level, g.regions.map((r) => [r.province, r.city, r.documents.map((d) => d.id)])])).toEqual([
      ['全国', [['全国', null, ['national']]]],
      ['省', [['广东', null, ['guangdong']], ['河南', null, ['henan']]]],
      ['市', [['广东', '广州市', ['guangzhou']], ['广东', '深圳市', ['shenzhen']]]],
    ]);
    expect(groupByLevel([henan]).map((g) => g.level)).toEqual(['省']);
  });
});

describe('what a reader is told about the metadata', () => {
  it('names the region with its city', () => {
    expect(regionLabel(guangzhou)).toBe('广州市（广东）');
    expect(regionLabel(national)).toBe('全国');
    expect(regionLabel(henan)).toBe('河南');
  });

  it('says which fields were inferred or supplied, once per thing', () => {
    const inferred = doc('x', { inferred: ['province', 'level', 'city', 'year'], supplied: ['issuer'] });
    expect(provenanceNotes(inferred)).toEqual(['地区由发文单位或文中地名推断', '年份由文中日期推断', '发文单位由收录者注明，并非原文所载']);
    expect(fieldProvenance(inferred, 'year')).toBe('推断');
    expect(fieldProvenance(inferred, 'issuer')).toBe('补充');
    expect(fieldProvenance(inferred, 'title')).toBeNull();
    expect(provenanceNotes(henan)).toEqual([]);
  });
});

describe('全国 wherever a province goes', () => {
  it('has its pages', () => {
    expect(provinceSlug('全国')).toBe('quanguo');
    expect(provinceUrl('全国')).toBe('/provinces/quanguo/');
    expect(unitIndexUrl('全国')).toBe('/units/quanguo/');
    expect(unitUrl('全国', 'bangongting')).toBe('/units/quanguo/bangongting/');
  });

  it('has a unit registry whose committee is 共青团中央', () => {
    expect(new UnitRegistry({ province: '全国', prefixes: [], units: [] }).committee).toBe('共青团中央');
    expect(new UnitRegistry({ province: '河北', prefixes: [], units: [] }).committee).toBe('共青团河北省委');
  });
});

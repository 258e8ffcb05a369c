import { describe, expect, it } from 'vitest';
import { documentUnits } from '../../src/lib/document-units.ts';
import type { Clause, DocumentFrontmatter, UnitRef } from '../../src/lib/schema.ts';
import { buildUnitTasks, groupByDocument, isUntagged, taggedUnits, unitTaskPages } from '../../src/lib/unit-tasks.ts';
import { UnitRegistry } from '../../src/lib/units.ts';

const registry = new UnitRegistry({
  province: '河南',
  prefixes: ['团省委'],
  units: [
    { name: '组织部', slug: 'zuzhibu', aliases: [], external: false },
    { name: '宣传部', slug: 'xuanchuanbu', aliases: [], external: false },
    { name: '省团校', slug: 'sheng-tuanxiao', aliases: [], external: false },
  ],
});

const unit = (canonical: string, role: UnitRef['role']): UnitRef => ({ raw: canonical, canonical, role });
const clause = (id: string, text: string, units: UnitRef[] = []): Clause => ({ id, n: 1, kind: 'task', path: ['一、重点任务'], label: '——', place: '一、第1项', text, units, deadlines: [], metrics: [] });
const doc = (id: string, clauses: Clause[], province = '河南'): DocumentFrontmatter => ({
  id,
  title: id,
  province,
  level: '省',
  city: null,
  issuer: '共青团河南省委',
  docNumber: null,
  year: 2021,
  kind: '方案',
  draft: false,
  inferred: [],
  supplied: [],
  clauses,
  source: 'x',
  outline: [],
  preamble: [],
  sections: [],
});

const tagged = doc('tagged', [
  clause('t-1', '任务一', [unit('宣传部', 'lead'), unit('组织部', 'responsible')]),
  clause('t-2', '任务二', [unit('组织部', 'lead'), unit('宣传部', 'responsible'), unit('组织部', 'responsible')]),
  clause('t-3', '任务三，在省团校举办', [unit('宣传部', 'lead')]),
]);
const untagged = doc('untagged', [clause('u-1', '在省团校举办培训班，报团省委组织部。'), clause('u-2', '加强宣传。')]);
const elsewhere = doc('shanxi', [clause('s-1', '组织部负责', [unit('组织部', 'lead')])], '山西');
/** A municipal plan of the same province: its 组织部 is the city committee's, not the province's. */
const municipal = { ...doc('zhengzhou', [clause('z-1', '组织部负责', [unit('组织部', 'lead')])]), level: '市' as const, city: '郑州市', issuer: '共青团郑州市委' };

describe('unit task views', () => {
  const tasks = buildUnitTasks([tagged, untagged, elsewhere, municipal], registry);
  const of = (slug: string) => tasks.find((t) => t.unit.slug === slug)!;
  const ids = (items: { clause: Clause }[]) => items.map((i) => i.clause.id);

  it('has one entry per registry unit', () => {
    expect(tasks.map((t) => t.unit.slug)).toEqual(['zuzhibu', 'xuanchuanbu', 'sheng-tuanxiao']);
  });

  it('separates lead and responsible clauses, lead winning when a unit is tagged twice', () => {
    expect(ids(of('xuanchuanbu').lead)).toEqual(['t-1', 't-3']);
    expect(ids(of('xuanchuanbu').responsible)).toEqual(['t-2']);
    expect(ids(of('zuzhibu').lead)).toEqual(['t-2']);
    expect(ids(of('zuzhibu').responsible)).toEqual(['t-1']);
  });

  it('lists mentions only from untagged documents of the same province', () => {
    expect(ids(of('sheng-tuanxiao').mentioned)).toEqual(['u-1']);
    expect(ids(of('zuzhibu').mentioned)).toEqual(['u-1']);
    expect(of('sheng-tuanxiao').lead).toEqual([]);
  });

  it('counts co-tagged units as partners', () => {
    expect(of('xuanchuanbu').partners.map((p) => [p.unit.slug, p.count])).toEqual([['zuzhibu', 2]]);
    expect(of('sheng-tuanxiao').partners).toEqual([]);
  });

  it('groups clauses by document in first-seen order', () => {
    const groups = groupByDocument([...of('zuzhibu').lead, ...of('zuzhibu').mentioned, ...of('zuzhibu').responsible]);
    expect(groups.map((g) => [g.document.id, g.clauses.map((c) => c.id)])).toEqual([
      ['tagged', ['t-2', 't-1']],
      ['untagged', ['u-1']],
    ]);
  });

  it('knows tagged from untagged documents', () => {
    expect(isUntagged(untagged)).toBe(true);
    expect(isUntagged(tagged)).toBe(false);
    expect(taggedUnits(tagged.clauses[1]!, registry).map((t) => [t.unit.slug, t.role])).toEqual([
      ['zuzhibu', 'lead'],
      ['xuanchuanbu', 'responsible'],
    ]);
  });

  it('counts a document’s units from tags, or from mentions when it has none', () => {
    expect(documentUnits(tagged, registry).map((u) => [u.unit.slug, u.count, u.tagged])).toEqual([
      ['xuanchuanbu', 3, true],
      ['zuzhibu', 2, true],
    ]);
    expect(documentUnits(untagged, registry).map((u) => [u.unit.slug, u.count, u.tagged])).toEqual([
      ['zuzhibu', 1, false],
      ['sheng-tuanxiao', 1, false],
    ]);
  });
});

describe('unit task pages', () => {
  const many = doc(
    'many',
    Array.from({ length: 7 }, (_, i) => clause(`m-${i}`, `任务${i}`, [unit('组织部', i < 4 ? 'lead' : 'responsible')])),
  );
  const tasks = buildUnitTasks([many, untagged], registry).find((t) => t.unit.slug === 'zuzhibu')!;

  it('puts lead, responsible and mentioned clauses in that order on pages of the given size', () => {
    const pages = unitTaskPages(tasks, 3);
    expect(pages.map((p) => p.sections.map((s) => `${s.id}:${s.items.map((i) => i.clause.id).join(',')}`))).toEqual([
      ['lead:m-0,m-1,m-2'],
      ['lead:m-3', 'responsible:m-4,m-5'],
      ['responsible:m-6', 'mentioned:u-1'],
    ]);
    expect(pages.map((p) => `${p.number}/${p.count}`)).toEqual(['1/3', '2/3', '3/3']);
  });

  it('marks a section that began on an earlier page, and says where each section begins', () => {
    const pages = unitTaskPages(tasks, 3);
    expect(pages[1]!.sections.map((s) => [s.id, s.continued, s.total])).toEqual([
      ['lead', true, 4],
      ['responsible', false, 3],
    ]);
    expect(Object.fromEntries(pages[0]!.starts)).toEqual({ lead: 1, responsible: 2, mentioned: 3 });
  });

  it('gives a unit without clauses one empty page', () => {
    const idle = buildUnitTasks([], registry)[0]!;
    expect(unitTaskPages(idle, 3).map((p) => p.sections)).toEqual([[]]);
  });
});

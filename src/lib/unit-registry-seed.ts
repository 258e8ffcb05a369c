/**
 * A unit registry compiled from the tags of a province's documents, for provinces that have no curated
 * content/units/<slug>.json: one entry per unit, so that every plan gets department views. Only what is
 * certain is merged: bracket styles, a trailing category (教育部等有关部门 = 教育部) and a League committee's
 * prefix (团市委学校部 = 学校部); the form the texts write most often names the unit.
 */
import { pinyin } from 'pinyin-pro';
import { coreUnitName } from './unit-names.ts';
import { unitKey, type UnitEntry, type UnitRegistryFile } from './units.ts';

/** 共青团广州市委, 团市委, 团省委: the committee a department belongs to, written before its name. */
const COMMITTEE_PREFIX = /^(?:共青团[\u4e00-\u9fff]{1,10}?(?:省|市|区|县|州|盟)委(?:员会)?|团[省市区县州]委)(?=.)/;

/** The key under which forms of one unit meet. */
function seedKey(raw: string): string {
  const core = unitKey(coreUnitName(raw));
  return core.replace(COMMITTEE_PREFIX, '') || core;
}

/** ASCII slug from the name's pinyin, without a bracketed note: 市教育局 → shijiaoyuju. */
export function unitSlug(name: string): string {
  const syllables = pinyin(name.replace(/（[^（）]*）$/, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return slug || 'unit';
}

/** The registry of the names written in a province's tags, in order of first appearance. */
export function seedRegistry(province: string, rawNames: readonly string[]): UnitRegistryFile {
  const groups = new Map<string, Map<string, number>>();
  for (const raw of rawNames) {
    const key = seedKey(raw);
    const forms = groups.get(key) ?? new Map<string, number>();
    const form = unitKey(coreUnitName(raw));
    forms.set(form, (forms.get(form) ?? 0) + 1);
    groups.set(key, forms);
  }
  const slugs = new Set<string>();
  const units: UnitEntry[] = [...groups.values()].map((forms) => {
    const [name] = [...forms].sort(([a, m], [b, n]) => n - m || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0]!;
    const base = unitSlug(name);
    let slug = base;
    for (let i = 2; slugs.has(slug); i++) slug = `${base}-${i}`;
    slugs.add(slug);
    return { name, slug, aliases: [...forms.keys()].filter((f) => f !== name), external: false };
  });
  return { province, prefixes: [], units, seeded: true };
}

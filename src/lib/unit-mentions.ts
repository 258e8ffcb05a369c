/**
 * Units named in running text (for documents whose clauses carry no unit tags): every written form
 * from the registry, longest first, brackets of any style treated alike.
 */
import { unitKey, type UnitEntry, type UnitRegistry } from './units.ts';

export interface UnitMention {
  unit: UnitEntry;
  /** The form as the registry writes it. */
  form: string;
  /** Offset in the bracket-normalised text (unitKey keeps one character per character, minus spaces). */
  index: number;
}

/** 组织部门 is "the organisation department" in general, not the 组织部. */
const GENERIC_AFTER = /^门/;
/** A department of the Party committee or the government, not of the League committee. */
const OTHER_BODY_BEFORE = /(?:党委|党组|政府|(?<!团)省委|(?<!团)市委|(?<!团)县委)$/;

export function findUnitMentions(text: string, registry: UnitRegistry): UnitMention[] {
  const normalised = unitKey(text);
  const taken = new Array<boolean>(normalised.length).fill(false);
  const mentions: UnitMention[] = [];
  for (const { form, unit } of registry.mentionForms()) {
    const key = unitKey(form);
    for (let i = normalised.indexOf(key); i >= 0; i = normalised.indexOf(key, i + 1)) {
      const end = i + key.length;
      if (taken.slice(i, end).some(Boolean)) continue;
      if (GENERIC_AFTER.test(normalised.slice(end)) || OTHER_BODY_BEFORE.test(normalised.slice(0, i))) continue;
      taken.fill(true, i, end);
      mentions.push({ unit, form, index: i });
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** Each unit named in the text, once, in order of first mention. */
export function unitsMentioned(text: string, registry: UnitRegistry): UnitEntry[] {
  const units: UnitEntry[] = [];
  for (const m of findUnitMentions(text, registry)) if (!units.includes(m.unit)) units.push(m.unit);
  return units;
}

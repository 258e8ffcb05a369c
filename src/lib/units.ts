/**
 * The unit registry: one canonical name per real unit inside a province, with the variants
 * and abbreviations the texts use for it. Bracket styles are unified here once
 * (少年部〈维护青少年权益部〉 = 少年部（维护青少年权益部）), everything else is an explicit alias.
 */
import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';
import { NATIONAL } from './provinces.ts';
import { coreUnitName } from './unit-names.ts';

export const unitEntrySchema = z.object({
  /** The canonical name, as the unit's page shows it. */
  name: z.string().min(1),
  /** ASCII slug for the unit's URL, unique within the province. */
  slug: z.string().regex(ID_PATTERN),
  /** Other ways the texts write this unit: abbreviations, older names. Bracket variants need no alias. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Set for subordinate League committees the texts name (各省辖市团委, 县级团委), not departments of the provincial committee. */
  external: z.boolean().default(false),
});

export const unitRegistryFileSchema = z.object({
  province: z.string().min(1),
  /** The prefixes texts put before a department name: 团省委宣传部 is 宣传部. */
  prefixes: z.array(z.string().min(1)).default([]),
  units: z.array(unitEntrySchema),
  /** Set when ingestion compiled the registry from the tags of the province's documents because no curated one exists. */
  seeded: z.boolean().default(false),
});

export type UnitEntry = z.infer<typeof unitEntrySchema>;
export type UnitRegistryFile = z.infer<typeof unitRegistryFileSchema>;

/** Compares names with brackets of every style as full-width （）and no spaces. */
export function unitKey(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[〈<＜《(【［\[]/g, (c) => (c === '《' ? '《' : '（'))
    .replace(/[〉>＞》)】］\]]/g, (c) => (c === '》' ? '》' : '）'));
}

/** A registry that contradicts itself: a slug or a name given to two units. */
export class RegistryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryError';
  }
}

export class UnitRegistry {
  readonly province: string;
  readonly units: readonly UnitEntry[];
  /** Prefixes texts write before a unit name, longest first (共青团河南省委, 团省委). */
  readonly prefixes: readonly string[];
  /** Compiled from the documents' tags rather than curated (see seedRegistry). */
  readonly seeded: boolean;
  private readonly byKey = new Map<string, UnitEntry>();

  constructor(file: Omit<UnitRegistryFile, 'seeded'> & { seeded?: boolean }) {
    this.province = file.province;
    this.units = file.units;
    this.prefixes = [...file.prefixes].sort((a, b) => b.length - a.length);
    this.seeded = file.seeded ?? false;
    const slugs = new Set<string>();
    for (const unit of file.units) {
      if (slugs.has(unit.slug)) throw new RegistryError(`slug “${unit.slug}” is used by two units; expected one slug per unit`);
      slugs.add(unit.slug);
      for (const name of [unit.name, ...unit.aliases]) {
        const key = unitKey(name);
        const taken = this.byKey.get(key);
        if (taken && taken !== unit) throw new RegistryError(`“${name}” names both ${taken.name} and ${unit.name}; expected each name or alias to name one unit`);
        this.byKey.set(key, unit);
      }
    }
  }

  /** The committee the units belong to: the registry's full prefix (共青团河南省委), else 共青团中央 or 共青团X省委. */
  get committee(): string {
    return this.prefixes.find((p) => p.startsWith('共青团')) ?? (this.province === NATIONAL.name ? '共青团中央' : `共青团${this.province}省委`);
  }

  /**
   * The registry entry for a name as written, or undefined when the registry does not know it.
   * A trailing category (教育部等有关部门) and the committee prefix (团省委宣传部) are not part of the unit.
   */
  resolve(raw: string): UnitEntry | undefined {
    const core = coreUnitName(raw);
    return this.lookup(raw) ?? (core === raw ? undefined : this.lookup(core));
  }

  /** The one name of the unit a tag writes: the registry's name, else the name without its trailing category. */
  canonicalName(raw: string): string {
    return this.resolve(raw)?.name ?? unitKey(coreUnitName(raw));
  }

  private lookup(name: string): UnitEntry | undefined {
    const key = unitKey(name);
    const direct = this.byKey.get(key);
    if (direct) return direct;
    for (const prefix of this.prefixes) {
      if (key.startsWith(prefix)) {
        const unit = this.byKey.get(key.slice(prefix.length));
        if (unit) return unit;
      }
    }
    return undefined;
  }

  bySlug(slug: string): UnitEntry | undefined {
    return this.units.find((u) => u.slug === slug);
  }

  /** Every written form of every unit, longest first, for finding mentions in running text. */
  mentionForms(): { form: string; unit: UnitEntry }[] {
    const forms: { form: string; unit: UnitEntry }[] = [];
    for (const unit of this.units) {
      for (const name of [unit.name, ...unit.aliases]) {
        forms.push({ form: name, unit });
        for (const prefix of this.prefixes) forms.push({ form: prefix + name, unit });
      }
    }
    return forms.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  }
}

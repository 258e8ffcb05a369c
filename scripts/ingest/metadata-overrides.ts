/**
 * Metadata a person states beside the text (a sidecar .meta.json, or extract's flags), checked field
 * by field so that every problem is reported at once and the sound fields are still used.
 */
import { z } from 'zod';
import { cityByName } from '../../src/lib/places.ts';
import { NATIONAL, provinceByName } from '../../src/lib/provinces.ts';
import { documentLevelSchema, type DocumentLevel } from '../../src/lib/schema.ts';
import type { SourceProblem } from './errors.ts';

export interface MetadataOverrides {
  title?: string;
  issuer?: string;
  /** Short name, or 全国. */
  province?: string;
  level?: DocumentLevel;
  /** Official name of a prefecture-level city (广州市). */
  city?: string;
  year?: number;
  draft?: boolean;
}

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);
const text = (what: string) =>
  z.string({ error: (issue) => `expected ${what} as text, got ${shown(issue.input)}` }).trim().min(1, { error: `expected ${what}, got an empty text` });
const yearError = (issue: { input: unknown }) => `expected a four-digit year from 1949 to 2100 such as 2021, got ${shown(issue.input)}`;

/** One schema per field; a sidecar adds its note, the command line its flags. */
export const metadataOverrideFields = {
  title: text('the title'),
  issuer: text('the issuing body'),
  province: z
    .string({ error: (issue) => `expected a province such as 河南, or 全国, got ${shown(issue.input)}` })
    .min(1, { error: 'expected a province such as 河南, or 全国, got an empty text' })
    .refine((name) => provinceByName(name) !== undefined, { error: (issue) => `unknown province “${String(issue.input)}”; expected a short name such as 河南, or 全国` })
    .transform((name) => provinceByName(name)!.name),
  level: z.enum(documentLevelSchema.options, { error: (issue) => `expected 全国, 省 or 市, got ${shown(issue.input)}` }),
  city: z
    .string({ error: (issue) => `expected a prefecture-level city such as 广州市, got ${shown(issue.input)}` })
    .min(1, { error: 'expected a prefecture-level city such as 广州市, got an empty text' })
    .refine((name) => cityByName(name) !== undefined, { error: (issue) => `unknown prefecture-level city “${String(issue.input)}”; expected a name such as 广州市 or 延边朝鲜族自治州` })
    .transform((name) => cityByName(name)!.name),
  year: z.number({ error: yearError }).int({ error: yearError }).min(1949, { error: yearError }).max(2100, { error: yearError }),
  draft: z.boolean({ error: (issue) => `expected true or false, got ${shown(issue.input)}` }),
};

export interface CheckedOverrides {
  overrides: MetadataOverrides;
  problems: SourceProblem[];
}

export interface CheckOptions {
  /** The file the problems are reported against. */
  file: string;
  /** How the field is named to the reader: “year” in a sidecar, --year on the command line. */
  label: (key: string) => string;
  /** The line where a field is written, when there is one. */
  lineOf?: (key: string) => number | null;
  /** Further fields that are checked but carry no metadata (a sidecar's note). */
  extra?: Record<string, z.ZodType>;
}

/** Every problem of the stated metadata, one per field; the sound fields are kept. */
export function checkOverrides(input: unknown, options: CheckOptions): CheckedOverrides {
  const problem = (key: string | null, message: string): SourceProblem => ({
    file: options.file,
    line: key === null ? null : (options.lineOf?.(key) ?? null),
    message: key === null ? message : `${options.label(key)}: ${message}`,
  });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { overrides: {}, problems: [problem(null, `expected an object of metadata fields (${Object.keys(metadataOverrideFields).join(', ')})`)] };
  }
  const problems: SourceProblem[] = [];
  const overrides: Record<string, unknown> = {};
  const fields: Record<string, z.ZodType> = metadataOverrideFields;
  for (const [key, value] of Object.entries(input)) {
    const field = fields[key] ?? options.extra?.[key];
    if (!field) {
      problems.push(problem(key, `unknown field; expected one of ${[...Object.keys(fields), ...Object.keys(options.extra ?? {})].join(', ')}`));
      continue;
    }
    const parsed = field.safeParse(value);
    if (!parsed.success) problems.push(problem(key, parsed.error.issues[0]!.message));
    else if (key in fields) overrides[key] = parsed.data;
  }
  const checked = overrides as MetadataOverrides;
  problems.push(...consistencyProblems(checked).map(([key, message]) => problem(key, message)));
  return { overrides: checked, problems };
}

/** Stated fields that contradict each other: a city outside the stated province, a level that does not fit. */
function consistencyProblems(o: MetadataOverrides): [string, string][] {
  const out: [string, string][] = [];
  const city = o.city === undefined ? undefined : cityByName(o.city);
  if (city && o.province !== undefined && city.province !== o.province) out.push(['city', `${city.name} is in ${city.province}, not in ${o.province}`]);
  if (city && o.level !== undefined && o.level !== '市') out.push(['level', `a document of ${city.name} is at level 市, not ${o.level}`]);
  if (o.province === NATIONAL.name && o.level !== undefined && o.level !== '全国') out.push(['level', `a document of 全国 is at level 全国, not ${o.level}`]);
  if (o.province !== undefined && o.province !== NATIONAL.name && o.level === '全国') out.push(['level', `a document of ${o.province} cannot be at level 全国`]);
  return out;
}

/**
 * Document metadata: title, issuing body, region (province, level, city), 文号, year, kind, draft.
 * What the text states outright is taken as read (metadata-text.ts); what must be inferred (a year from
 * the dates in the text, a region from its place names …) is taken too, recorded in `inferred` and
 * reported as a warning. Nothing here refuses a text: what cannot be told at all is a gap, reported,
 * and left null. A sidecar (name.meta.json) or extract's flags may state any field; those are recorded
 * in `supplied`.
 */
import { cityByName, placesIn, regionOfIssuer, type PlaceMention, type Region } from '../../src/lib/places.ts';
import { NATIONAL, provinceByDocNumber, provinceByName } from '../../src/lib/provinces.ts';
import type { DocumentLevel, MetadataField } from '../../src/lib/schema.ts';
import type { IngestWarning, SourceProblem } from './errors.ts';
import type { MetadataOverrides } from './metadata-overrides.ts';
import { kindOfTitle, preambleOf, readDocNumber, readDraft, readIssuer, readTitle, readYear, type Reading } from './metadata-text.ts';
import type { Paragraph } from './paragraphs.ts';

export interface DocumentMetadata {
  title: string | null;
  province: string | null;
  level: DocumentLevel | null;
  city: string | null;
  issuer: string | null;
  docNumber: string | null;
  year: number | null;
  kind: string;
  draft: boolean;
  inferred: MetadataField[];
  supplied: MetadataField[];
}

export interface MetadataReading {
  metadata: DocumentMetadata;
  /** One per inference, with the line of its evidence. */
  warnings: IngestWarning[];
  /** Fields nothing tells; the document joins the atlas only once a sidecar states them. */
  gaps: SourceProblem[];
}

/** Words that say how far a text reaches: 全国, 全省, 全市. */
const SCOPES: [DocumentLevel, RegExp][] = [
  ['全国', /全国/g],
  ['省', /全省/g],
  ['市', /全市|全州|全盟/g],
];

/** The League committee of a region: the issuer the atlas assumes for a text that names none. */
function leagueCommittee(region: Region): string {
  if (region.level === '全国') return '共青团中央';
  if (region.city) return `共青团${region.city}委`;
  const fullName = provinceByName(region.province)!.fullName;
  return `共青团${fullName}${fullName.endsWith('自治区') ? '委员会' : '委'}`;
}

function regionLabel(region: Region): string {
  return region.city ? `${region.province} ${region.city}` : region.province;
}

type LinedMention = PlaceMention & { line: number };

/** The mention whose key is most frequent; the first of them in reading order. */
function mostMentioned(mentions: LinedMention[], key: (m: LinedMention) => string): LinedMention | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  let best: LinedMention | undefined;
  for (const m of mentions) if (!best || counts.get(key(m))! > counts.get(key(best))!) best = m;
  return best;
}

/** The region a text speaks for: its scope words (全国 / 全省 / 全市) and the places it names most. */
function regionInText(paragraphs: Paragraph[]): Reading<Region> | undefined {
  const scope = SCOPES.map(([level, pattern]) => ({ level, count: paragraphs.reduce((n, p) => n + (p.text.match(pattern)?.length ?? 0), 0) })).reduce((a, b) =>
    b.count > a.count ? b : a,
  );
  const level = scope.count > 0 ? scope.level : undefined;
  if (level === '全国') {
    const line = paragraphs.find((p) => /全国/.test(p.text))!.line;
    return { value: { province: NATIONAL.name, level: '全国', city: null }, origin: 'inferred', line, basis: `the text's scope (全国, ${scope.count} times)` };
  }
  const mentions = paragraphs.flatMap((p) => placesIn(p.text).map((m) => ({ ...m, line: p.line })));
  const cities = mentions.filter((m) => m.region.city !== null);
  const candidates = level === '市' && cities.length > 0 ? cities : mentions;
  const pick = mostMentioned(candidates, (m) => (level === '省' ? m.region.province : regionLabel(m.region)));
  if (!pick) return undefined;
  const value: Region = level === '省' ? { province: pick.region.province, level: '省', city: null } : pick.region;
  return { value, origin: 'inferred', line: pick.line, basis: `“${pick.text}” in the text${level ? ` and its scope (全${level === '省' ? '省' : '市'})` : ''}` };
}

function readRegion(
  issuer: Reading<string> | undefined,
  docNumber: Reading<string> | undefined,
  title: Reading<string> | undefined,
  paragraphs: Paragraph[],
): Reading<Region> | undefined {
  const ofIssuer = issuer ? regionOfIssuer(issuer.value) : undefined;
  if (issuer && ofIssuer) {
    return { value: ofIssuer, origin: issuer.origin, line: issuer.line, basis: `the issuer ${issuer.value}` };
  }
  const coded = docNumber ? provinceByDocNumber(docNumber.value) : undefined;
  if (docNumber && coded) {
    return { value: { province: coded.name, level: '省', city: null }, origin: 'inferred', line: docNumber.line, basis: `the 文号 ${docNumber.value}` };
  }
  const inTitle = title ? placesIn(title.value)[0] : undefined;
  if (title && inTitle) return { value: inTitle.region, origin: 'inferred', line: title.line, basis: `“${inTitle.text}” in the title` };
  return regionInText(paragraphs);
}

/** Stated fields replace what the text gives; a stated city or province brings its level along. */
function applyRegionOverrides(read: Reading<Region> | undefined, o: MetadataOverrides): Reading<Region> | undefined {
  if (o.province === undefined && o.level === undefined && o.city === undefined) return read;
  const city = o.city === undefined ? undefined : cityByName(o.city);
  const province = o.province ?? city?.province ?? read?.value.province;
  if (province === undefined) return read;
  const textCity = read?.value.province === province ? read.value.city : null;
  const cityName = city?.name ?? (o.level === undefined || o.level === '市' ? textCity : null);
  const level: DocumentLevel = o.level ?? (province === NATIONAL.name ? '全国' : cityName ? '市' : '省');
  return { value: { province, level, city: level === '市' ? cityName : null }, origin: 'supplied', line: null };
}

const SIDECAR_HINT = (field: string) => `state "${field}" in the sidecar (.meta.json beside the text) or pass --${field}`;

export function readMetadata(file: string, paragraphs: Paragraph[], preambleLength: number, overrides: MetadataOverrides = {}): MetadataReading {
  const preamble = preambleOf(paragraphs, preambleLength);
  const warnings: IngestWarning[] = [];
  const gaps: SourceProblem[] = [];
  const inferred: MetadataField[] = [];
  const supplied: MetadataField[] = [];
  const note = (field: MetadataField, what: string, reading: Reading<unknown> | undefined) => {
    if (reading?.origin === 'supplied') supplied.push(field);
    if (reading?.origin !== 'inferred') return;
    inferred.push(field);
    warnings.push({ file, line: reading.line, message: `${what} inferred from ${reading.basis}; ${SIDECAR_HINT(field)} if it is wrong` });
  };

  const readTitleValue = readTitle(preamble, paragraphs);
  const title: Reading<string> | undefined = overrides.title !== undefined ? { value: overrides.title, origin: 'supplied', line: null } : readTitleValue;
  const draft = overrides.draft ?? readDraft(preamble, readTitleValue);
  const titleValue = title?.value ?? null;
  const docNumber = readDocNumber(preamble);

  const issuerRead = overrides.issuer !== undefined ? { value: overrides.issuer, origin: 'supplied' as const, line: null } : readIssuer(preamble, paragraphs, readTitleValue);
  const region = applyRegionOverrides(readRegion(issuerRead, docNumber, readTitleValue, paragraphs), overrides);

  let issuer = issuerRead;
  if (!issuer && region) {
    issuer = { value: leagueCommittee(region.value), origin: 'inferred', line: region.line, basis: `the region (${regionLabel(region.value)}), as its League committee` };
  }

  const yearRead = readYear(docNumber, readTitleValue, preamble, paragraphs);
  const year: Reading<number> | undefined = overrides.year !== undefined ? { value: overrides.year, origin: 'supplied', line: null } : yearRead;
  if (overrides.year !== undefined && yearRead?.origin === 'text' && yearRead.value !== overrides.year) {
    warnings.push({ file, line: yearRead.line, message: `the stated year ${overrides.year} differs from the year ${yearRead.value} the text gives` });
  }

  note('title', `title “${titleValue}”`, title);
  note('issuer', `issuer ${issuer?.value}`, issuer);
  // The region is one reading: province, level and city come together.
  const regionFields: MetadataField[] = region?.value.city ? ['province', 'level', 'city'] : ['province', 'level'];
  if (region?.origin === 'supplied') supplied.push(...regionFields);
  if (region?.origin === 'inferred') {
    inferred.push(...regionFields);
    warnings.push({ file, line: region.line, message: `region ${regionLabel(region.value)} (level ${region.value.level}) inferred from ${region.basis}; ${SIDECAR_HINT('province')} if it is wrong` });
  }
  if (region?.value.level === '市' && region.value.city === null) {
    warnings.push({ file, line: null, message: `level 市 is stated but no prefecture-level city; ${SIDECAR_HINT('city')}` });
  }
  note('year', `year ${year?.value}`, year);
  if (overrides.draft !== undefined) supplied.push('draft');

  if (!title) gaps.push({ file, line: paragraphs[0]?.line ?? null, message: `cannot tell the title: no line before the body is title-like; ${SIDECAR_HINT('title')}` });
  if (!region) gaps.push({ file, line: null, message: `cannot tell the region: no issuer, 文号 or place name says where the text comes from; ${SIDECAR_HINT('province')} (a short name such as 河南, or 全国)` });
  if (!issuer) gaps.push({ file, line: null, message: `cannot tell the issuer: no 文件 header, no “X关于…” title and no signature; ${SIDECAR_HINT('issuer')}` });
  if (!year) gaps.push({ file, line: null, message: `cannot tell the year: no 文号, no year in the title, no date line and no dates in the text; ${SIDECAR_HINT('year')}` });

  return {
    metadata: {
      title: titleValue,
      province: region?.value.province ?? null,
      level: region?.value.level ?? null,
      city: region?.value.city ?? null,
      issuer: issuer?.value ?? null,
      docNumber: docNumber?.value ?? null,
      year: year?.value ?? null,
      kind: titleValue ? kindOfTitle(titleValue) : '文件',
      draft,
      inferred: FIELD_ORDER.filter((f) => inferred.includes(f)),
      supplied: FIELD_ORDER.filter((f) => supplied.includes(f)),
    },
    warnings,
    gaps,
  };
}

const FIELD_ORDER: readonly MetadataField[] = ['title', 'issuer', 'province', 'level', 'city', 'year', 'draft'];

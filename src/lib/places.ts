/**
 * Where a document comes from: central bodies (全国), provinces, and prefecture-level cities
 * (地级市、地区、自治州、盟, src/data/prefecture-cities.json), each city under its province.
 * Texts name cities by official name (延边朝鲜族自治州), short name with its suffix (广州市, 延边州)
 * or short name before 共青团/团 (广州共青团, 广州团市委).
 */
import cityData from '../data/prefecture-cities.json' with { type: 'json' };
import { NATIONAL, PROVINCES, provinceByName } from './provinces.ts';
import type { DocumentLevel } from './schema.ts';

export interface City {
  /** Official name: 广州市, 延边朝鲜族自治州, 大兴安岭地区, 兴安盟. */
  name: string;
  /** The name without its kind: 广州, 延边, 大兴安岭, 兴安. */
  short: string;
  /** Short name of its province. */
  province: string;
}

/** Where a document belongs: its province (全国 for central bodies), its level, its city when municipal. */
export interface Region {
  province: string;
  level: DocumentLevel;
  city: string | null;
}

/** Peoples named in autonomous prefectures' names: 黔东南苗族侗族自治州 is 黔东南. */
const PEOPLES = '(?:朝鲜|土家|苗|侗|布依|彝|哈尼|壮|傣|白|景颇|傈僳|藏|羌|回|蒙古|哈萨克|柯尔克孜)族?';
const AUTONOMOUS_PREFECTURE = new RegExp(`^(.+?)(?:${PEOPLES})+自治州$`);

export function shortCityName(name: string): string {
  const autonomous = AUTONOMOUS_PREFECTURE.exec(name);
  if (autonomous) return autonomous[1]!;
  return name.replace(/(?:市|地区|盟)$/, '');
}

export const CITIES: readonly City[] = [cityData.prefectures, cityData.provinceAdministered].flatMap((byProvince) =>
  Object.entries(byProvince).flatMap(([province, names]) => names.map((name) => ({ name, short: shortCityName(name), province }))),
);

/**
 * The ways a text writes a city. A city whose short name is also a province's (吉林市, 海南藏族自治州)
 * is known only with its suffix, so 吉林共青团 stays the province.
 */
function cityForms(city: City): string[] {
  const forms = [city.name];
  if (city.name.endsWith('市')) forms.push(`${city.short}地区`); // the 地区 that became this 市 (毕节地区, 日喀则地区)
  if (city.name.endsWith('自治州')) forms.push(`${city.short}州`);
  if (!provinceByName(city.short)) forms.push(`${city.short}共青团`, `${city.short}团`);
  return forms;
}

export function cityByName(name: string): City | undefined {
  const trimmed = name.trim();
  return CITIES.find((c) => c.name === trimmed || c.short === trimmed || cityForms(c).includes(trimmed));
}

/** A province as texts write it: 河南省, 广西壮族自治区, 北京市, or the short name before 共青团/团 (河北共青团, 河南团省委). */
function provinceForms(province: (typeof PROVINCES)[number]): string[] {
  return [province.fullName, `${province.name}省`, `${province.name}自治区`, `${province.name}市`, `${province.name}共青团`, `${province.name}团`];
}

export interface PlaceMention {
  region: Region;
  /** The words as written. */
  text: string;
  index: number;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface PlaceForm {
  text: string;
  region: Region;
}

const PLACE_FORMS: PlaceForm[] = [
  ...CITIES.flatMap((city) => cityForms(city).map((text) => ({ text, region: { province: city.province, level: '市' as const, city: city.name } }))),
  ...PROVINCES.flatMap((p) => provinceForms(p).map((text) => ({ text, region: { province: p.name, level: '省' as const, city: null } }))),
];
const FORM_BY_TEXT = new Map<string, PlaceForm>();
// Cities first: 吉林市 is the city, not the province written as 吉林市.
for (const form of PLACE_FORMS) if (!FORM_BY_TEXT.has(form.text)) FORM_BY_TEXT.set(form.text, form);
/** Longest forms first, so 海西蒙古族藏族自治州 wins over 海西州 and 内蒙古自治区 over 内蒙古团. */
const PLACE_PATTERN = new RegExp(
  [...FORM_BY_TEXT.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|'),
  'g',
);

/** Every province and city a text names, in reading order. */
export function placesIn(text: string): PlaceMention[] {
  return [...text.matchAll(PLACE_PATTERN)].map((m) => ({ region: FORM_BY_TEXT.get(m[0])!.region, text: m[0], index: m.index }));
}

/** Central bodies of the Party, the state, the League and the national mass organisations. */
const CENTRAL_BODY =
  /^(?:中共中央|中央|国务院|全国|国家|中华全国|共青团中央|团中央|最高人民|中国共产主义青年团中央)|^[\u4e00-\u9fff]{1,10}部(?:办公厅)?(?:等[\u4e00-\u9fff]{0,4}部门)?$/;

/** The region of an issuing body: a place it names, else 全国 for a central body. */
export function regionOfIssuer(issuer: string): Region | undefined {
  const first = placesIn(issuer)[0];
  if (first) return first.region;
  const bodies = issuer.split(/[\s、，,]+/).filter(Boolean);
  if (bodies.length > 0 && bodies.some((b) => CENTRAL_BODY.test(b))) return { province: NATIONAL.name, level: '全国', city: null };
  return undefined;
}

/**
 * What a text states about itself, read from its first and last lines: its title (or the plan a
 * 关于印发《…》的通知 sends), issuing body (文件 header, “X关于…”, signature), 文号, date and draft mark.
 * Where the text is silent the readers may still infer (the first title-like line, the earliest year
 * the body names); each reading says which it did. scripts/ingest/metadata.ts puts them together.
 */
import { parseNumber } from '../../src/lib/chinese-numbers.ts';
import { titleSaysDraft, withoutDraftMark } from '../../src/lib/drafts.ts';
import { placesIn } from '../../src/lib/places.ts';
import type { Paragraph } from './paragraphs.ts';

/** How a value was come by: stated by the text, inferred from it, or supplied beside it. */
export type Origin = 'text' | 'inferred' | 'supplied';

export interface Reading<T> {
  value: T;
  origin: Origin;
  /** Source line of the evidence. */
  line: number | null;
  /** For an inference: what it rests on, for the warning. */
  basis?: string;
}

/** 文号: issuer code, year in 〔〕 (or [] ()), serial number: 豫青字〔2019〕6号, 国办发〔2016〕72号. */
const DOC_NUMBER = /^[（(]?([\u4e00-\u9fff]{1,8}\s*[〔［\[(（]\s*(\d{4})\s*[〕］\])）]\s*\d{1,4}\s*号)/;
/** Document kinds, most specific first: a title ends with one of them. */
const KINDS = ['任务分工方案', '分工方案', '实施方案', '工作方案', '行动方案', '工作要点', '行动计划', '工作计划', '实施意见', '指导意见', '实施细则', '行动纲要', '方案', '要点', '计划', '意见', '规划', '办法', '细则', '纲要', '通知', '决定', '规定'];
const KIND = `(?:${KINDS.join('|')})`;
/** A period or year, (2019—2022) or （2024年）: part of a title, but not of its kind. */
const PERIOD = '[（(]\\s*\\d{4}\\s*(?:[—–\\-－~～至]+\\s*\\d{4}\\s*)?年?\\s*[）)]';
const TRAILING_PERIOD = new RegExp(`${PERIOD}$`);
/** A line that is only a period: (2019—2022). */
const PERIOD_LINE = new RegExp(`^${PERIOD}$`);
/** The status of a text that is not yet issued. */
/** Words an issuing body's name ends with. */
const BODY_END = '(?:委员会|委|办公室|办公厅|政府|中央|院|厅|部门|部|局|署|会|办)';
/** 关于印发《…》的通知, X印发《…》的通知 (also 转发, and without 《》): the plan it sends is the document. */
const NOTICE = new RegExp(`(?:^|关于|${BODY_END})\\s*(?:印发|转发)\\s*(.+?)\\s*的\\s*通\\s*知$`);
/** A news release of a document, at the start of a line: 中共中央办公厅 国务院办公厅印发《关于…的意见》. */
const RELEASE = new RegExp(`^.{2,60}?${BODY_END}\\s*印发\\s*《([^《》]+)》`);
/** Words that begin the name of a central body, where joint issuers are written without a space between them. */
const CENTRAL_BODY_START = /中共|中国共产党|共青团|团中央|国务院|中央|全国/g;
/** Labels of a portal's information table (标题：…, 发文字号：…); the value is what counts. */
const TITLE_OR_NUMBER_LABEL = /^(?:标题|发文字号|文号)[:：]\s*/;
const ISSUER_LABEL = /^(?:发文机关|发文单位)[:：]\s*(.+)$/;
/** Header of an official document: 共青团河南省委文件, 团广州市委 文件, 国务院办公厅文件. */
const HEADER = new RegExp(`^(.{2,40}?${BODY_END})\\s*文\\s*件$`);
/** The issuer before 关于 or 印发 in a notice or title: 国务院办公厅关于印发…, 共青团广州市委关于…, 中共广州市委 广州市人民政府印发…. */
const BODY_BEFORE_ABOUT = new RegExp(`^(.{2,60}?${BODY_END})\\s*(?:关于|印发|转发)`);
/** Issuing bodies a title may begin with, without 关于: 共青团四川省委2021年工作要点. */
const BODY_AT_START = [
  /^(?:中国)?共青团中央(?:办公厅)?|^团中央(?:办公厅)?/,
  /^(?:中国)?共青团[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|州|地区|盟|县|区)委(?:员会)?(?:办公室|办公厅)?/,
  /^团[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|州|地区|盟|县|区)委(?:办公室)?/,
  /^中共[\u4e00-\u9fff]{2,12}?委(?:员会)?(?:办公厅|办公室)?/,
  /^国务院(?:办公厅)?/,
  /^[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|州)人民政府(?:办公厅|办公室)?/,
];
/** One issuing body's name, as a signature writes it: 共青团广州市委员会, 国务院办公厅. */
const BODY_NAME = new RegExp(`^[\\u4e00-\\u9fff（）()]{1,30}${BODY_END}$`);
/**
 * 成文日期: 2019年3月5日, 二〇一九年三月五日, optionally in brackets, after the signature, or with the
 * body that issued it under a title (（2018年7月2日中共中央办公厅印发）).
 */
const DATE_NUMERAL = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const DATE = `([12][0-9]{3}|[一二][〇零○一二三四五六七八九]{3})\\s*年\\s*(?:${DATE_NUMERAL})\\s*月\\s*(?:${DATE_NUMERAL})\\s*日`;
const DATE_LINE = new RegExp(`^(?<before>.{0,40}?)\\s*[（(]?${DATE}\\s*(?:(?<issuedBy>.{0,40}?)\\s*印发)?[）)]?$`);
/** A year the text names as a date, not as a look back (2015年以来, 截至2018年底). */
const YEAR_MENTION = /(?<![0-9０-９]|截至|截止|自)((?:19|20)[0-9]{2})\s*年(?![0-9]|以来|来)[^，。；、\s]{0,4}/g;
/** Years inside a cited title (《…（2016—2025年）》) are not the plan's. */
const CITED_TITLE = /《[^《》]*》/g;
/** Titles are shorter than this (the longest seed title has 83 characters). */
const MAX_TITLE_LENGTH = 160;
/** Paragraphs from the end of a text that may hold its signature and date. */
const SIGNATURE_SPAN = 4;

/** Chinese titles use full-width brackets: (2019—2022) → （2019—2022）. */
function typesetTitle(title: string): string {
  return title.replace(/\(/g, '（').replace(/\)/g, '）').replace(/\s+/g, '');
}

function endsWithKind(text: string): boolean {
  return new RegExp(`${KIND}$`).test(withoutDraftMark(text).replace(TRAILING_PERIOD, ''));
}

export function kindOfTitle(title: string): string {
  const bare = title.replace(/[（(][^）)]*[）)]$/, '');
  return KINDS.find((k) => bare.endsWith(k)) ?? '文件';
}

/** A line of issuing bodies only, separated by spaces: a signature. */
function isBodyLine(text: string): boolean {
  return text.length <= 60 && text.split(/\s+/).every((part) => BODY_NAME.test(part));
}

function isDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}

/** The year of a date as written, Arabic or digit by digit (二〇一九). */
function yearOfDate(text: string): number | null {
  const m = new RegExp(DATE).exec(text);
  return m ? parseNumber(m[1]!) : null;
}

/**
 * Joint issuers are separated by 、: spaces and commas between them become 、, and so does the point
 * where one body's name ends and the next begins (…办公厅广州市人民政府…, …中央办公厅国务院…).
 */
function typesetIssuer(issuer: string): string {
  const text = issuer.trim().replace(/[\s，,]+/g, '、');
  const starts = [...placesIn(text).map((m) => m.index), ...[...text.matchAll(CENTRAL_BODY_START)].map((m) => m.index)];
  const splits = new Set(starts.filter((i) => i > 0 && text[i - 1] !== '、' && new RegExp(`${BODY_END}$`).test(text.slice(0, i))));
  return text
    .split('')
    .map((c, i) => (splits.has(i) ? `、${c}` : c))
    .join('');
}

// ---------------------------------------------------------------- title

/** The plan a 关于印发《…》的通知 line sends; a long paragraph is never such a line (and is not scanned for one). */
function noticeTitle(text: string): string | undefined {
  const release = RELEASE.exec(text)?.[1];
  if (release) return release;
  if (text.length > MAX_TITLE_LENGTH) return undefined;
  const sent = NOTICE.exec(text)?.[1];
  if (!sent) return undefined;
  return /《(.+?)》/.exec(sent)?.[1] ?? sent;
}

/** A line that could be a title: short, one phrase, not a header, 文号, date, addressee or draft mark. */
function isTitleLike(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 80 &&
    !/[。；！？]/.test(text) &&
    !/[：:]$/.test(text) &&
    !/^(?:附件|联系人|联系电话|电话|电子邮箱|签发人|抄送)/.test(text) &&
    !HEADER.test(text) &&
    !DOC_NUMBER.test(text) &&
    !isDateLine(text) &&
    !isBodyLine(text) &&
    !isDraftNote(text) &&
    !PERIOD_LINE.test(text)
  );
}

/** A text without line breaks begins with its title: …的实施意见为深入贯彻…. */
const RUN_ON_TITLE = new RegExp(
  `^(.{4,80}?${KIND}(?:${PERIOD})?)(?=\\s|为|根据|按照|现将|现|经|各|近年来|当前|今年|[0-9]{4}年|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])`,
);

export function readTitle(preamble: Paragraph[], paragraphs: Paragraph[]): Reading<string> | undefined {
  // The plan's own title: the last line before the body that ends with a kind; a period line such as (2019—2022) after it belongs to it.
  for (let i = preamble.length - 1; i >= 0; i--) {
    const text = preamble[i]!.text;
    if (text.includes('。') || text.length > MAX_TITLE_LENGTH || noticeTitle(text) || /^附件/.test(text) || !endsWithKind(text)) continue;
    const next = preamble[i + 1]?.text;
    return { value: typesetTitle(next && PERIOD_LINE.test(next) ? text + next : text), origin: 'text', line: preamble[i]!.line };
  }
  for (const p of preamble) {
    const sent = noticeTitle(p.text);
    if (sent) return { value: typesetTitle(sent), origin: 'text', line: p.line };
  }
  const first = paragraphs[0];
  const runOn = first ? RUN_ON_TITLE.exec(first.text)?.[1] : undefined;
  if (first && runOn && first.text.length > runOn.length + 20) {
    return { value: typesetTitle(noticeTitle(runOn) ?? runOn), origin: 'inferred', line: first.line, basis: 'the beginning of a text without line breaks' };
  }
  const titleLike = preamble.find((p) => isTitleLike(p.text));
  if (titleLike) return { value: typesetTitle(titleLike.text), origin: 'inferred', line: titleLike.line, basis: 'the first title-like line (no line ends with 方案/意见/要点… and there is no 关于印发《…》的通知)' };
  return undefined;
}

// ---------------------------------------------------------------- issuer

function bodyAtStart(text: string): string | undefined {
  const about = BODY_BEFORE_ABOUT.exec(text)?.[1];
  if (about && !about.includes('《')) return about;
  for (const pattern of BODY_AT_START) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** The signature: issuing bodies on the line(s) right before a date line, or alone at the very end. */
function signature(paragraphs: Paragraph[]): Reading<string> | undefined {
  for (let i = 0; i < paragraphs.length; i++) {
    const date = DATE_LINE.exec(paragraphs[i]!.text);
    if (!date) continue;
    const issuedBy = date.groups!.issuedBy?.trim();
    if (issuedBy && isBodyLine(issuedBy)) return { value: typesetIssuer(issuedBy), origin: 'text', line: paragraphs[i]!.line };
    // X 2020年5月6日印发 names the office that printed the text, not its issuer.
    if (/印发[）)]?$/.test(paragraphs[i]!.text)) continue;
    const before = date.groups!.before!.trim();
    if (before && isBodyLine(before)) return { value: typesetIssuer(before), origin: 'text', line: paragraphs[i]!.line };
    const bodies: Paragraph[] = [];
    for (let j = i - 1; j >= 0 && isBodyLine(paragraphs[j]!.text) && bodies.length < 4; j--) bodies.unshift(paragraphs[j]!);
    if (bodies.length > 0) return { value: typesetIssuer(bodies.map((p) => p.text).join('、')), origin: 'text', line: bodies[0]!.line };
  }
  const last = paragraphs.at(-1);
  if (last && isBodyLine(last.text)) return { value: typesetIssuer(last.text), origin: 'text', line: last.line };
  return undefined;
}

/** The paragraphs that may carry a notice's signature or the document's 落款: the preamble and the last few. */
function signatureCandidates(preamble: Paragraph[], paragraphs: Paragraph[]): Paragraph[][] {
  return [preamble, paragraphs.slice(Math.max(preamble.length, paragraphs.length - SIGNATURE_SPAN))];
}

export function readIssuer(preamble: Paragraph[], paragraphs: Paragraph[], title: Reading<string> | undefined): Reading<string> | undefined {
  for (const p of preamble) {
    const header = HEADER.exec(p.text)?.[1] ?? ISSUER_LABEL.exec(p.text)?.[1];
    if (header) return { value: typesetIssuer(header), origin: 'text', line: p.line };
  }
  // A header without 文件: the issuing body alone on the first line.
  if (preamble.length > 1 && isBodyLine(preamble[0]!.text)) return { value: typesetIssuer(preamble[0]!.text), origin: 'text', line: preamble[0]!.line };
  for (const p of preamble) {
    if (!noticeTitle(p.text)) continue;
    const body = bodyAtStart(p.text);
    if (body) return { value: typesetIssuer(body), origin: 'text', line: p.line };
  }
  if (title?.origin === 'text') {
    const body = bodyAtStart(title.value);
    if (body) return { value: typesetIssuer(body), origin: 'text', line: title.line };
  }
  for (const group of signatureCandidates(preamble, paragraphs)) {
    const signed = signature(group);
    if (signed) return signed;
  }
  if (title) {
    const body = bodyAtStart(title.value);
    if (body) return { value: typesetIssuer(body), origin: 'inferred', line: title.line, basis: 'the beginning of the title' };
  }
  return undefined;
}

// ---------------------------------------------------------------- year

function firstYear(text: string): number | undefined {
  const m = /((?:19|20)\d{2})\s*年?/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The year: of the 文号, the title or the date line, else the earliest year the body names (inferred). */
export function readYear(docNumber: DocNumberReading | undefined, title: Reading<string> | undefined, preamble: Paragraph[], paragraphs: Paragraph[]): Reading<number> | undefined {
  if (docNumber) return { value: docNumber.year, origin: 'text', line: docNumber.line };
  const inTitle = title ? (firstYear(title.value.replace(TRAILING_PERIOD, '')) ?? firstYear(title.value)) : undefined;
  if (title && inTitle !== undefined) return { value: inTitle, origin: title.origin, line: title.line, basis: 'the title' };
  for (const group of signatureCandidates(preamble, paragraphs)) {
    const dateLine = group.find((p) => isDateLine(p.text));
    const year = dateLine ? yearOfDate(dateLine.text) : null;
    if (dateLine && year !== null) return { value: year, origin: 'text', line: dateLine.line };
  }
  // The year the plan starts from: the earliest year its body names, else its preamble.
  const body = paragraphs.slice(preamble.length);
  const period = fiveYearPlanPeriod([...preamble, ...body]);
  for (const group of [body, preamble]) {
    let earliest: { year: number; line: number; text: string } | undefined;
    for (const p of group) {
      for (const m of p.text.replace(CITED_TITLE, (title) => '　'.repeat(title.length)).matchAll(YEAR_MENTION)) {
        const year = Number(m[1]);
        if (!earliest || year < earliest.year) earliest = { year, line: p.line, text: m[0] };
      }
    }
    // Years beyond the five-year plan the text works under are long-range goals (2035年远景), not its start.
    if (period && (!earliest || earliest.year > period.start + 4)) {
      return { value: period.start, origin: 'inferred', line: period.line, basis: `the five-year plan the text works under (“${period.text}”)` };
    }
    if (earliest) return { value: earliest.year, origin: 'inferred', line: earliest.line, basis: `the dates in the text (earliest: “${earliest.text}”)` };
  }
  return undefined;
}

/** 十二五 … 十五五: the national five-year plans, by the first year of each. */
const FIVE_YEAR_PLANS: Record<string, number> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };
const FIVE_YEAR_PLAN = new RegExp(`[“"]?(${Object.keys(FIVE_YEAR_PLANS).join('|')})[”"]?(?:规划|时期|期间|开局|发展)`);

/** The latest five-year plan a text names as its own frame (十四五规划, 十四五时期), with where. */
function fiveYearPlanPeriod(paragraphs: Paragraph[]): { start: number; line: number; text: string } | undefined {
  let latest: { start: number; line: number; text: string } | undefined;
  for (const p of paragraphs) {
    const m = FIVE_YEAR_PLAN.exec(p.text.replace(CITED_TITLE, (title) => '　'.repeat(title.length)));
    const start = m ? FIVE_YEAR_PLANS[m[1]!]! : undefined;
    if (m && start !== undefined && (!latest || start > latest.start)) latest = { start, line: p.line, text: m[0].replace(/[“”"]/g, '') };
  }
  return latest;
}

/** A line above the body that only says the text is a draft: （草 案）, 征求意见稿. */
function isDraftNote(text: string): boolean {
  return text.length <= 12 && titleSaysDraft(text);
}

/** A 草案, 征求意见稿, 讨论稿 or 送审稿: marked in the title or on a line of its own above the body. */
export function readDraft(preamble: Paragraph[], title: Reading<string> | undefined): boolean {
  return (title !== undefined && titleSaysDraft(title.value)) || preamble.some((p) => isDraftNote(p.text));
}

// ---------------------------------------------------------------- 文号 and the lines above the body

export interface DocNumberReading extends Reading<string> {
  year: number;
}

/** The 文号 standing at the start of a line above the body (not one cited in a sentence). */
export function readDocNumber(preamble: Paragraph[]): DocNumberReading | undefined {
  for (const p of preamble) {
    const m = DOC_NUMBER.exec(p.text);
    if (m) return { value: m[1]!.replace(/\s+/g, ''), year: Number(m[2]), origin: 'text', line: p.line };
  }
  return undefined;
}

/** The lines above the body, with the labels of a portal's information table taken off (标题：…, 发文字号：…). */
export function preambleOf(paragraphs: Paragraph[], length: number): Paragraph[] {
  return paragraphs.slice(0, length).map((p) => ({ ...p, text: p.text.replace(TITLE_OR_NUMBER_LABEL, '') }));
}

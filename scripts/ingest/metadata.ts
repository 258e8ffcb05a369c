/**
 * Document metadata read from the text itself: title, issuing body, 文号, year, province and kind.
 * A sidecar (name.meta.json) may add what the text cannot tell (a draft without a year, say).
 */
import { isDraftLine, titleSaysDraft, withoutDraftMark } from '../../src/lib/drafts.ts';
import { provinceByDocNumber, provinceByName, provinceInText, type Province } from '../../src/lib/provinces.ts';
import { SourceError } from './errors.ts';
import type { Paragraph } from './paragraphs.ts';

export interface DocumentMetadata {
  title: string;
  province: string;
  issuer: string;
  docNumber: string | null;
  year: number;
  kind: string;
  /** The text calls itself a draft: a （草案） line before the body, or 草案 in the title. */
  draft: boolean;
  /** Fields the text does not state: given beside it (sidecar, command line) or defaulted. */
  inferred: string[];
}

/** What a person may state beside the source, or on the command line. */
export interface MetadataOverrides {
  title?: string;
  province?: string;
  issuer?: string;
  year?: number;
}

/** 文号: issuer code, year in 〔〕 (or [] ()), serial number: 豫青字〔2019〕6号. */
const DOC_NUMBER = /[\u4e00-\u9fff]{1,8}[〔［\[(（]\s*(\d{4})\s*[〕］\])）]\s*\d{1,4}\s*号/;
/** Document kinds, most specific first: the title ends with one of them. */
const KINDS = ['任务分工方案', '分工方案', '实施方案', '工作方案', '行动方案', '工作要点', '行动计划', '工作计划', '实施意见', '指导意见', '实施细则', '行动纲要', '方案', '要点', '计划', '意见', '规划', '办法', '细则', '纲要'];
const TITLE_KIND = new RegExp(`(?:${KINDS.join('|')})$`);
/** A period or year, (2019—2022) or （2024年）: part of a title, but not of its kind. */
const PERIOD = '[（(]\\s*\\d{4}\\s*(?:[—–\\-－~～至]+\\s*\\d{4}\\s*)?年?\\s*[）)]';
const TRAILING_SPAN = new RegExp(`${PERIOD}$`);
/** A line that is only a period: (2019—2022). */
const PERIOD_LINE = new RegExp(`^${PERIOD}$`);
const ISSUER_IN_HEADER = /^(.{2,30}?)文件$/;
const ISSUER_AT_START = /^(共青团.{2,6}?(?:省|市|自治区)委(?:员会)?(?:办公室|办公厅)?)/;
/** A notice line: …关于印发《title》的通知. Found from both ends, so no line makes the search quadratic. */
const NOTICE_START = /关于印发\s*《/;
const NOTICE_END = /》\s*的\s*通\s*知$/;

/** The title a notice line announces. */
function noticeTitle(line: string): string | undefined {
  const end = NOTICE_END.exec(line);
  const start = end ? NOTICE_START.exec(line) : null;
  if (!end || !start) return undefined;
  const from = start.index + start[0].length;
  return from < end.index ? line.slice(from, end.index) : undefined;
}

/** Chinese titles use full-width brackets: (2019—2022) → （2019—2022）. */
function typesetTitle(title: string): string {
  return title.replace(/\(/g, '（').replace(/\)/g, '）').replace(/\s+/g, '');
}

/**
 * The last line before the body that ends with a document kind (before a period or a draft mark);
 * a period line such as (2019—2022) right after it belongs to it.
 */
function findTitle(preamble: Paragraph[]): string | undefined {
  const texts = preamble.map((p) => p.text);
  for (let i = texts.length - 1; i >= 0; i--) {
    const text = texts[i]!;
    if (text.includes('。') || text.length > 160 || /关于印发/.test(text)) continue;
    if (!TITLE_KIND.test(withoutDraftMark(text).replace(TRAILING_SPAN, ''))) continue;
    const next = texts[i + 1];
    return typesetTitle(next && PERIOD_LINE.test(next) ? text + next : text);
  }
  return undefined;
}

export function kindOfTitle(title: string): string {
  const bare = title.replace(/[（(][^）)]*[）)]$/, '');
  return KINDS.find((k) => bare.endsWith(k)) ?? '文件';
}

export function readMetadata(file: string, preamble: Paragraph[], body: string, overrides: MetadataOverrides = {}): DocumentMetadata {
  const texts = preamble.map((p) => p.text);
  const notice = texts.map(noticeTitle).find(Boolean);
  const title = overrides.title ?? findTitle(preamble) ?? (notice ? typesetTitle(notice) : undefined);
  if (!title) {
    throw new SourceError(file, preamble[0]?.line ?? 1, 'cannot find the title: expected a line before 一、 that ends with 方案/要点/意见/计划…, or pass --title');
  }

  const docNumberMatch = texts.map((t) => DOC_NUMBER.exec(t)).find(Boolean) ?? null;
  const docNumber = docNumberMatch ? docNumberMatch[0].replace(/\s+/g, '') : null;

  const issuer =
    overrides.issuer ??
    texts.map((t) => ISSUER_IN_HEADER.exec(t)?.[1]).find((s) => s && /团|委/.test(s)) ??
    ISSUER_AT_START.exec(title)?.[1] ??
    texts.map((t) => ISSUER_AT_START.exec(t)?.[1]).find(Boolean);

  let province: Province | undefined = overrides.province ? provinceByName(overrides.province) : undefined;
  if (overrides.province && !province) throw new SourceError(file, null, `unknown province “${overrides.province}”; expected a short name such as 河南`);
  province ??= (docNumber ? provinceByDocNumber(docNumber) : undefined) ?? provinceInText(issuer ?? '') ?? provinceInText(title) ?? provinceInText(texts.join('\n') + body);
  if (!province) throw new SourceError(file, 1, 'cannot tell the province: expected 共青团X省委 or a 文号 such as 豫青字〔2019〕6号, or pass --province');

  const year =
    overrides.year ??
    (docNumberMatch ? Number(docNumberMatch[1]) : undefined) ??
    firstYear(title.replace(TRAILING_SPAN, '')) ??
    firstYear(title);
  if (year === undefined) {
    throw new SourceError(file, preamble[0]?.line ?? 1, 'cannot tell the year: no 文号 and no year in the title; add "year" to the sidecar .meta.json or pass --year');
  }

  const given = (['title', 'province', 'issuer', 'year'] as const).filter((field) => overrides[field] !== undefined);
  return {
    title,
    province: province.name,
    issuer: issuer ?? `共青团${province.name}省委`,
    docNumber,
    year,
    kind: kindOfTitle(title),
    draft: titleSaysDraft(title) || texts.some(isDraftLine),
    inferred: issuer === undefined ? [...given, 'issuer'] : given,
  };
}

function firstYear(text: string): number | undefined {
  const m = /((?:19|20)\d{2})\s*年?/.exec(text);
  return m ? Number(m[1]) : undefined;
}

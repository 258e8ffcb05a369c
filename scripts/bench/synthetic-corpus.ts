/**
 * A synthetic corpus for measurement: N documents spread over the 31 provinces, written as source
 * texts plus one unit registry per province, exactly as content/ holds them.
 *
 * Each document takes the outline of one seed text (its headings, items, label lines and tag lines,
 * so every form the ingester reads is exercised) and fills it anew: sentences drawn from all seeds with
 * their numbers, years, quoted programme names, unit names and common policy words substituted; a
 * fresh preamble, title, 文号 and year; tags naming units of its own province's registry; now and then
 * a reference to another document's title. Programme names follow a Zipf law over a vocabulary that
 * grows with N, so topics recur the way real ones do. Deterministic: the same N gives the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ATTACHED_LABEL, DASH_ITEM, GOAL_LABEL, headingMarker } from '../../src/lib/markers.ts';
import { PROVINCES, type Province } from '../../src/lib/provinces.ts';
import { parseUnitTags } from '../../src/lib/unit-tags.ts';
import type { UnitRegistryFile } from '../../src/lib/units.ts';
import { extractDocument } from '../ingest/extract-document.ts';
import { isHeadingLike, type Paragraph } from '../ingest/paragraphs.ts';
import { decodeSource } from '../ingest/read-source.ts';
import { listSources, registryFor } from '../ingest/sources.ts';
import type { Block } from '../ingest/structure.ts';
import { SEED_PLACE_NAMES, SYNONYM_GROUPS, TERM_CORES, TERM_KINDS, TERM_PREFIXES, THEMES, UNIT_NAMES } from './vocabulary.ts';

/** The 31 provincial-level divisions of the mainland, where League plans are issued. */
const MAINLAND = PROVINCES.slice(0, 31);
const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);
const REGIONS = new Set(['内蒙古', '广西', '西藏', '宁夏', '新疆']);

/** Headings that name a part of every plan; they keep their words (they also decide goal and requirement items). */
const STANDARD_HEADING = /^(?:指导思想|总体要求|总体思路|工作目标|主要目标|目标任务|基本原则|工作要求|保障措施|组织保障|有关要求|主要任务|重点任务|重点工作|工作措施|行动主题|行动时间|实施步骤|进度安排|组织领导)/;
const UNIT_LABEL = /^[（(]?\s*(?:责任部门|责任单位|牵头单位|牵头部门|配合单位|配合部门|协办单位)\s*[:：]/;
const INLINE_TAG = /[（(]\s*(?:牵头|责任)(?:单位|部门)\s*[:：]/;
const SENTENCE_END = /(?<=[。！？；])/;
const FIRST_YEAR = 2015;
const YEARS = 12;
const CROSS_REFERENCE_RATE = 0.04;

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** One paragraph of a seed's outline, reduced to what the generator must reproduce. */
type LinePlan =
  | { shape: 'heading'; marker: string; title: string }
  | { shape: 'phrase'; prefix: string }
  | { shape: 'sentences'; prefix: string; count: number; tag: TagStyle | null }
  | { shape: 'units'; label: string };

type TagStyle = 'lead-and-responsible' | 'responsible';

interface Seed {
  id: string;
  year: number;
  style: 'notice' | 'points' | 'division';
  /** The body in reading order; blank lines between entries. */
  lines: LinePlan[];
}

interface Banks {
  sentences: string[];
  headings: string[];
  /** Unit names the seed registries know, longest first: replaced by units of the target province. */
  seedUnits: string[];
}

function sentenceCount(text: string): number {
  return Math.max(1, text.split(SENTENCE_END).filter((s) => s.trim()).length);
}

function planParagraph(paragraph: Paragraph): LinePlan {
  const text = paragraph.text;
  const label = ATTACHED_LABEL.exec(text)?.[0];
  if (label && UNIT_LABEL.test(text)) return { shape: 'units', label };
  const prefix = label ?? GOAL_LABEL.exec(text)?.[0] ?? DASH_ITEM.exec(text)?.[0] ?? headingMarker(text)?.text ?? '';
  if (isHeadingLike(text)) return { shape: 'phrase', prefix };
  const tag = INLINE_TAG.exec(text);
  const style: TagStyle | null = tag ? (/牵头/.test(text.slice(tag.index)) ? 'lead-and-responsible' : 'responsible') : null;
  const body = text.slice(prefix.length, tag?.index ?? text.length);
  // An item that was not heading-like must stay so: two sentences at least when it was one long one.
  const count = sentenceCount(body);
  return { shape: 'sentences', prefix, count: prefix && count === 1 && !isHeadingLike(text) ? 2 : count, tag: style };
}

function planBlocks(blocks: Block[]): LinePlan[] {
  const lines: LinePlan[] = [];
  for (const block of blocks) {
    if (block.type === 'preamble') continue;
    if (block.type === 'heading') {
      const marker = headingMarker(block.text)!.text;
      lines.push({ shape: 'heading', marker, title: block.text.slice(marker.length) });
    } else {
      for (const p of block.paragraphs) lines.push(planParagraph(p));
    }
  }
  return lines;
}

function styleOf(kind: string, hasDocNumber: boolean): Seed['style'] {
  if (/分工/.test(kind)) return 'division';
  if (/要点/.test(kind) || !hasDocNumber) return 'points';
  return 'notice';
}

function readSeeds(sourcesDir: string, unitsDir: string): { seeds: Seed[]; banks: Banks } {
  const seeds: Seed[] = [];
  const sentences = new Set<string>();
  const headings = new Set<string>();
  const seedUnits = new Set<string>();
  for (const source of listSources(sourcesDir)) {
    const text = decodeSource(source.file, readFileSync(source.file));
    const extracted = extractDocument({ ...text, file: source.relative }, { id: source.id, registryFor: (p) => registryFor(p, unitsDir), overrides: source.overrides });
    const { document, blocks } = extracted;
    // The seeds state their province and year; a seed that did not would keep its years unshifted.
    const registry = document.province ? registryFor(document.province, unitsDir) : undefined;
    for (const { form } of registry?.mentionForms() ?? []) seedUnits.add(form);
    seeds.push({ id: source.id, year: document.year ?? FIRST_YEAR, style: styleOf(document.kind, document.docNumber !== null), lines: planBlocks(blocks) });
    for (const block of blocks) {
      if (block.type === 'heading') {
        const title = block.text.slice(headingMarker(block.text)!.text.length);
        if (!STANDARD_HEADING.test(title) && title.length <= 40) headings.add(title);
        continue;
      }
      if (block.type === 'preamble') continue;
      for (const p of block.paragraphs) {
        const body = p.text.replace(ATTACHED_LABEL, '').replace(DASH_ITEM, '').replace(GOAL_LABEL, '');
        const bare = body.slice(headingMarker(body)?.text.length ?? 0);
        for (const s of bare.split(SENTENCE_END)) {
          const sentence = s.trim();
          // Sentences that carry titles, tags or labels would bring the seeds' own references along.
          if (sentence.length < 8 || sentence.length > 160 || /[《》：:]|单位|部门/.test(sentence) || !/[。！？；]$/.test(sentence)) continue;
          if (headingMarker(sentence) || DASH_ITEM.test(sentence) || GOAL_LABEL.test(sentence) || parseUnitTags(sentence).names.length > 0) continue;
          sentences.add(sentence);
        }
      }
    }
  }
  return {
    seeds,
    banks: { sentences: [...sentences], headings: [...headings], seedUnits: [...seedUnits].sort((a, b) => b.length - a.length) },
  };
}

/** Programme names: “青春筑梦行动”, “红领巾护航驿站” …, a vocabulary that grows with the corpus. */
function termVocabulary(size: number): string[] {
  const rnd = random(7);
  const terms = new Set<string>();
  while (terms.size < size) terms.add(pick(rnd, TERM_PREFIXES) + pick(rnd, TERM_CORES) + pick(rnd, TERM_KINDS));
  return [...terms];
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1): a few names everywhere, most in a handful of documents. */
function zipf(n: number): (rnd: Random) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative.push((sum += 1 / (r + 1)));
  return (rnd) => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function committee(province: Province): string {
  const level = MUNICIPALITIES.has(province.name) ? '市' : REGIONS.has(province.name) ? '自治区' : '省';
  return `共青团${province.name}${level}委`;
}

/** A registry per province: a subset of the department list, the committee's prefixes. */
function registryFile(province: Province, index: number): UnitRegistryFile {
  const rnd = random(1000 + index);
  const units = UNIT_NAMES.filter((_, i) => i < 6 || rnd() < 0.55).map((u) => ({ name: u.name, slug: u.slug, aliases: u.aliases ?? [], external: false }));
  const short = MUNICIPALITIES.has(province.name) ? '团市委' : REGIONS.has(province.name) ? '团区委' : '团省委';
  return { province: province.name, prefixes: [committee(province), short], units, seeded: false };
}

interface Context {
  rnd: Random;
  province: Province;
  year: number;
  seedYear: number;
  units: string[];
  term(): string;
}

const SYNONYM_OF = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group] as const)));
const SYNONYM_WORDS = new RegExp([...SYNONYM_OF.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const QUOTED = /“([^“”]{2,20})”/g;
const NUMBER = /\d+(?:\.\d+)?/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function vary(sentence: string, ctx: Context, seedUnits: RegExp): string {
  const { rnd } = ctx;
  return sentence
    .replace(QUOTED, (m) => (rnd() < 0.3 ? m : `“${ctx.term()}”`))
    .replace(new RegExp(SEED_PLACE_NAMES.join('|'), 'g'), ctx.province.name)
    .replace(seedUnits, () => pick(rnd, ctx.units))
    .replace(NUMBER, (n, offset: number, whole: string) => {
      const value = Number(n);
      // Dates, ordinals and years keep their form (a month stays 1–12); years move with the document's year.
      if (/^[月日号届次周点时]/.test(whole.slice(offset + n.length)) || whole[offset - 1] === '第') return n;
      if (/^\d{4}$/.test(n)) return value >= 1990 && value <= 2040 ? String(value + ctx.year - ctx.seedYear) : n;
      if (!Number.isInteger(value)) return (value * (0.5 + rnd())).toFixed(1);
      return String(Math.max(1, Math.round(value * (0.5 + 1.5 * rnd()))));
    })
    .replace(SYNONYM_WORDS, (w) => (rnd() < 0.5 ? w : pick(rnd, SYNONYM_OF.get(w)!)));
}

function tagText(style: TagStyle, ctx: Context): string {
  const take = (n: number) => Array.from({ length: n }, () => pick(ctx.rnd, ctx.units)).filter((u, i, all) => all.indexOf(u) === i);
  const responsible = take(1 + Math.floor(ctx.rnd() * 3)).join('、');
  return style === 'lead-and-responsible' ? `（牵头单位：${take(1 + Math.floor(ctx.rnd() * 2)).join('、')}，责任单位：${responsible}）` : `（责任单位：${responsible}）`;
}

interface Preamble {
  title: string;
  lines: string[];
}

function preamble(seed: Seed, ctx: Context, serial: number, intro: string): Preamble {
  const { rnd, province, year } = ctx;
  const issuer = committee(province);
  const theme = pick(rnd, THEMES);
  const addressees = '各市团委，各直属单位团委，各高校团委，团省委机关各部门及直属单位：';
  switch (seed.style) {
    case 'points': {
      const title = `${issuer}${year}年工作要点`;
      return { title, lines: [title, intro] };
    }
    case 'division': {
      const title = `全省共青团${theme}重点任务分工方案`;
      const period = `（${year}—${year + 3}）`;
      return {
        title: title + period,
        lines: [`${issuer}办公室文件`, `${province.abbr}团办发〔${year}〕${serial}号`, `关于印发《${title}${period}》的通知`, addressees, `现将《${title}${period}》印发给你们，请认真遵照执行。`, title, period, intro],
      };
    }
    case 'notice': {
      const title = rnd() < 0.4 ? `${province.name}共青团“${ctx.term()}”行动工作方案` : `${issuer}关于${theme}的实施方案`;
      return {
        title,
        lines: [`${issuer}文件`, `${province.abbr}青字〔${year}〕${serial}号`, `关于印发《${title}》的通知`, addressees, `现将《${title}》印发给你们，请结合实际，认真抓好贯彻落实。`, title, intro],
      };
    }
  }
}

export interface SyntheticCorpus {
  documents: number;
  /** Bytes of source text written. */
  bytes: number;
}

/**
 * Writes N source texts under root/sources/<province>/ and the 31 registries under root/units/,
 * reading the seeds from seedRoot (a content root with sources/ and units/).
 */
export function writeSyntheticCorpus(root: string, count: number, seedRoot: string): SyntheticCorpus {
  const { seeds, banks } = readSeeds(path.join(seedRoot, 'sources'), path.join(seedRoot, 'units'));
  const seedUnits = new RegExp(banks.seedUnits.map(escapeRegExp).join('|'), 'g');
  const terms = termVocabulary(40 + Math.ceil(count / 2));
  const termRank = zipf(terms.length);
  const registries = MAINLAND.map((province, i) => registryFile(province, i));
  mkdirSync(path.join(root, 'units'), { recursive: true });
  registries.forEach((r, i) => writeFileSync(path.join(root, 'units', `${MAINLAND[i]!.slug}.json`), `${JSON.stringify(r, null, 2)}\n`));

  const titles: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const rnd = random(i + 1);
    const seed = seeds[i % seeds.length]!;
    const provinceIndex = (i * 7 + Math.floor(i / MAINLAND.length)) % MAINLAND.length;
    const province = MAINLAND[provinceIndex]!;
    const registry = registries[provinceIndex]!;
    const year = FIRST_YEAR + Math.floor(rnd() * YEARS);
    const ctx: Context = { rnd, province, year, seedYear: seed.year, units: registry.units.map((u) => u.name), term: () => terms[termRank(rnd)]! };
    const sentences = (n: number) => Array.from({ length: n }, () => vary(pick(rnd, banks.sentences), ctx, seedUnits)).join('');
    const phrase = () => vary(pick(rnd, banks.headings), ctx, seedUnits).replace(/[。；;！？]/g, '，').slice(0, 40);

    const head = preamble(seed, ctx, 1 + Math.floor(rnd() * 60), sentences(2));
    const body: string[] = [];
    for (const line of seed.lines) {
      switch (line.shape) {
        case 'heading':
          body.push(line.marker + (STANDARD_HEADING.test(line.title) ? line.title : phrase()));
          break;
        case 'phrase':
          body.push(line.prefix + phrase());
          break;
        case 'units':
          body.push(line.label + ctx.units.filter(() => rnd() < 0.15).slice(0, 3).concat(pick(rnd, ctx.units)).filter((u, k, all) => all.indexOf(u) === k).join('、'));
          break;
        case 'sentences': {
          let text = line.prefix + sentences(line.count);
          if (line.prefix && titles.length > 0 && rnd() < CROSS_REFERENCE_RATE) text += `认真落实《${titles[Math.floor(rnd() * Math.min(titles.length, 50)) + Math.max(0, titles.length - 50)]}》有关要求。`;
          if (line.tag) text += tagText(line.tag, ctx);
          body.push(text);
          break;
        }
      }
    }
    titles.push(head.title);
    const id = `${province.slug}-${year}-${String(i + 1).padStart(5, '0')}`;
    const text = `${[...head.lines, ...body].join('\n\n')}\n`;
    mkdirSync(path.join(root, 'sources', province.slug), { recursive: true });
    writeFileSync(path.join(root, 'sources', province.slug, `${id}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { documents: count, bytes };
}

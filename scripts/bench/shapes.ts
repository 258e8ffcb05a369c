/**
 * Large documents for the extraction benchmark: the seed plans repeated, and adversarial shapes
 * that once made a regex or a loop super-linear (a digit before a long run of spaces, megabytes of
 * short unpunctuated lines, one endless line, runs of markers, digits and numerals, tags, dates).
 * Each builds a plan of about the given size in bytes.
 */
import { readSource } from '../ingest/read-source.ts';
import { listSources } from '../ingest/sources.ts';

export interface Shape {
  name: string;
  text(bytes: number): string;
}

const PREAMBLE = '共青团河北省委文件\n\n冀青字〔2024〕3号\n\n河北共青团青年发展实施方案\n\n';
const BODY = '一、重点任务\n\n';
const ITEM = '——开展活动。\n';

/** `unit` repeated to make a text of about `bytes` bytes together with `around`. */
function repeat(bytes: number, unit: string, around: string): string {
  return unit.repeat(Math.max(1, Math.ceil((bytes - Buffer.byteLength(around)) / Buffer.byteLength(unit))));
}

/** A plan whose body is `head`, then `unit` repeated, then `tail`. */
function fill(bytes: number, head: string, unit: string, tail = '\n'): string {
  return PREAMBLE + BODY + head + repeat(bytes, unit, PREAMBLE + BODY + head + tail) + tail;
}

/** A plan with `unit` repeated in one line of its preamble. */
function fillPreambleLine(bytes: number, unit: string): string {
  return PREAMBLE + repeat(bytes, unit, PREAMBLE + BODY + ITEM) + '\n\n' + BODY + ITEM;
}

const seedText = (): string => listSources().map((s) => readSource(s.file).text).join('\n\n');

export const SHAPES: Shape[] = [
  { name: 'normal text (the seed plans, repeated)', text: (bytes) => fill(bytes, '', `${seedText()}\n\n`) },
  { name: 'a digit before a long run of spaces', text: (bytes) => fill(bytes, '——开展活动1', ' ', 'x。\n') },
  { name: '每 before a long run of spaces', text: (bytes) => fill(bytes, '——开展活动每', ' ', 'x。\n') },
  { name: 'short lines without punctuation', text: (bytes) => fill(bytes, '——开展青年志愿服务活动推进工作落实\n', '持续开展青年志愿服务活动推进工作\n') },
  { name: 'lines of a few characters', text: (bytes) => fill(bytes, ITEM, '开展活动\n') },
  { name: 'one long line without punctuation', text: (bytes) => fill(bytes, '——', '开展青年志愿服务活动') },
  { name: 'a line of dash markers', text: (bytes) => fill(bytes, ITEM, '——') },
  { name: 'lines of bare markers', text: (bytes) => fill(bytes, ITEM, '一、\n（一）\n1.\n（1）\n——\n主要目标：\n') },
  { name: 'a run of digits', text: (bytes) => fill(bytes, '——开展活动', '1234567890') },
  { name: 'a run of Chinese numerals', text: (bytes) => fill(bytes, '——开展活动', '一二三四五六七八九十百千万') },
  { name: 'digits with thousands separators', text: (bytes) => fill(bytes, '——开展活动1', ',000') },
  { name: 'a unit tag on every line', text: (bytes) => fill(bytes, ITEM, '责任单位：组织部、宣传部\n') },
  { name: 'unlabelled unit lists in one clause', text: (bytes) => fill(bytes, '——开展活动', '（组织部、宣传部）由组织部牵头，宣传部配合；') },
  { name: 'dates and targets in one clause', text: (bytes) => fill(bytes, '——', '2019年3月底前建成不少于10个青年之家，每季度开展1次活动，') },
  { name: 'numbered items run on in one line', text: (bytes) => fill(bytes, '', Array.from({ length: 20 }, (_, i) => `${i + 1}.开展青年志愿服务活动。`).join('')) },
  { name: 'dashes and labels run on in one line', text: (bytes) => fill(bytes, '', '——开展活动，责任单位：组织部、宣传部') },
  { name: 'quotes and brackets never closed', text: (bytes) => fill(bytes, '——开展活动', '“《（【〔') },
  { name: 'a notice line that never ends', text: (bytes) => fillPreambleLine(bytes, '关于印发《青年发展实施方案》') },
];

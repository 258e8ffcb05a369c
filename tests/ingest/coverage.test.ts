/**
 * No text is lost: for every source and neighbour-format fixture, preamble + headings + section texts
 * + clause texts, in order, equal the source with whitespace and the documented conversion artifacts removed.
 * The artifacts are spelled out here, independently of the ingester's own code
 * (tests/fixtures/gold/SCHEMA.md, README 抽取规则): a BOM; Markdown heading marks "#" to "######"
 * followed by a space, a tab or the line end, at a line start after ASCII spaces or tabs; "**"
 * anywhere; "[bookmark: _GoBack]" exactly so. Any other removed character is a bug.
 * For a Word source, the text read is also held to every w:t of the document (tests/ingest/word-text.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { decodeSource, readSource } from '../../scripts/ingest/read-source.ts';
import { listSources, registryFor } from '../../scripts/ingest/sources.ts';
import type { Block } from '../../scripts/ingest/structure.ts';
import { loadNeighbours } from './neighbours.ts';
import { documentXmlText, withoutInserted } from './word-text.ts';

function withoutArtifacts(source: string): string {
  return source
    .replace(/^\uFEFF/, '')
    .replace(/^[ \t]*#{1,6}(?=[ \t]|$)/gm, '')
    .replace(/\[bookmark: _GoBack\]/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '');
}

function blockText(block: Block): string {
  return block.type === 'heading' ? block.text : block.paragraphs.map((p) => p.text).join('');
}

function expectFullCoverage(blocks: readonly Block[], source: string): void {
  const output = blocks.map(blockText).join('').replace(/\s+/g, '');
  expect(output).toBe(withoutArtifacts(source));
}

describe.each(listSources())('$id', (source) => {
  const text = readSource(source.file);
  const result = extractDocument(text, { id: source.id, registryFor, overrides: source.overrides });

  it('keeps every character of the source in exactly one block', () => {
    expectFullCoverage(result.blocks, text.text);
    // A Word source adds only what the reader lists as inserted (numbers, labels) to the document's own text.
    if (text.format === 'docx') expect(withoutInserted(text).replace(/\s+/g, '')).toBe(documentXmlText(readFileSync(source.file)).replace(/\s+/g, ''));
  });

  it('has a clause block for every clause, in order, with the same text', () => {
    const fromBlocks = result.blocks.flatMap((b) => (b.type === 'clause' ? [b.paragraphs.map((p) => p.text).join('\n')] : []));
    expect(result.document.clauses.map((c) => c.text)).toEqual(fromBlocks);
  });
});

describe.each(loadNeighbours())('$name', ({ source, blocks }) => {
  it('keeps every character of the fixture in exactly one block', () => {
    expectFullCoverage(blocks, source.text);
  });
});

const plan = (body: string, preamble = '河北共青团青年发展实施方案') => `共青团河北省委文件\n\n冀青字〔2024〕3号\n\n${preamble}\n\n一、重点任务\n\n${body}\n`;

/** Neighbours of the artifacts that are text, and Markdown debris that is not balanced. */
const CASES: Record<string, string> = {
  '# after a full-width indent': plan('——开展活动。\n\n\u3000# 这个井号在全角空格之后，是正文。'),
  '# after a no-break-space indent': plan('——开展活动。\n\n\u00a0## 这个井号在不换行空格之后，是正文。'),
  '# glued to the text (a topic tag)': plan('——开展#青春正能量#话题活动。\n\n#青春正能量#话题阅读量达到1亿次。'),
  'seven #': plan('——开展活动。\n\n####### 七个井号不是标题符号。'),
  'a bookmark without its space': plan('——开展活动[bookmark:_GoBack]。\n\n[bookmark:  _GoBack]——开展宣传。'),
  'a bookmark, a heading mark and bold on one line': plan('## [bookmark: _GoBack]**（一）加强领导**\n\n——开展活动。'),
  'a stray ** line between items': plan('——任务一。\n\n**\n\n——任务二。\n\n——任务三。'),
  'a *** line': plan('——任务一。\n\n***\n\n——任务二。\n\n***——任务三。***'),
  'an unbalanced ** at the start of an item': plan('——任务一。\n\n**——任务二。\n\n——任务三。**\n\n——任务四。'),
  'a bold title over three lines': plan('——开展活动。', '**河北共青团\n青年发展\n实施方案**'),
  'lines ending in a half-width full stop': plan('——开展活动.\n\n——开展宣传.', '现将方案印发给你们，请认真贯彻落实.\n\n河北共青团青年发展实施方案'),
};

describe.each(Object.entries(CASES))('%s', (_name, source) => {
  const result = extractDocument(decodeSource('plan.txt', new TextEncoder().encode(source)), { id: 'plan' });

  it('keeps every character that is not a documented artifact', () => {
    expectFullCoverage(result.blocks, source);
  });
});

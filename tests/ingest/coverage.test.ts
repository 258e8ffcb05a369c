/**
 * No text is lost: for every source and neighbour-format fixture, preamble + headings + section texts + clause texts,
 * in order, equal the source with whitespace and the known conversion artifacts removed.
 * The artifacts are spelled out here, independently of the ingester's own code. For a Word
 * source, the text read is also held to every w:t of the document (tests/ingest/word-text.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { readSource } from '../../scripts/ingest/read-source.ts';
import { listSources, registryFor } from '../../scripts/ingest/sources.ts';
import type { Block } from '../../scripts/ingest/structure.ts';
import { loadNeighbours } from './neighbours.ts';
import { documentXmlText, withoutInserted } from './word-text.ts';

function withoutArtifacts(source: string): string {
  return source
    .replace(/^\uFEFF/, '')
    .replace(/\[bookmark: _GoBack\]/g, '')
    .replace(/^[ \t]*#{1,6}/gm, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '');
}

function blockText(block: Block): string {
  return block.type === 'heading' ? block.text : block.paragraphs.map((p) => p.text).join('');
}

describe.each(listSources())('$id', (source) => {
  const text = readSource(source.file);
  const result = extractDocument(text, { id: source.id, registryFor, overrides: source.overrides });

  it('keeps every character of the source in exactly one block', () => {
    const output = result.blocks.map(blockText).join('').replace(/\s+/g, '');
    expect(output).toBe(withoutArtifacts(text.text));
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
    expect(blocks.map(blockText).join('').replace(/\s+/g, '')).toBe(withoutArtifacts(source.text));
  });
});

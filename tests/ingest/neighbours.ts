/**
 * Neighbour-format fixtures: plans from other issuers and in other layouts (tests/fixtures/neighbours/NAME.txt),
 * each with gold labels written by hand per tests/fixtures/gold/SCHEMA.md (NAME.json).
 * Their clauses are extracted as the ingester extracts them — paragraphs, structure, tags — without the
 * metadata step, so that plans of any issuer (a State Council 分工方案, a city's plan) are scored on their clauses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tagClauses } from '../../scripts/ingest/extract-document.ts';
import { toParagraphs } from '../../scripts/ingest/paragraphs.ts';
import { readSource, type SourceText } from '../../scripts/ingest/read-source.ts';
import { registryFor } from '../../scripts/ingest/sources.ts';
import { buildStructure, type Block, type ClauseBlock } from '../../scripts/ingest/structure.ts';
import type { Clause } from '../../src/lib/schema.ts';
import type { GoldDocument } from './gold-score.ts';

export const NEIGHBOURS_DIR = path.resolve(import.meta.dirname, '../fixtures/neighbours');

export interface Neighbour {
  name: string;
  source: SourceText;
  gold: GoldDocument;
  blocks: Block[];
  document: { id: string; clauses: Clause[] };
}

export function extractClauses(source: SourceText, id: string, province: string): { blocks: Block[]; document: Neighbour['document'] } {
  const blocks = buildStructure(toParagraphs(source.text));
  const clauseBlocks = blocks.filter((b): b is ClauseBlock => b.type === 'clause');
  const { clauses } = tagClauses(source.file, id, clauseBlocks, registryFor(province));
  return { blocks, document: { id, clauses } };
}

/** Every fixture with its gold, sorted by name. */
export function loadNeighbours(): Neighbour[] {
  return readdirSync(NEIGHBOURS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const source = readSource(path.join(NEIGHBOURS_DIR, f));
      const gold = JSON.parse(readFileSync(path.join(NEIGHBOURS_DIR, `${name}.json`), 'utf8')) as GoldDocument;
      return { name, source, gold, ...extractClauses(source, name, gold.province) };
    });
}

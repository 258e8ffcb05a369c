/**
 * Neighbour-format fixtures: plans from other issuers and in other layouts (tests/fixtures/neighbours/NAME.txt),
 * each with gold labels written by hand per tests/fixtures/gold/SCHEMA.md (NAME.json), read into blocks as
 * the ingester reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toParagraphs } from '../../scripts/ingest/paragraphs.ts';
import { readSource, type SourceText } from '../../scripts/ingest/read-source.ts';
import { buildStructure, type Block } from '../../scripts/ingest/structure.ts';
import type { GoldDocument } from './gold-score.ts';

export const NEIGHBOURS_DIR = path.resolve(import.meta.dirname, '../fixtures/neighbours');

export interface Neighbour {
  name: string;
  source: SourceText;
  gold: GoldDocument;
  blocks: Block[];
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
      return { name, source, gold, blocks: buildStructure(toParagraphs(source.text)) };
    });
}

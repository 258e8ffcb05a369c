/**
 * Generated content is a pure function of the sources: the same sources give byte-identical
 * output, and content/ in the repository is what the sources give today (not stale).
 */
import { describe, expect, it } from 'vitest';
import { differences, ingestAll } from '../../scripts/ingest/ingest.ts';

describe('ingestion output', () => {
  const first = ingestAll();

  it('is byte-identical across runs', () => {
    const second = ingestAll();
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [file, content] of first.files) expect(second.files.get(file), file).toBe(content);
  });

  it('matches content/ as committed (run `npm run ingest` after changing a source)', () => {
    expect(differences(first)).toEqual([]);
  });

  it('gives every clause a unique id across the atlas', () => {
    const clauses = first.documents.flatMap((d) => d.clauses);
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
    expect(clauses.length).toBeGreaterThan(200);
  });

  it('resolves every tagged unit of the seed plans through a registry', () => {
    expect(first.warnings).toEqual([]);
  });
});

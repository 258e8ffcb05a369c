/**
 * Permalinks never re-point: each seed plan is revised the way a 草案 becomes the 印发 text (an item
 * inserted at the top of a section, one deleted, a numbered task inserted, a new 一、 section, two items
 * swapped, a typo fixed, every item renumbered), re-ingested over its committed id registry, and every
 * id published before must still name the same clause, or be retired if and only if its clause is gone.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentPathsUnder, DEFAULT_PATHS, ingestAll, writeOutput, type IngestPaths } from '../../scripts/ingest/ingest.ts';
import { listSources, registryFor } from '../../scripts/ingest/sources.ts';
import { idRegistrySchema, type IdRegistry } from '../../src/lib/schema.ts';
import { deletable, EDITS, layout } from '../helpers/source-edits.ts';

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** A scratch content root holding one seed source and the unit registries, ingested once on 2026-01-05. */
function publishedCopy(sourceFile: string): { paths: IngestPaths; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-revision-'));
  scratchDirs.push(dir);
  const paths = contentPathsUnder(dir);
  cpSync(DEFAULT_PATHS.units, paths.units, { recursive: true });
  const file = path.join(paths.sources, path.relative(DEFAULT_PATHS.sources, sourceFile));
  cpSync(sourceFile, file);
  const sidecar = sourceFile.replace(/\.txt$/, '.meta.json');
  try {
    cpSync(sidecar, file.replace(/\.txt$/, '.meta.json'));
  } catch {
    // Most sources have no sidecar.
  }
  writeOutput(ingestAll(paths, { date: '2026-01-05' }));
  return { paths, file };
}

function registryOf(paths: IngestPaths, documentId: string): IdRegistry {
  return idRegistrySchema.parse(JSON.parse(readFileSync(path.join(paths.ids, `${documentId}.json`), 'utf8')));
}

/** Id → current wording of the live clauses. */
function liveWordings(registry: IdRegistry): Map<string, string> {
  return new Map(registry.clauses.filter((c) => !c.retired).map((c) => [c.id, c.versions.at(-1)!.text]));
}

describe.each(listSources())('$id', (source) => {
  it.for(EDITS)('keeps every published id on its clause when $name', (edit, context) => {
    const { paths, file } = publishedCopy(source.file);
    const before = registryOf(paths, source.id);
    const published = liveWordings(before);
    const l = layout(file);
    const { lines, typo } = edit.apply(l);
    // A plan of dash items only has nothing to renumber.
    if (lines.join('\n') === l.lines.join('\n')) return context.skip();
    writeFileSync(file, lines.join('\n'));
    const removed = new Set((edit.removes?.(l) ?? []).map((k) => [...published.keys()][k]!));

    writeOutput(ingestAll(paths, { date: '2026-03-01' }));
    const after = registryOf(paths, source.id);
    const live = liveWordings(after);
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const [id, wording] of published) {
      if (removed.has(id)) {
        expect(live.has(id), `${id} should be retired`).toBe(false);
        continue;
      }
      expect(live.has(id), `${id} must stay live`).toBe(true);
      const expected = typo && squash(wording).includes(squash(typo[0])) ? squash(wording).replace(squash(typo[0]), squash(typo[1])) : squash(wording);
      // Item numbers may change (renumbering); the wording after the number may not.
      expect(squash(live.get(id)!).replace(/^[0-9]+/, ''), id).toBe(expected.replace(/^[0-9]+/, ''));
    }
    expect(live.size).toBe(published.size - removed.size + (edit.adds ?? 0));
    // Nothing published is ever lost: retired ids stay in the registry with their last wording.
    expect(new Set(after.clauses.map((c) => c.id))).toEqual(new Set([...before.clauses.map((c) => c.id), ...after.clauses.map((c) => c.id)]));
    for (const id of removed) expect(after.clauses.find((c) => c.id === id)!.retired).toMatchObject({ revision: 2, reason: expect.any(String) });
    expect(after.revisions.map((r) => r.date)).toEqual(['2026-01-05', '2026-03-01']);
  });
});

describe('documents across revisions', () => {
  const seed = listSources().find((s) => s.id === 'henan-2022-qiang-nengli')!;

  it('keeps the document id and clause ids of a renamed source', () => {
    const { paths, file } = publishedCopy(seed.file);
    const before = registryOf(paths, seed.id);
    const renamed = path.join(path.dirname(file), 'henan-2022-gongzuo-yaodian.txt');
    renameSync(file, renamed);
    // A renamed source is often revised too: one item dropped.
    const l = layout(renamed);
    const gone = l.clauses[deletable(l)]!;
    writeFileSync(renamed, l.lines.filter((_, i) => i + 1 < gone.start || i + 1 > gone.end).join('\n'));
    const output = ingestAll(paths, { date: '2026-03-01' });
    writeOutput(output);
    expect([...output.files.keys()].filter((f) => f.endsWith('.mdx')).map((f) => path.basename(f))).toEqual([`${seed.id}.mdx`]);
    const after = registryOf(paths, seed.id);
    expect(after.source).toBe('henan/henan-2022-gongzuo-yaodian.txt');
    expect(after.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(before.clauses.map((c) => c.id)));
    expect(after.clauses.filter((c) => c.retired)).toHaveLength(1);
  });

  it('retires the ids of a withdrawn document but keeps its registry', () => {
    const { paths, file } = publishedCopy(seed.file);
    rmSync(file);
    writeOutput(ingestAll(paths, { date: '2026-03-01' }));
    const after = registryOf(paths, seed.id);
    expect(after.clauses.length).toBeGreaterThan(0);
    expect(after.clauses.every((c) => c.retired?.reason === 'withdrawn' && c.retired.revision === 2)).toBe(true);
  });

  it('applies an override file and names it when it does not fit', () => {
    const { paths, file } = publishedCopy(seed.file);
    const before = registryOf(paths, seed.id);
    const [first, second] = before.clauses;
    // Force the first clause to count as new and the second to take over the first one's id.
    const start = (text: string) => text.replace(/^——/, '').slice(0, 12);
    writeFileSync(path.join(paths.ids, `${seed.id}.overrides.json`), JSON.stringify({ pairs: [{ id: first!.id, startsWith: start(second!.versions[0]!.text) }], fresh: [start(first!.versions[0]!.text)] }));
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    writeOutput(ingestAll(paths, { date: '2026-03-01' }));
    const after = registryOf(paths, seed.id);
    expect(after.clauses.find((c) => c.id === first!.id)!.versions.at(-1)!.text).toBe(second!.versions[0]!.text);

    writeFileSync(path.join(paths.ids, `${seed.id}.overrides.json`), JSON.stringify({ fresh: ['这一句不在文中'] }));
    expect(() => ingestAll(paths, { date: '2026-03-02' })).toThrow(/henan-2022-qiang-nengli\.overrides\.json: “这一句不在文中” starts no clauses of the text; expected exactly one/);
  });
});

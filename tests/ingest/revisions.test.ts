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
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { decodeSource } from '../../scripts/ingest/read-source.ts';
import { listSources, registryFor } from '../../scripts/ingest/sources.ts';
import type { Block } from '../../scripts/ingest/structure.ts';
import { idRegistrySchema, type IdRegistry } from '../../src/lib/schema.ts';

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

/** Line numbers (1-based) where each block starts, and the source's lines. */
function layout(file: string) {
  const text = decodeSource(file, readFileSync(file));
  const result = extractDocument(text, { id: 'doc', registryFor, overrides: listSources().find((s) => s.file.endsWith(path.basename(file)))?.overrides });
  const startLine = (b: Block) => (b.type === 'heading' ? b.line : b.paragraphs[0]!.line);
  const starts = result.blocks.map(startLine);
  const clauses = result.blocks.flatMap((b, i) => (b.type === 'clause' ? [{ block: b, start: starts[i]!, end: (starts[i + 1] ?? Infinity) - 1, index: i }] : []));
  return { lines: text.text.split('\n'), blocks: result.blocks, clauses, starts };
}

type Layout = ReturnType<typeof layout>;

interface Edit {
  name: string;
  /** Returns the revised source and the wording change expected of surviving clauses (old → new text part). */
  apply(l: Layout): { lines: string[]; typo?: [string, string] };
  /** How many clauses the edit adds. */
  adds?: number;
  /** Clauses the edit removes, by their index among the clauses. */
  removes?: (l: Layout) => number[];
}

/** The first clause that follows a heading directly: the top of a section. */
function topOfSection(l: Layout) {
  return l.clauses.find((c) => c.index > 0 && l.blocks[c.index - 1]!.type === 'heading' && c.index > 2) ?? l.clauses[1]!;
}

/** A clause from the middle of the plan that follows a sibling clause, so its heading keeps an item. */
function deletable(l: Layout): number {
  const middle = Math.floor(l.clauses.length / 2);
  const k = l.clauses.findIndex((c, k) => k >= middle && l.blocks[c.index - 1]!.type === 'clause');
  return k >= 0 ? k : middle;
}

function lineOf(l: Layout, clause: Layout['clauses'][number]): string {
  return l.lines[clause.start - 1]!;
}

const EDITS: Edit[] = [
  {
    name: 'an item inserted at the top of a section',
    apply(l) {
      const top = topOfSection(l);
      const marker = /^\s*(——|[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[）)])/.exec(lineOf(l, top))?.[1] ?? '——';
      const lines = [...l.lines];
      lines.splice(top.start - 1, 0, `${marker}新增事项：建立青年志愿服务积分激励制度，每年评选优秀青年志愿者不少于100名。`);
      return { lines };
    },
    adds: 1,
  },
  {
    name: 'an item deleted',
    apply(l) {
      const gone = l.clauses[deletable(l)]!;
      return { lines: l.lines.filter((_, i) => i + 1 < gone.start || i + 1 > gone.end) };
    },
    removes: (l) => [deletable(l)],
  },
  {
    name: 'a numbered task inserted',
    apply(l) {
      const numbered = l.clauses.find((c) => /^\s*[0-9０-９]+[.．、]/.test(lineOf(l, c))) ?? l.clauses[2]!;
      const lines = [...l.lines];
      lines.splice(numbered.start - 1, 0, '9.推进团属阵地社会化运营。2020年底前，全省建成青年之家500家以上。', '推进步骤：2020年完成选点，2021年全面推开。', '责任部门：宣传部');
      return { lines };
    },
    adds: 1,
  },
  {
    name: 'a new 一、 section inserted at the top',
    apply(l) {
      const first = l.blocks.findIndex((b) => b.type === 'heading');
      const lines = [...l.lines];
      lines.splice(l.starts[first]! - 1, 0, '一、总体要求', '——坚持党建带团建，把从严治团要求落实到基层团组织建设的各个环节。');
      return { lines };
    },
    adds: 1,
  },
  {
    name: 'two items swapped',
    apply(l) {
      const a = l.clauses.find((c, k) => l.clauses[k + 1] && l.clauses[k + 1]!.index === c.index + 1 && c.index > 3)!;
      const b = l.clauses.find((c) => c.index === a.index + 1)!;
      const lines = [...l.lines];
      const first = lines.slice(a.start - 1, a.end);
      const second = lines.slice(b.start - 1, b.end);
      lines.splice(a.start - 1, b.end - a.start + 1, ...second, ...first);
      return { lines };
    },
  },
  {
    name: 'a typo fixed',
    apply(l) {
      const target = l.clauses[Math.floor(l.clauses.length / 3)]!;
      const line = lineOf(l, target);
      const at = line.search(/[\u4e00-\u9fff]{6}/) + 3;
      const fixed = `${line.slice(0, at)}${line[at] === '的' ? '之' : '的'}${line.slice(at + 1)}`;
      const lines = [...l.lines];
      lines[target.start - 1] = fixed;
      return { lines, typo: [line.trim(), fixed.trim()] };
    },
  },
  {
    name: 'every numbered item renumbered',
    apply(l) {
      return { lines: l.lines.map((line) => line.replace(/^(\s*)([0-9]{1,2})([.．、])(?![0-9])/, (_, indent: string, n: string, dot: string) => `${indent}${Number(n) + 1}${dot}`)) };
    },
  },
];

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

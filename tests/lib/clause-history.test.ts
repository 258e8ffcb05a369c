import { describe, expect, it } from 'vitest';
import { clauseHistory, idIndex, registeredEntries, retiredClause } from '../../src/lib/clause-history.ts';
import type { IdRegistry } from '../../src/lib/schema.ts';
import { wordingChanges } from '../../src/lib/wording-diff.ts';

const registry: IdRegistry = {
  document: 'doc',
  source: 'x/doc.txt',
  revisions: [
    { n: 1, date: '2026-01-05', sha256: 'a'.repeat(64) },
    { n: 2, date: '2026-03-01', sha256: 'b'.repeat(64) },
  ],
  clauses: [
    { id: 'doc-1-1', versions: [{ revision: 1, text: '——团员信息入库率达到90%以上。' }, { revision: 2, text: '——团员信息入库率达到95%以上。' }], path: ['一、任务'], splitFrom: null, retired: null },
    { id: 'doc-1-2', versions: [{ revision: 1, text: '——开展主题团课。' }], path: ['一、任务'], splitFrom: null, retired: null },
    { id: 'doc-1-3', versions: [{ revision: 1, text: '——建立档案。' }], path: ['一、任务'], splitFrom: null, retired: { revision: 2, reason: 'merged', successor: 'doc-1-2' } },
  ],
};
const entries = registeredEntries([registry]);

describe('clauseHistory', () => {
  it('gives the latest change of wording with the wording before it', () => {
    expect(clauseHistory(entries.get('doc-1-1')!)).toEqual({
      added: registry.revisions[0],
      lastChange: { revision: registry.revisions[1], previous: '——团员信息入库率达到90%以上。', current: '——团员信息入库率达到95%以上。' },
      versions: 2,
    });
  });

  it('has no change for a clause that always read the same', () => {
    expect(clauseHistory(entries.get('doc-1-2')!).lastChange).toBeUndefined();
  });
});

describe('retired ids', () => {
  it('say when and why they went and what carries them on', () => {
    expect(retiredClause(entries.get('doc-1-2')!)).toBeUndefined();
    const gone = retiredClause(entries.get('doc-1-3')!)!;
    expect(gone.revision.date).toBe('2026-03-01');
    expect(gone.retired.successor).toBe('doc-1-2');
    expect(gone.lastWording).toBe('——建立档案。');
  });

  it('are listed in the public id index beside the live ones', () => {
    expect(idIndex([registry])).toEqual([
      { id: 'doc-1-1', document: 'doc', status: 'live', retiredOn: null, successor: null },
      { id: 'doc-1-2', document: 'doc', status: 'live', retiredOn: null, successor: null },
      { id: 'doc-1-3', document: 'doc', status: 'merged', retiredOn: '2026-03-01', successor: 'doc-1-2' },
    ]);
  });
});

describe('wordingChanges', () => {
  it('marks changed Chinese words, not whole sentences', () => {
    const parts = wordingChanges('2019年底前入库率达到90%以上', '2020年底前入库率达到95%以上');
    expect(parts.filter((p) => p.change === 'removed').map((p) => p.text)).toEqual(['2019', '90']);
    expect(parts.filter((p) => p.change === 'added').map((p) => p.text)).toEqual(['2020', '95']);
    expect(parts.filter((p) => p.change !== 'added').map((p) => p.text).join('')).toBe('2019年底前入库率达到90%以上');
  });
});

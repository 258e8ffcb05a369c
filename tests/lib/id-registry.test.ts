import { describe, expect, it } from 'vitest';
import { alignClauses, comparableWording } from '../../src/lib/clause-alignment.ts';
import { reviseRegistry, withdrawRegistry, type RevisedClause } from '../../src/lib/id-registry.ts';
import type { IdRegistry } from '../../src/lib/schema.ts';

const A = '——深化“青年大学习”行动，每季度开展一次网上主题团课，团员参学率达到80%以上。';
const B = '——实施“青马工程”，每年培养青年马克思主义者不少于1000名，建立学员跟踪培养档案。';
const C = '——推进“智慧团建”系统建设，2019年底前团员信息入库率达到90%以上，实现组织关系网上转接。';
const D = '——加强团属阵地建设，2020年底前全省建成“青年之家”500家以上，实现县域全覆盖。';
const E = '——做好困难青少年帮扶工作，每年为不少于2000名困难学生提供助学金和学业辅导服务。';

const SHA1 = 'a'.repeat(64);
const SHA2 = 'b'.repeat(64);

function clauses(texts: string[], section = 3): RevisedClause[] {
  return texts.map((text, i) => ({ text, path: ['三、重点任务'], address: [section, i + 1] }));
}

function first(texts: string[]): IdRegistry {
  return reviseRegistry(undefined, { documentId: 'doc', source: 'x/doc.txt', sha256: SHA1, date: '2026-01-05', clauses: clauses(texts) }).registry;
}

function revise(previous: IdRegistry, texts: string[], overrides = {}) {
  return reviseRegistry(previous, { documentId: 'doc', source: 'x/doc.txt', sha256: SHA2, date: '2026-03-01', clauses: clauses(texts), overrides });
}

describe('comparableWording', () => {
  it('ignores item markers and white space, so renumbering changes nothing', () => {
    expect(comparableWording('26. 开展 团课')).toBe(comparableWording('27．开展团课'));
    expect(comparableWording('（三）开展团课')).toBe('开展团课');
    expect(comparableWording('——开展团课')).toBe('开展团课');
  });
});

describe('alignClauses', () => {
  const registered = [A, B, C, D].map((text, i) => ({ id: `doc-${i + 1}`, text }));

  it('pairs unchanged clauses whatever moved around them', () => {
    expect(alignClauses(registered, [E, D, A, C, B]).matches).toEqual([undefined, 'doc-4', 'doc-1', 'doc-3', 'doc-2']);
  });

  it('pairs an edited clause with its earlier wording', () => {
    const edited = C.replace('90%', '95%').replace('实现', '全面实现');
    expect(alignClauses(registered, [A, B, edited, D]).matches).toEqual(['doc-1', 'doc-2', 'doc-3', 'doc-4']);
  });

  it('does not pair a new clause with a removed one of different content', () => {
    const result = alignClauses(registered, [A, B, E, D]);
    expect(result.matches).toEqual(['doc-1', 'doc-2', undefined, 'doc-4']);
    expect(result.unmatched).toEqual([{ id: 'doc-3' }]);
  });

  it('pairs repeated identical clauses in reading order', () => {
    const twice = [{ id: 'x-1', text: A }, { id: 'x-2', text: A }];
    expect(alignClauses(twice, [B, A, A]).matches).toEqual([undefined, 'x-1', 'x-2']);
  });

  it('finds a merge: the removed clause went into a continued one', () => {
    const merged = `${A.slice(0, -1)}；${B.slice(2)}`;
    const result = alignClauses(registered, [merged, C, D]);
    expect(result.matches[0]).toMatch(/doc-[12]/);
    expect(result.unmatched).toEqual([{ id: result.matches[0] === 'doc-1' ? 'doc-2' : 'doc-1', mergedInto: 0 }]);
  });

  it('finds a split: the new clause came out of a continued one', () => {
    const [head, tail] = ['——深化“青年大学习”行动，每季度开展一次网上主题团课，团员参学率达到80%以上。', '——建立学员跟踪培养档案，每年培养青年马克思主义者不少于1000名。'];
    const whole = [{ id: 'w-1', text: `${head.slice(0, -1)}；${tail.slice(2)}` }];
    const result = alignClauses(whole, [head, tail]);
    expect(result.matches.filter(Boolean)).toEqual(['w-1']);
    expect([...result.splits.values()]).toEqual(['w-1']);
  });

  it('reports a close second candidate instead of deciding silently', () => {
    const twins = [
      { id: 't-1', text: '——开展“青春心向党”主题教育活动，组织团员青年参观红色教育基地。' },
      { id: 't-2', text: '——开展“青春心向党”主题宣传活动，组织团员青年参观红色教育基地。' },
    ];
    const result = alignClauses(twins, ['——开展“青春心向党”主题实践活动，组织团员青年参观红色教育基地。']);
    expect(result.ambiguities).toHaveLength(1);
    expect(result.ambiguities[0]!.alternatives).toHaveLength(1);
  });

  it('follows overrides before anything else', () => {
    const result = alignClauses(registered, [A, B, C, D], { pairs: new Map([['doc-4', 0]]), fresh: new Set([3]) });
    expect(result.matches).toEqual(['doc-4', 'doc-2', 'doc-3', undefined]);
    expect(result.unmatched.map((u) => u.id)).toEqual(['doc-1']);
  });
});

describe('reviseRegistry', () => {
  it('mints address ids for a document seen for the first time', () => {
    const registry = first([A, B]);
    expect(registry.clauses.map((c) => c.id)).toEqual(['doc-3-1', 'doc-3-2']);
    expect(registry.revisions).toEqual([{ n: 1, date: '2026-01-05', sha256: SHA1 }]);
  });

  it('changes nothing when the same text is ingested again', () => {
    const registry = first([A, B]);
    const again = reviseRegistry(registry, { documentId: 'doc', source: 'x/doc.txt', sha256: SHA1, date: '2027-01-01', clauses: clauses([A, B]) });
    expect(again.changed).toBe(false);
    expect(again.registry).toBe(registry);
  });

  it('never gives a new clause an id used before, even one that was retired', () => {
    const one = revise(first([A, B, C]), [B, C]);
    expect(one.registry.clauses.find((c) => c.id === 'doc-3-1')!.retired).toEqual({ revision: 2, reason: 'removed', successor: null });
    // D lands where A was (3-1) and takes a fresh id; B and C keep theirs.
    const two = reviseRegistry(one.registry, { documentId: 'doc', source: 'x/doc.txt', sha256: 'c'.repeat(64), date: '2026-06-01', clauses: clauses([D, B, C]) });
    expect(two.ids).toEqual(['doc-3-1-r3', 'doc-3-2', 'doc-3-3']);
    expect(new Set(two.registry.clauses.map((c) => c.id)).size).toBe(two.registry.clauses.length);
  });

  it('keeps each wording with the revision it appeared in', () => {
    const edited = C.replace('90%', '95%');
    const result = revise(first([A, B, C]), [A, B, edited]);
    expect(result.registry.clauses.find((c) => c.id === 'doc-3-3')!.versions).toEqual([
      { revision: 1, text: C },
      { revision: 2, text: edited },
    ]);
  });

  it('retires a merged clause with its successor', () => {
    const merged = `${A.slice(0, -1)}；${B.slice(2)}`;
    const result = revise(first([A, B, C]), [merged, C]);
    const retired = result.registry.clauses.filter((c) => c.retired);
    expect(retired).toHaveLength(1);
    expect(retired[0]!.retired).toEqual({ revision: 2, reason: 'merged', successor: result.ids[0] });
  });

  it('withdraws every live clause of a document whose source is gone', () => {
    const withdrawn = withdrawRegistry(first([A, B]), '2026-05-01');
    expect(withdrawn.revisions.at(-1)).toEqual({ n: 2, date: '2026-05-01', sha256: null });
    expect(withdrawn.clauses.every((c) => c.retired?.reason === 'withdrawn')).toBe(true);
    expect(withdrawRegistry(withdrawn, '2026-06-01')).toBe(withdrawn);
  });
});

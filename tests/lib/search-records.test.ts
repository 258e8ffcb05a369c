import { describe, expect, it } from 'vitest';
import { clauseWords, recordContent, slotSize, type RecordDocument } from '../../src/lib/search-records.ts';
import { filterWord, indexWords, unitFilterValue } from '../../src/lib/search-text.ts';

const document: RecordDocument = {
  title: '共青团河南省委2021年工作要点',
  province: '河南',
  clauses: [
    { kind: 'task', text: '推进学社衔接。', units: [{ canonical: '学校部' }, { canonical: '学校部' }] },
    { kind: 'goal', text: '团青比降至1:5。', units: [] },
    { kind: 'requirement', text: '加强领导', units: [] },
  ],
};

/** The record's words with the positions Pagefind gives them (filler counts, is not indexed). */
function positions(content: string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  content.split(/\s+/).forEach((token, position) => {
    if (/[a-z]/.test(token)) map.set(token, [...(map.get(token) ?? []), position]);
  });
  return map;
}

describe('search records', () => {
  it('starts each clause with its filter words, each unit once and with its province, then its text words', () => {
    expect(clauseWords(document.clauses[0]!, document)).toEqual([
      filterWord('province', '河南'),
      filterWord('document', document.title),
      filterWord('kind', '任务'),
      filterWord('unit', unitFilterValue('河南', '学校部')),
      ...indexWords('推进学社衔接。'),
    ]);
  });

  it('puts clause k in slot k, so the position of a word gives its clause', () => {
    const slot = 64;
    const at = positions(recordContent(document, slot));
    expect(at.get(filterWord('kind', '任务'))).toEqual([2]);
    expect(at.get(filterWord('kind', '目标'))).toEqual([slot + 2]);
    expect(at.get(filterWord('kind', '要求'))).toEqual([2 * slot + 2]);
    expect(at.get(filterWord('province', '河南'))).toEqual([0, slot, 2 * slot]);
    expect(recordContent(document, slot).split(/\s+/).filter(Boolean)).toHaveLength(2 * slot + clauseWords(document.clauses[2]!, document).length);
  });

  it('sizes slots as the smallest multiple of 64, at least 64, that holds the longest clause', () => {
    expect(slotSize([document])).toBe(64);
    const long = { ...document, clauses: [{ kind: 'task' as const, text: '团'.repeat(100), units: [] }] };
    expect(slotSize([document, long])).toBe(128);
    const longer = { ...document, clauses: [{ kind: 'task' as const, text: '团'.repeat(150), units: [] }] };
    expect(slotSize([document, longer])).toBe(192);
  });
});

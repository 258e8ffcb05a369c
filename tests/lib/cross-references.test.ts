import { describe, expect, it } from 'vitest';
import { buildReferenceIndex, quotedNamesInTitle } from '../../src/lib/cross-references.ts';

const documents = [
  { id: 'jishi', title: '中原出彩团的基层建设基石工程方案' },
  { id: 'nengli', title: '河南共青团“强能力、锻作风、抓落实”行动工作方案' },
  { id: 'shanxi', title: '全省共青团实施“一带三强”全面提升新时代团的组织力三年行动重点任务分工方案' },
  { id: 'self', title: '共青团河南省委2021年实施方案' },
];

const index = buildReferenceIndex(documents);
const refs = (text: string, self = 'self') => index.find(text, self).map((r) => [text.slice(r.start, r.end), r.documentId]);

describe('document cross-references', () => {
  it('reads quoted names out of titles', () => {
    expect(quotedNamesInTitle(documents[1]!.title)).toEqual(['强能力、锻作风、抓落实']);
  });

  it('links a quoted name plus programme word that is part of a title', () => {
    expect(refs('（四）以“基石”工程深化实施为统揽')).toEqual([['“基石”工程', 'jishi']]);
  });

  it('links a quoted name the title itself quotes', () => {
    expect(refs('把“强能力、锻作风、抓落实”行动与迎接党的二十大结合')).toEqual([['“强能力、锻作风、抓落实”行动', 'nengli']]);
    expect(refs('立足我省“‘一带三强’全面提升团的组织力三年行动”')).toEqual([['‘一带三强’', 'shanxi']]);
  });

  it('links a full title in book-title marks', () => {
    expect(refs('印发《中原出彩团的基层建设基石工程方案》')).toEqual([['《中原出彩团的基层建设基石工程方案》', 'jishi']]);
  });

  it('never links a document to itself and ignores quoted names no title has', () => {
    expect(refs('各单位要把“强能力、锻作风、抓落实”行动落到实处', 'nengli')).toEqual([]);
    expect(refs('以“筑梦”工程深化实施为统揽')).toEqual([]);
  });

  it('links to the first other document in atlas order when several titles fit', () => {
    const twins = buildReferenceIndex([
      { id: 'a', title: '关于实施“青春筑梦”行动的方案' },
      { id: 'b', title: '“青春筑梦”行动2024年工作要点' },
    ]);
    expect(twins.find('深化“青春筑梦”行动', 'x').map((r) => r.documentId)).toEqual(['a']);
    expect(twins.find('深化“青春筑梦”行动', 'a').map((r) => r.documentId)).toEqual(['b']);
  });
});

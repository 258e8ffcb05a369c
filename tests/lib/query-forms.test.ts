import { describe, expect, it } from 'vitest';
import { foldQuery, foldWidth, nearestNames, parseQuery, type QueryVocabulary } from '../../src/lib/query-forms.ts';

const variants = { 團: '团', 學: '学', 銜: '衔', 會: '会', 幹: '干', 黨: '党', 臺: '台' };

describe('foldQuery', () => {
  it('reads full-width digits, letters and signs as ASCII', () => {
    expect(foldWidth('２０２１年８０％ＱＱ')).toBe('2021年80%QQ');
    expect(foldQuery('  ２０２１年　８０％ ', {})).toBe('2021年 80%');
  });

  it('reads traditional characters as the simplified ones the corpus writes', () => {
    expect(foldQuery('團校', variants)).toBe('团校');
    expect(foldQuery('學社銜接', variants)).toBe('学社衔接');
    expect(foldQuery('团校', variants)).toBe('团校');
  });
});

describe('parseQuery', () => {
  const vocabulary: QueryVocabulary = {
    provinces: [{ name: '河南', slug: 'henan' }, { name: '山西', slug: 'shanxi' }],
    units: [
      { names: ['宣传部', '团省委宣传部'], key: 'henan/xuanchuanbu', province: 'henan' },
      { names: ['宣传部'], key: 'shanxi/xuanchuanbu', province: 'shanxi' },
      { names: ['省团校'], key: 'henan/sheng-tuanxiao', province: 'henan' },
    ],
    documents: [{ names: ['中原出彩团的基层建设基石工程方案'], id: 'henan-2019-jishi-gongcheng' }],
  };

  it('keeps a single word as the term, even a unit name', () => {
    expect(parseQuery('宣传部', vocabulary)).toEqual({ terms: ['宣传部'] });
  });

  it('turns a province typed with a term into a filter', () => {
    expect(parseQuery('河南 团校', vocabulary)).toEqual({ terms: ['团校'], province: 'henan' });
    expect(parseQuery('团校 河南省', vocabulary)).toEqual({ terms: ['团校'], province: 'henan' });
  });

  it('takes the unit of the named province', () => {
    expect(parseQuery('山西 宣传部 学社衔接', vocabulary)).toEqual({ terms: ['学社衔接'], province: 'shanxi', unit: 'shanxi/xuanchuanbu' });
  });

  it('keeps several plain words as terms that must all match', () => {
    expect(parseQuery('青年之家 学习社', vocabulary)).toEqual({ terms: ['青年之家', '学习社'] });
  });

  it('searches for the last name when every word is a name', () => {
    expect(parseQuery('河南 宣传部', vocabulary)).toEqual({ terms: ['宣传部'], province: 'henan' });
  });
});

describe('nearestNames', () => {
  const topics = [{ name: '青年之家' }, { name: '学社衔接' }, { name: '团员发展' }, { name: '智慧团建' }, { name: '青马工程' }];

  it('offers the names that share most characters with a query that found nothing', () => {
    expect(nearestNames('发展团员', topics).map((t) => t.name)).toEqual(['团员发展']);
    expect(nearestNames('青年之家建设', topics)[0]!.name).toBe('青年之家');
  });

  it('offers nothing for a query that shares nothing', () => {
    expect(nearestNames('高速公路', topics)).toEqual([]);
  });
});

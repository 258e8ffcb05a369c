import { describe, expect, it } from 'vitest';
import { foldQuery, foldWidth, parseQuery, type QueryVocabulary } from '../../src/lib/query-forms.ts';

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
      { names: ['宣传部', '团省委宣传部'], key: 'henan/xuanchuanbu', province: '河南' },
      { names: ['宣传部'], key: 'shanxi/xuanchuanbu', province: '山西' },
      { names: ['省团校'], key: 'henan/sheng-tuanxiao', province: '河南' },
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

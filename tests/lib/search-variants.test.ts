import { describe, expect, it } from 'vitest';
import { foldQuery } from '../../src/lib/query-forms.ts';
import { traditionalVariants } from '../../src/lib/search-variants.ts';

describe('traditionalVariants', () => {
  const variants = traditionalVariants(['团校建设', '学社衔接率达到50%', '团干部教育培训', '台湾青年']);

  it('maps the traditional forms of the corpus’s characters back to them', () => {
    expect(foldQuery('團校', variants)).toBe('团校');
    expect(foldQuery('學社銜接', variants)).toBe('学社衔接');
    expect(foldQuery('團幹部', variants)).toBe('团干部');
    expect(foldQuery('臺灣', variants)).toBe('台湾');
  });

  it('holds only characters the corpus can match', () => {
    expect(Object.values(variants).every((ch) => '团校建设学社衔接率达到团干部教育培训台湾青年'.includes(ch))).toBe(true);
    expect(variants['团']).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { pageParam, paginate } from '../../src/lib/pagination.ts';
import { pagedUrl } from '../../src/lib/urls.ts';

describe('pagination', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => [p.number, p.count, p.offset, p.items])).toEqual([
      [1, 3, 0, [1, 2]],
      [2, 3, 2, [3, 4]],
      [3, 3, 4, [5]],
    ]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], offset: 0 }]);
  });

  it('keeps page 1 at the list URL and numbers the others below it', () => {
    expect([1, 2, 10].map((n) => pagedUrl('/units/henan/zuzhibu/', n))).toEqual(['/units/henan/zuzhibu/', '/units/henan/zuzhibu/2/', '/units/henan/zuzhibu/10/']);
    expect([1, 2].map(pageParam)).toEqual([undefined, '2']);
  });
});

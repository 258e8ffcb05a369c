import { describe, expect, it } from 'vitest';
import { segmentText, type TextLink } from '../../src/lib/text-segments.ts';

const link = (start: number, end: number, kind: TextLink['kind'] = 'topic'): TextLink => ({ start, end, kind, href: `/${kind}/${start}/`, title: '' });

describe('segmentText', () => {
  it('splits text into plain and linked runs that join back to the text', () => {
    const text = '建设青年之家和智慧团建';
    const segments = segmentText(text, [link(7, 11), link(2, 6)]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.link?.href])).toEqual([
      ['建设', undefined],
      ['青年之家', '/topic/2/'],
      ['和', undefined],
      ['智慧团建', '/topic/7/'],
    ]);
  });

  it('drops a link that overlaps an earlier one, and prefers a document at the same spot', () => {
    const segments = segmentText('以“基石”工程为统揽', [link(1, 5, 'topic'), link(1, 7, 'document'), link(3, 8)]);
    expect(segments.filter((s) => s.link).map((s) => [s.text, s.link!.kind])).toEqual([['“基石”工程', 'document']]);
  });
});

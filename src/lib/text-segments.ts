/** Splits a text into plain runs and linked runs, for rendering references inside running text. */

export interface TextLink {
  start: number;
  end: number;
  href: string;
  kind: 'document' | 'topic';
  /** Tooltip: what the link leads to. */
  title: string;
}

export interface TextSegment {
  text: string;
  link?: Omit<TextLink, 'start' | 'end'>;
}

/**
 * Overlapping links are resolved in favour of the one that starts first, then the longer one;
 * a document reference beats a topic at the same spot.
 */
export function segmentText(text: string, links: readonly TextLink[]): TextSegment[] {
  const ordered = [...links]
    .filter((l) => l.start >= 0 && l.end <= text.length && l.end > l.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === 'document' ? -1 : 1));
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { start, end, href, kind, title } of ordered) {
    if (start < at) continue;
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), link: { href, kind, title } });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

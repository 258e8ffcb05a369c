/**
 * Position lookups over one text, each built in one pass so that checking every number or date of a
 * clause stays linear in its length: which stretches a span falls inside or touches, and where the
 * sentence around a position starts.
 */

/** Character ranges [start, end) of a text, answering "inside one of them?" and "touching any?" in constant time. */
export class RangeIndex {
  /** reach[i]: the furthest end of the ranges that start at or before i. */
  private readonly reach: Int32Array;
  /** inside[i]: how many positions before i lie inside some range. */
  private readonly inside: Int32Array;

  constructor(length: number, ranges: Iterable<readonly [number, number]>) {
    const endsStartingAt = new Int32Array(length + 1);
    const coverDelta = new Int32Array(length + 2);
    for (const [start, end] of ranges) {
      if (end <= start) continue;
      endsStartingAt[start] = Math.max(endsStartingAt[start]!, end);
      coverDelta[start]!++;
      coverDelta[end]!--;
    }
    this.reach = new Int32Array(length + 1);
    this.inside = new Int32Array(length + 2);
    let reach = 0;
    let depth = 0;
    for (let i = 0; i <= length; i++) {
      reach = Math.max(reach, endsStartingAt[i]!);
      this.reach[i] = reach;
      depth += coverDelta[i]!;
      this.inside[i + 1] = this.inside[i]! + (depth > 0 ? 1 : 0);
    }
  }

  /** Whether [start, end) lies inside one range. */
  covers(start: number, end: number): boolean {
    return this.reach[start]! >= end && this.reach[start]! > start;
  }

  /** Whether [start, end) shares a character with any range. */
  overlaps(start: number, end: number): boolean {
    return this.inside[end]! - this.inside[start]! > 0;
  }
}

/** For every position, where its sentence starts (just after the last break character before it). */
export function sentenceStarts(text: string, breaks: RegExp): Int32Array {
  const starts = new Int32Array(text.length + 1);
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    starts[i] = start;
    if (i < text.length && breaks.test(text[i]!)) start = i + 1;
  }
  return starts;
}

export function rangesOf(re: RegExp, text: string): Array<[number, number]> {
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

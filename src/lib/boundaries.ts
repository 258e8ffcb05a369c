/**
 * The stretches of a text between boundary characters (sentence or phrase ends). The boundaries
 * are found once, so finding the stretch around a position is a binary search, not a scan: texts
 * without punctuation stay linear to read.
 */
export class Boundaries {
  private readonly positions: number[] = [];
  private readonly length: number;

  /** `boundary` matches one boundary character and has the g flag. */
  constructor(text: string, boundary: RegExp) {
    for (const m of text.matchAll(boundary)) this.positions.push(m.index);
    this.length = text.length;
  }

  /** Which stretch holds `position`, counting from 0: how many boundaries lie before it. */
  stretchAt(position: number): number {
    let low = 0;
    let high = this.positions.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.positions[mid]! < position) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Where the stretch holding `position` starts: just after the last boundary before it. */
  startOf(position: number): number {
    const count = this.stretchAt(position);
    return count === 0 ? 0 : this.positions[count - 1]! + 1;
  }

  /** Where the stretch holding `position` ends: at the first boundary at or after it. */
  endOf(position: number): number {
    return this.positions[this.stretchAt(position)] ?? this.length;
  }
}

/** Whether [start, end) lies inside one of the sorted, disjoint ranges. */
export function insideRanges(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid]![0] <= start) low = mid + 1;
    else high = mid;
  }
  const range = ranges[low - 1];
  return range !== undefined && end <= range[1];
}

/** Whether [start, end) overlaps one of the sorted, disjoint ranges. */
export function overlapsRanges(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid]![1] <= start) low = mid + 1;
    else high = mid;
  }
  const range = ranges[low];
  return range !== undefined && range[0] < end;
}

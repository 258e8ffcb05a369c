/**
 * Aligns the clauses of a revised text with the clauses registered for the earlier text, so that each
 * clause keeps its permalink id across revisions (see id-registry.ts).
 *
 * 1. Clauses whose wording is unchanged (item numbers and white space aside) pair up first, in reading
 *    order: this survives insertions, deletions, reordering and renumbering.
 * 2. The rest pair by wording similarity (character bigrams), strongest first; a pair that keeps the
 *    order of the unchanged clauses around it needs less similarity than one that moves. A close second
 *    candidate is reported as an ambiguity, never decided silently.
 * 3. A registered clause left over whose wording went into a revised clause was merged into it; a new
 *    clause whose wording came out of a registered one was split from it.
 */
import { DASH_ITEM, GOAL_LABEL, headingMarker } from './markers.ts';

/** Similarity a pair needs when it keeps the order of the unchanged clauses around it. */
const IN_ORDER_MATCH = 0.5;
/** Similarity a pair needs when one of the two clauses moved. */
const MOVED_MATCH = 0.8;
/** A second candidate this close to the chosen one makes the choice ambiguous. */
const AMBIGUITY_MARGIN = 0.08;
/** Share of a clause's wording that must reappear inside another for a merge or split. */
const CONTAINMENT = 0.8;

export interface RegisteredWording {
  id: string;
  text: string;
}

export interface AlignmentOverrides {
  /** Force these pairs: registered id → index of the revised clause. */
  pairs?: ReadonlyMap<string, number>;
  /** Revised clauses that are new, whatever they resemble. */
  fresh?: ReadonlySet<number>;
}

export interface Ambiguity {
  /** Index of the revised clause. */
  index: number;
  chosen: string;
  /** Registered ids that were nearly as close. */
  alternatives: string[];
}

export interface Alignment {
  /** For each revised clause, the registered id it continues, or undefined for a new clause. */
  matches: (string | undefined)[];
  /** Registered ids without a continuation, each with the revised clause it was merged into, if any. */
  unmatched: { id: string; mergedInto?: number }[];
  /** Revised clauses split out of a registered clause (index → registered id). */
  splits: Map<number, string>;
  ambiguities: Ambiguity[];
}

/** The wording that identifies a clause: without its item marker (numbers change) and white space. */
export function comparableWording(text: string): string {
  const marker = headingMarker(text)?.text ?? DASH_ITEM.exec(text)?.[0] ?? GOAL_LABEL.exec(text)?.[0] ?? '';
  return text.slice(marker.length).replace(/\s+/g, '');
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  if (chars.length === 1) counts.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function sharedCount(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return shared;
}

function size(grams: Map<string, number>): number {
  let n = 0;
  for (const count of grams.values()) n += count;
  return n;
}

/** Dice coefficient of the bigram multisets: 1 for equal wording, 0 for nothing in common. */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
  const total = size(a) + size(b);
  return total === 0 ? 0 : (2 * sharedCount(a, b)) / total;
}

/** Share of `part`'s bigrams found in `whole`. */
function containment(part: Map<string, number>, whole: Map<string, number>): number {
  const n = size(part);
  return n === 0 ? 0 : sharedCount(part, whole) / n;
}

/** The candidate that contains most of `part`'s wording, if one contains enough of it. */
function bestContainer(part: Map<string, number>, candidates: readonly (readonly [number, Map<string, number>])[]): number | undefined {
  let best: number | undefined;
  let bestShare = CONTAINMENT;
  for (const [index, whole] of candidates) {
    const share = containment(part, whole);
    if (share >= bestShare && (best === undefined || share > bestShare)) {
      best = index;
      bestShare = share;
    }
  }
  return best;
}

interface Pair {
  revised: number;
  registered: number;
  score: number;
  inOrder: boolean;
}

export function alignClauses(registered: readonly RegisteredWording[], revised: readonly string[], overrides: AlignmentOverrides = {}): Alignment {
  const oldWording = registered.map((c) => comparableWording(c.text));
  const newWording = revised.map(comparableWording);
  const matchOf: (number | undefined)[] = revised.map(() => undefined);
  const taken = new Set<number>();
  const indexOfId = new Map(registered.map((c, i) => [c.id, i]));

  for (const [id, index] of overrides.pairs ?? []) {
    const j = indexOfId.get(id);
    if (j === undefined || index < 0 || index >= revised.length) continue;
    matchOf[index] = j;
    taken.add(j);
  }
  const open = (i: number) => matchOf[i] === undefined && !overrides.fresh?.has(i);

  // 1. Unchanged wording, paired in reading order.
  const byWording = new Map<string, number[]>();
  registered.forEach((_, j) => {
    if (taken.has(j)) return;
    const queue = byWording.get(oldWording[j]!) ?? [];
    queue.push(j);
    byWording.set(oldWording[j]!, queue);
  });
  for (let i = 0; i < revised.length; i++) {
    const j = open(i) ? byWording.get(newWording[i]!)?.shift() : undefined;
    if (j === undefined) continue;
    matchOf[i] = j;
    taken.add(j);
  }

  // 2. Changed wording, paired by similarity.
  const oldGrams = oldWording.map(bigrams);
  const newGrams = newWording.map(bigrams);
  const anchors = matchOf.flatMap((j, i) => (j === undefined ? [] : [[i, j] as const]));
  const keepsOrder = (i: number, j: number) => anchors.every(([ai, aj]) => ai < i === aj < j);
  const pairs: Pair[] = [];
  for (let i = 0; i < revised.length; i++) {
    if (!open(i)) continue;
    for (let j = 0; j < registered.length; j++) {
      if (taken.has(j)) continue;
      const score = similarity(newGrams[i]!, oldGrams[j]!);
      const inOrder = keepsOrder(i, j);
      if (score >= (inOrder ? IN_ORDER_MATCH : MOVED_MATCH)) pairs.push({ revised: i, registered: j, score, inOrder });
    }
  }
  // Strongest first; ties go to the pair that keeps order, then to reading order, so the result is deterministic.
  pairs.sort((a, b) => Number(b.inOrder) - Number(a.inOrder) || b.score - a.score || a.revised - b.revised || a.registered - b.registered);
  const ambiguities: Ambiguity[] = [];
  for (const pair of pairs) {
    if (!open(pair.revised) || taken.has(pair.registered)) continue;
    const alternatives = pairs
      .filter((p) => p.revised === pair.revised && p !== pair && !taken.has(p.registered) && p.score >= pair.score - AMBIGUITY_MARGIN)
      .map((p) => registered[p.registered]!.id);
    matchOf[pair.revised] = pair.registered;
    taken.add(pair.registered);
    if (alternatives.length > 0) ambiguities.push({ index: pair.revised, chosen: registered[pair.registered]!.id, alternatives });
  }

  // 3. Merges and splits among what is left.
  const unmatched = registered.flatMap((c, j) => {
    if (taken.has(j)) return [];
    const mergedInto = bestContainer(oldGrams[j]!, newGrams.map((g, i) => [i, g] as const));
    return [{ id: c.id, ...(mergedInto === undefined ? {} : { mergedInto }) }];
  });
  const splits = new Map<number, string>();
  const continued = matchOf.flatMap((j) => (j === undefined ? [] : [[j, oldGrams[j]!] as const]));
  for (let i = 0; i < revised.length; i++) {
    if (matchOf[i] !== undefined) continue;
    const source = bestContainer(newGrams[i]!, continued);
    if (source !== undefined) splits.set(i, registered[source]!.id);
  }

  return { matches: matchOf.map((j) => (j === undefined ? undefined : registered[j]!.id)), unmatched, splits, ambiguities };
}

/**
 * A large atlas builds in parts, on as many machines as it likes: with ATLAS_PART=k/K (2/8, say),
 * `astro build` renders only the pages of the documents whose id falls to part k — their document,
 * clause and embed pages, exports and data files — and of the topics and units whose key falls to it
 * (their pages, ledgers and timelines: the many pages about the whole atlas); part 0 also renders the
 * few remaining pages about the whole atlas (provinces, timelines, targets, retired ids). Every part reads the whole
 * collection, so related clauses, topics and references are those of one build; pages without
 * parameters come out of every part, the same. scripts/site/merge-parts.ts puts the parts together.
 * Without ATLAS_PART the build is whole.
 */

export interface BuildPart {
  index: number;
  count: number;
}

export function parsePart(value: string | undefined): BuildPart {
  if (!value) return { index: 0, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) >= Number(m[2])) throw new Error(`ATLAS_PART expects k/K with 0 ≤ k < K (such as 0/4), got “${value}”`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

export const BUILD_PART = parsePart(process.env.ATLAS_PART);

/** The part a document's pages belong to: FNV-1a of its id, so a document stays in its part as others come and go. */
export function partOf(documentId: string, count = BUILD_PART.count): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < documentId.length; i++) {
    hash ^= documentId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** The paths this part renders of a route with a page per document, topic or unit: those whose key (the id) falls to it. */
export function partPaths<T>(paths: T[], keyOf: (path: T) => string): T[] {
  return BUILD_PART.count === 1 ? paths : paths.filter((p) => partOf(keyOf(p)) === BUILD_PART.index);
}

/** The paths of pages about the whole atlas: part 0 renders them. */
export function wholeAtlasPaths<T>(paths: T[]): T[] {
  return BUILD_PART.index === 0 ? paths : [];
}

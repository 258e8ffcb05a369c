/**
 * Permanent clause ids. An id, once published, names the same clause forever: the registry of a
 * document (schema.ts idRegistrySchema) records every id ever minted, each id's wordings and, for a
 * clause that is gone, when and why it went. A revised text is aligned with the registered clauses
 * (clause-alignment.ts): matched clauses keep their ids, new clauses get ids never used before, and the
 * ids of removed clauses are retired, with the clause they were merged into where there is one.
 */
import { alignClauses, type AlignmentOverrides, type Ambiguity } from './clause-alignment.ts';
import type { IdRegistry, RegisteredClause, Retirement } from './schema.ts';

export interface RevisedClause {
  text: string;
  path: string[];
  /** Outline address at the time of minting: ids of new clauses read like their place (doc-3-1-2). */
  address: readonly number[];
}

export interface RevisionInput {
  documentId: string;
  /** Source file, relative to the content root. */
  source: string;
  sha256: string;
  /** YYYY-MM-DD, recorded when the revision changes anything. */
  date: string;
  clauses: readonly RevisedClause[];
  overrides?: AlignmentOverrides;
}

export interface RevisionResult {
  registry: IdRegistry;
  /** The permanent id of each clause of the revised text, in reading order. */
  ids: string[];
  /** True when the registry changed (a new revision was recorded). */
  changed: boolean;
  ambiguities: Ambiguity[];
}

/** A fresh id: the clause's outline address, made unique against every id the document ever used. */
function mintId(documentId: string, address: readonly number[], revision: number, used: Set<string>): string {
  const base = `${documentId}-${address.join('-')}`;
  let id = used.has(base) ? `${base}-r${revision}` : base;
  for (let k = 2; used.has(id); k++) id = `${base}-r${revision}-${k}`;
  used.add(id);
  return id;
}

function registeredFresh(id: string, clause: RevisedClause, revision: number, splitFrom: string | null): RegisteredClause {
  return { id, versions: [{ revision, text: clause.text }], path: clause.path, splitFrom, retired: null };
}

/** The registry of a document seen for the first time: every clause gets the id of its outline address. */
function firstRegistry(input: RevisionInput): RevisionResult {
  const used = new Set<string>();
  const clauses = input.clauses.map((c) => registeredFresh(mintId(input.documentId, c.address, 1, used), c, 1, null));
  return {
    registry: { document: input.documentId, source: input.source, revisions: [{ n: 1, date: input.date, sha256: input.sha256 }], clauses },
    ids: clauses.map((c) => c.id),
    changed: true,
    ambiguities: [],
  };
}

export function liveClauses(registry: IdRegistry): RegisteredClause[] {
  return registry.clauses.filter((c) => c.retired === null);
}

export function currentWording(clause: RegisteredClause): string {
  return clause.versions.at(-1)!.text;
}

/** Records a revision of a document's text in its registry (or starts the registry) and returns the clause ids. */
export function reviseRegistry(previous: IdRegistry | undefined, input: RevisionInput): RevisionResult {
  if (!previous) return firstRegistry(input);
  const live = liveClauses(previous);
  const alignment = alignClauses(
    live.map((c) => ({ id: c.id, text: currentWording(c) })),
    input.clauses.map((c) => c.text),
    input.overrides,
  );
  const revision = previous.revisions.at(-1)!.n + 1;
  const used = new Set(previous.clauses.map((c) => c.id));
  const byId = new Map(previous.clauses.map((c) => [c.id, c]));

  const ids = input.clauses.map((clause, i) => alignment.matches[i] ?? mintId(input.documentId, clause.address, revision, used));
  const continued = input.clauses.map((clause, i): RegisteredClause => {
    const id = ids[i]!;
    const before = byId.get(id);
    if (!before) return registeredFresh(id, clause, revision, alignment.splits.get(i) ?? null);
    const versions = currentWording(before) === clause.text ? before.versions : [...before.versions, { revision, text: clause.text }];
    return { ...before, versions, path: clause.path };
  });
  const retiredNow = alignment.unmatched.map(({ id, mergedInto }): RegisteredClause => {
    const retired: Retirement = { revision, reason: mergedInto === undefined ? 'removed' : 'merged', successor: mergedInto === undefined ? null : ids[mergedInto]! };
    return { ...byId.get(id)!, retired };
  });
  const retiredBefore = previous.clauses.filter((c) => c.retired !== null);

  const candidate: IdRegistry = {
    document: previous.document,
    source: input.source,
    revisions: previous.revisions,
    clauses: [...continued, ...retiredBefore, ...retiredNow],
  };
  const sameSource = previous.revisions.at(-1)!.sha256 === input.sha256;
  const unchanged = sameSource && JSON.stringify(candidate) === JSON.stringify(previous);
  if (unchanged) return { registry: previous, ids, changed: false, ambiguities: alignment.ambiguities };
  return {
    registry: { ...candidate, revisions: [...previous.revisions, { n: revision, date: input.date, sha256: input.sha256 }] },
    ids,
    changed: true,
    ambiguities: alignment.ambiguities,
  };
}

/** The registry of a document whose source is gone: its live clauses are retired as withdrawn. */
export function withdrawRegistry(previous: IdRegistry, date: string): IdRegistry {
  if (liveClauses(previous).length === 0) return previous;
  const revision = previous.revisions.at(-1)!.n + 1;
  return {
    ...previous,
    revisions: [...previous.revisions, { n: revision, date, sha256: null }],
    clauses: previous.clauses.map((c) => (c.retired ? c : { ...c, retired: { revision, reason: 'withdrawn', successor: null } })),
  };
}

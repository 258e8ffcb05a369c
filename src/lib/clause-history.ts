/**
 * What the id registry says about one clause: when it entered the atlas, when its wording last
 * changed and how it read before, or, for a retired id, when and why it went and what carries it on.
 */
import type { IdRegistry, RegisteredClause, Retirement, Revision } from './schema.ts';

export interface RegisteredEntry {
  registered: RegisteredClause;
  registry: IdRegistry;
}

export interface ClauseHistory {
  /** The revision in which the clause first appeared. */
  added: Revision;
  /** The latest change of wording, with the wording before it; absent when it never changed. */
  lastChange?: { revision: Revision; previous: string; current: string };
  /** How many wordings the clause has had. */
  versions: number;
}

export function revisionOf(registry: IdRegistry, n: number): Revision {
  const revision = registry.revisions.find((r) => r.n === n);
  if (!revision) throw new Error(`registry ${registry.document} has no revision ${n}`);
  return revision;
}

export function clauseHistory({ registered, registry }: RegisteredEntry): ClauseHistory {
  const { versions } = registered;
  const last = versions.at(-1)!;
  const before = versions.at(-2);
  return {
    added: revisionOf(registry, versions[0]!.revision),
    lastChange: before ? { revision: revisionOf(registry, last.revision), previous: before.text, current: last.text } : undefined,
    versions: versions.length,
  };
}

export interface RetiredClause extends RegisteredEntry {
  retired: Retirement;
  /** The revision that retired it. */
  revision: Revision;
  lastWording: string;
}

export function retiredClause(entry: RegisteredEntry): RetiredClause | undefined {
  const retired = entry.registered.retired;
  if (!retired) return undefined;
  return { ...entry, retired, revision: revisionOf(entry.registry, retired.revision), lastWording: entry.registered.versions.at(-1)!.text };
}

/** Every id a registry ever published, with its entry. */
export function registeredEntries(registries: Iterable<IdRegistry>): Map<string, RegisteredEntry> {
  const entries = new Map<string, RegisteredEntry>();
  for (const registry of registries) for (const registered of registry.clauses) entries.set(registered.id, { registered, registry });
  return entries;
}

export interface IdIndexRow {
  id: string;
  document: string;
  status: 'live' | Retirement['reason'];
  /** Date of the revision that retired the id. */
  retiredOn: string | null;
  successor: string | null;
}

/** One row per id ever published, registries in document order and ids in registry order. */
export function idIndex(registries: Iterable<IdRegistry>): IdIndexRow[] {
  return [...registries].flatMap((registry) =>
    registry.clauses.map((c) => ({
      id: c.id,
      document: registry.document,
      status: c.retired?.reason ?? 'live',
      retiredOn: c.retired ? revisionOf(registry, c.retired.revision).date : null,
      successor: c.retired?.successor ?? null,
    })),
  );
}

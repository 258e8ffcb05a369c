/**
 * Cache keys for Astro's incremental build (astro.config experimental.incrementalBuild): a page whose
 * key and template are the same as in the last build is copied from that build, not rendered again.
 * A key is a hash of everything the page shows that its template does not: the document it belongs
 * to, the data of other documents it draws on (related clauses, citing clauses, topics, references),
 * the unit registry its tags resolve through and the build date. Only the routes with a page per
 * clause or per document have keys; they are nearly all the pages, and a changed source touches few.
 */
import { createHash } from 'node:crypto';
import { clauseContext, registryOf, relatedToClause, type Atlas } from './atlas.ts';
import { BUILD_DATE } from './build-date.ts';
import type { DocumentFrontmatter } from './schema.ts';

function digest(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url');
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

export interface PageKeys {
  clausePage(clauseId: string): string;
  embedPage(clauseId: string): string;
  documentPage(document: DocumentFrontmatter): string;
  /** The document's exports: its data, its id registry (dates) and the unit registry its tags resolve through. */
  documentData(document: DocumentFrontmatter): string;
}

const keysOf = new WeakMap<Atlas, PageKeys>();

/** The page keys of an atlas, made once and shared by every route. */
export function pageKeys(atlas: Atlas): PageKeys {
  let keys = keysOf.get(atlas);
  if (!keys) keysOf.set(atlas, (keys = makePageKeys(atlas)));
  return keys;
}

function makePageKeys(atlas: Atlas): PageKeys {
  const documentHash = memo((document: DocumentFrontmatter) => digest(document));
  const idRegistryHash = memo((documentId: string) => digest(atlas.registered.get(atlas.documentsById.get(documentId)!.clauses[0]?.id ?? '')?.registry ?? null));
  const unitRegistryHash = memo((document: DocumentFrontmatter) => {
    const registry = registryOf(atlas, document);
    return registry ? digest([registry.province, registry.seeded, registry.prefixes, registry.units]) : null;
  });
  /** The links a text gets: other documents it names and the topics it mentions. */
  const links = (text: string, documentId: string) => [
    atlas.referenceIndex.find(text, documentId).map((r) => [r.start, r.end, r.documentId, atlas.documentsById.get(r.documentId)!.title]),
    atlas.mentions(text).map((m) => [m.start, m.end, m.topic.slug, m.topic.name]),
  ];
  /** What a card of the clause shows beyond the clause: its tags resolved, its links, referenced documents. */
  const card = memo((clauseId: string) => {
    const { clause, document } = clauseContext(atlas, clauseId);
    return digest([
      documentHash(document),
      clauseId,
      unitRegistryHash(document),
      clause.text.split('\n').map((line) => links(line, document.id)),
      (atlas.references.get(clauseId) ?? []).map((d) => [d.id, d.title]),
    ]);
  });

  return {
    clausePage(clauseId) {
      const { clause, document } = clauseContext(atlas, clauseId);
      return digest([
        BUILD_DATE,
        card(clauseId),
        idRegistryHash(document.id),
        (atlas.topicsByClause.get(clause.id) ?? []).map((t) => [t.slug, t.name, t.provinces.length]),
        relatedToClause(atlas, clauseId).map((r) => [documentHash(r.document), r.clause.id, r.sharedTopics.map((slug) => atlas.topicsBySlug.get(slug)!.name)]),
      ]);
    },
    embedPage(clauseId) {
      const { document } = clauseContext(atlas, clauseId);
      return digest([BUILD_DATE, documentHash(document), clauseId, unitRegistryHash(document)]);
    },
    documentPage(document) {
      return digest([
        BUILD_DATE,
        document.clauses.map((c) => card(c.id)),
        document.outline.map((e) => links(e.text, document.id)),
        (atlas.referencedBy.get(document.id) ?? []).map((c) => card(c.clause.id)),
      ]);
    },
    documentData(document) {
      return digest([documentHash(document), idRegistryHash(document.id), unitRegistryHash(document)]);
    },
  };
}

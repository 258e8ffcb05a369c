/**
 * Everything the pages need, computed once per build from the documents collection and the unit
 * registries: clause lookup, unit task views, topics, cross-references and related clauses.
 *
 * Scale: every step here reads each clause a bounded number of times, and every function a page calls
 * answers from an index in constant time, so building the atlas and rendering its pages grow in
 * proportion to the number of clauses.
 */
import topicTerms from '../data/topic-terms.json';
import { registeredEntries, retiredClause, type RegisteredEntry, type RetiredClause } from './clause-history.ts';
import { loadDocuments, loadIdRegistries, loadRegistryFiles } from './collection.ts';
import { buildReferenceIndex, type ReferenceIndex } from './cross-references.ts';
import { NATIONAL } from './provinces.ts';
import { registriesFromFiles, registryServes } from './registries.ts';
import { buildRelatedIndex, type RelatedClause, type RelatedIndex } from './related.ts';
import type { Clause, DocumentFrontmatter } from './schema.ts';
import { buildSimilarityIndex } from './text-similarity.ts';
import { segmentText, type TextLink, type TextSegment } from './text-segments.ts';
import { deriveTopics, topicMentions, type TextRange, type Topic, type TopicTerms } from './topics.ts';
import { buildUnitTasks, taggedUnits, type ClauseInDocument, type UnitTasks } from './unit-tasks.ts';
import type { UnitEntry, UnitRegistry } from './units.ts';
import { documentUrl, topicUrl } from './urls.ts';

export interface ClauseContext extends ClauseInDocument {
  index: number;
  previous?: Clause;
  next?: Clause;
}

export interface ProvinceSummary {
  name: string;
  documents: DocumentFrontmatter[];
  registry?: UnitRegistry;
  clauseCount: number;
}

export interface Atlas {
  documents: DocumentFrontmatter[];
  documentsById: Map<string, DocumentFrontmatter>;
  registries: Map<string, UnitRegistry>;
  provinces: ProvinceSummary[];
  clauses: Map<string, ClauseContext>;
  topics: Topic[];
  topicsBySlug: Map<string, Topic>;
  topicsByClause: Map<string, Topic[]>;
  unitTasks: Map<string, UnitTasks[]>;
  /** Clause id → the other documents it refers to, in its text or in the headings above it. */
  references: Map<string, DocumentFrontmatter[]>;
  /** Document id → clauses of other documents that refer to it. */
  referencedBy: Map<string, ClauseInDocument[]>;
  /** Every clause id ever published, live or retired, with what its id registry records. */
  registered: Map<string, RegisteredEntry>;
  /** Ids of clauses that are gone, with when and why. */
  retired: Map<string, RetiredClause>;
  totals: { provinces: number; documents: number; clauses: number; units: number; deadlines: number; metrics: number };
  referenceIndex: ReferenceIndex;
  mentions: (text: string) => (TextRange & { topic: Topic })[];
  relatedIndex: RelatedIndex;
  /** Clause id → its position in atlas order (the related-clause index's numbering). */
  ordinals: Map<string, number>;
}

let atlasPromise: Promise<Atlas> | undefined;

export function loadAtlas(): Promise<Atlas> {
  atlasPromise ??= buildAtlas();
  return atlasPromise;
}

async function buildAtlas(): Promise<Atlas> {
  const documents = await loadDocuments();
  const registered = registeredEntries((await loadIdRegistries()).values());
  const retired = new Map([...registered.values()].flatMap((entry) => {
    const gone = retiredClause(entry);
    return gone ? [[entry.registered.id, gone] as const] : [];
  }));
  const registries = registriesFromFiles(await loadRegistryFiles());

  const clauses = new Map<string, ClauseContext>();
  for (const document of documents) {
    document.clauses.forEach((clause, index) => {
      clauses.set(clause.id, { clause, document, index, previous: document.clauses[index - 1], next: document.clauses[index + 1] });
    });
  }
  const contexts = [...clauses.values()];

  const topics = deriveTopics(documents, topicTerms as TopicTerms);
  const topicsByClause = new Map<string, Topic[]>();
  for (const topic of topics) {
    for (const id of topic.clauseIds) {
      const list = topicsByClause.get(id);
      if (list) list.push(topic);
      else topicsByClause.set(id, [topic]);
    }
  }

  const byProvince = Map.groupBy(documents, (d) => d.province);
  const provinceNames = [...new Set([...byProvince.keys(), ...registries.keys()])];
  const provinces = provinceNames.map((name) => {
    const docs = byProvince.get(name) ?? [];
    return { name, documents: docs, registry: registries.get(name), clauseCount: docs.reduce((n, d) => n + d.clauses.length, 0) };
  });

  const unitTasks = new Map<string, UnitTasks[]>();
  for (const [province, registry] of registries) unitTasks.set(province, buildUnitTasks(byProvince.get(province) ?? [], registry));

  const documentsById = new Map(documents.map((d) => [d.id, d]));
  const referenceIndex = buildReferenceIndex(documents);
  const references = new Map<string, DocumentFrontmatter[]>();
  const referencedBy = new Map<string, ClauseInDocument[]>();
  const order = new Map(documents.map((d, i) => [d.id, i]));
  for (const context of contexts) {
    const { clause, document } = context;
    const ids = new Set([...clause.path, clause.text].flatMap((text) => referenceIndex.find(text, document.id).map((r) => r.documentId)));
    if (ids.size === 0) continue;
    const targets = [...ids].sort((a, b) => order.get(a)! - order.get(b)!).map((id) => documentsById.get(id)!);
    references.set(clause.id, targets);
    for (const target of targets) {
      const citing = referencedBy.get(target.id);
      if (citing) citing.push(context);
      else referencedBy.set(target.id, [context]);
    }
  }

  const similarity = buildSimilarityIndex(contexts.map((c) => c.clause.text));
  const relatedIndex = buildRelatedIndex(
    contexts.map(({ clause, document }) => ({ id: clause.id, province: document.province, topics: (topicsByClause.get(clause.id) ?? []).map((t) => t.slug) })),
    (index) => similarity.neighbours(index),
  );

  const allClauses = contexts.map((c) => c.clause);
  return {
    documents,
    documentsById,
    registries,
    provinces,
    clauses,
    topics,
    topicsBySlug: new Map(topics.map((t) => [t.slug, t])),
    topicsByClause,
    unitTasks,
    references,
    referencedBy,
    registered,
    retired,
    totals: {
      provinces: provinces.filter((p) => p.documents.length > 0 && p.name !== NATIONAL.name).length,
      documents: documents.length,
      clauses: allClauses.length,
      units: [...registries.values()].reduce((n, r) => n + r.units.length, 0),
      deadlines: allClauses.reduce((n, c) => n + c.deadlines.length, 0),
      metrics: allClauses.reduce((n, c) => n + c.metrics.length, 0),
    },
    referenceIndex,
    mentions: topicMentions(topics),
    relatedIndex,
    ordinals: new Map(contexts.map((c, i) => [c.clause.id, i])),
  };
}

/** The document whose MDX body is rendering: its page sets Astro.locals.documentId for the body's elements. */
export function bodyDocument(atlas: Atlas, documentId: string | undefined, element: string): DocumentFrontmatter {
  const document = documentId === undefined ? undefined : atlas.documentsById.get(documentId);
  if (!document) throw new Error(`<${element}> rendered outside a document page`);
  return document;
}

export function clauseContext(atlas: Atlas, clauseId: string): ClauseContext {
  const context = atlas.clauses.get(clauseId);
  if (!context) throw new Error(`unknown clause ${clauseId}`);
  return context;
}

/** Links for a text of a document: references to other documents, and the first mention of each topic. */
export function linkText(atlas: Atlas, text: string, documentId: string): TextSegment[] {
  const links: TextLink[] = [];
  for (const ref of atlas.referenceIndex.find(text, documentId)) {
    const target = atlas.documentsById.get(ref.documentId)!;
    links.push({ start: ref.start, end: ref.end, href: documentUrl(target.id), kind: 'document', title: `文件：${target.title}` });
  }
  for (const m of atlas.mentions(text)) {
    links.push({ start: m.start, end: m.end, href: topicUrl(m.topic.slug), kind: 'topic', title: `专题：${m.topic.name}` });
  }
  return segmentText(text, links);
}

/** Other documents a clause refers to, in its text or in the headings above it. */
export function referencedDocuments(atlas: Atlas, clause: Clause): DocumentFrontmatter[] {
  return atlas.references.get(clause.id) ?? [];
}

/** Clauses of other documents that refer to this one. */
export function referencingClauses(atlas: Atlas, documentId: string): ClauseInDocument[] {
  return atlas.referencedBy.get(documentId) ?? [];
}

const relatedOf = new WeakMap<Atlas, Map<string, (RelatedClause & ClauseContext)[]>>();

/** Related clauses of other provinces (related.ts), computed once per clause: its page and its page key ask. */
export function relatedToClause(atlas: Atlas, clauseId: string): (RelatedClause & ClauseContext)[] {
  let cache = relatedOf.get(atlas);
  if (!cache) relatedOf.set(atlas, (cache = new Map()));
  let related = cache.get(clauseId);
  if (!related) {
    related = atlas.relatedIndex.related(atlas.ordinals.get(clauseId)!).map((r) => ({ ...r, ...clauseContext(atlas, r.id) }));
    cache.set(clauseId, related);
  }
  return related;
}

export interface ClauseUnitTag {
  /** The registry unit, or undefined when the registry does not know the name (shown without a link). */
  unit?: UnitEntry;
  role: 'lead' | 'responsible';
  raw: string;
}

/** The unit registry a document's units resolve through, if any (see registryServes). */
export function registryOf(atlas: Atlas, document: DocumentFrontmatter): UnitRegistry | undefined {
  const registry = atlas.registries.get(document.province);
  return registry && registryServes(registry, document) ? registry : undefined;
}

/** The clause's unit tags resolved to registry units (their pages), each unit once, lead units first. */
export function clauseUnitTags(atlas: Atlas, clause: Clause, document: DocumentFrontmatter): ClauseUnitTag[] {
  const registry = registryOf(atlas, document);
  const known: ClauseUnitTag[] = registry ? taggedUnits(clause, registry) : [];
  const unknown: ClauseUnitTag[] = clause.units
    .filter((ref) => !registry?.resolve(ref.canonical) && !registry?.resolve(ref.raw))
    .map((ref) => ({ role: ref.role, raw: ref.raw }));
  const tags = [...known, ...unknown];
  return [...tags.filter((t) => t.role === 'lead'), ...tags.filter((t) => t.role === 'responsible')];
}

export function unitTasksFor(atlas: Atlas, province: string, unitSlug: string): UnitTasks {
  const found = atlas.unitTasks.get(province)?.find((t) => t.unit.slug === unitSlug);
  if (!found) throw new Error(`unknown unit ${province}/${unitSlug}`);
  return found;
}

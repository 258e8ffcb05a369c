/**
 * Everything the pages need, computed once per build from the documents collection and the unit
 * registries: clause lookup, unit task views, topics, cross-references and related clauses.
 */
import topicTerms from '../data/topic-terms.json';
import { registeredEntries, retiredClause, type RegisteredEntry, type RetiredClause } from './clause-history.ts';
import { loadDocuments, loadIdRegistries, loadRegistryFiles } from './collection.ts';
import { findDocumentReferences } from './cross-references.ts';
import { NATIONAL } from './provinces.ts';
import { registriesFromFiles, registryServes } from './registries.ts';
import { relatedClauses, type RelatableClause, type RelatedClause } from './related.ts';
import type { Clause, DocumentFrontmatter } from './schema.ts';
import { buildSimilarityIndex, type SimilarityIndex } from './text-similarity.ts';
import { segmentText, type TextLink, type TextSegment } from './text-segments.ts';
import { deriveTopics, topicMentions, type Topic, type TopicTerms } from './topics.ts';
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
  registries: Map<string, UnitRegistry>;
  provinces: ProvinceSummary[];
  clauses: Map<string, ClauseContext>;
  topics: Topic[];
  topicsByClause: Map<string, Topic[]>;
  unitTasks: Map<string, UnitTasks[]>;
  wording: SimilarityIndex;
  /** Every clause with its province and topics, in atlas order: the candidates for related clauses. */
  relatable: RelatableClause[];
  /** Document id → clauses of other documents that refer to it. */
  referencedBy: Map<string, ClauseInDocument[]>;
  /** Every clause id ever published, live or retired, with what its id registry records. */
  registered: Map<string, RegisteredEntry>;
  /** Ids of clauses that are gone, with when and why. */
  retired: Map<string, RetiredClause>;
  totals: { provinces: number; documents: number; clauses: number; units: number; deadlines: number; metrics: number };
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

  const topics = deriveTopics(documents, topicTerms as TopicTerms);
  const topicsByClause = new Map<string, Topic[]>();
  for (const topic of topics) {
    for (const id of topic.clauseIds) topicsByClause.set(id, [...(topicsByClause.get(id) ?? []), topic]);
  }

  const provinceNames = [...new Set([...documents.map((d) => d.province), ...registries.keys()])];
  const provinces = provinceNames.map((name) => {
    const docs = documents.filter((d) => d.province === name);
    return { name, documents: docs, registry: registries.get(name), clauseCount: docs.reduce((n, d) => n + d.clauses.length, 0) };
  });

  const unitTasks = new Map<string, UnitTasks[]>();
  for (const [province, registry] of registries) unitTasks.set(province, buildUnitTasks(documents, registry));

  const allClauses = documents.flatMap((d) => d.clauses);
  const atlas: Atlas = {
    documents,
    registries,
    provinces,
    clauses,
    topics,
    topicsByClause,
    unitTasks,
    wording: buildSimilarityIndex(new Map(allClauses.map((c) => [c.id, c.text]))),
    relatable: [...clauses.values()].map(({ clause, document }) => ({
      id: clause.id,
      province: document.province,
      topics: (topicsByClause.get(clause.id) ?? []).map((t) => t.slug),
    })),
    referencedBy: new Map(),
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
  };
  for (const context of clauses.values()) {
    for (const target of referencedDocuments(atlas, context.clause, context.document.id)) {
      atlas.referencedBy.set(target.id, [...(atlas.referencedBy.get(target.id) ?? []), context]);
    }
  }
  return atlas;
}

/** The document whose MDX body is rendering: its page sets Astro.locals.documentId for the body's elements. */
export function bodyDocument(atlas: Atlas, documentId: string | undefined, element: string): DocumentFrontmatter {
  const document = atlas.documents.find((d) => d.id === documentId);
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
  for (const ref of findDocumentReferences(text, atlas.documents, documentId)) {
    const target = atlas.documents.find((d) => d.id === ref.documentId)!;
    links.push({ start: ref.start, end: ref.end, href: documentUrl(target.id), kind: 'document', title: `文件：${target.title}` });
  }
  for (const m of topicMentions(text, atlas.topics)) {
    links.push({ start: m.start, end: m.end, href: topicUrl(m.topic.slug), kind: 'topic', title: `专题：${m.topic.name}` });
  }
  return segmentText(text, links);
}

/** Other documents a clause refers to, in its text or in the headings above it. */
export function referencedDocuments(atlas: Atlas, clause: Clause, documentId: string): DocumentFrontmatter[] {
  const ids = new Set<string>();
  for (const text of [...clause.path, clause.text]) {
    for (const ref of findDocumentReferences(text, atlas.documents, documentId)) ids.add(ref.documentId);
  }
  return atlas.documents.filter((d) => ids.has(d.id));
}

/** Clauses of other documents that refer to this one. */
export function referencingClauses(atlas: Atlas, documentId: string): ClauseInDocument[] {
  return atlas.referencedBy.get(documentId) ?? [];
}

export function relatedToClause(atlas: Atlas, clauseId: string): (RelatedClause & ClauseContext)[] {
  const target = atlas.relatable.find((c) => c.id === clauseId)!;
  return relatedClauses(target, atlas.relatable, 6, (a, b) => atlas.wording.similarity(a, b)).map((r) => ({ ...r, ...clauseContext(atlas, r.id) }));
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

/**
 * The one data model of the atlas. The ingester validates what it writes with it,
 * Astro's content collection validates what it reads with it, and the JSON exports
 * are checked against it. Change a field here and every stage follows.
 */
import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';

/** Lead (牵头单位 / 牵头部门) or responsible (责任单位 / 责任部门 / 配合单位). */
export const unitRoleSchema = z.enum(['lead', 'responsible']);

export const unitRefSchema = z.object({
  /** The name exactly as written in the tag, brackets and all. */
  raw: z.string().min(1),
  /** The one name of this unit inside its province (resolved through the unit registry). */
  canonical: z.string().min(1),
  role: unitRoleSchema,
});

export const recurrenceSchema = z.enum(['weekly', 'monthly', 'bimonthly', 'quarterly', 'semiannual', 'yearly']);

/**
 * What a time expression sets: a limit or milestone to meet ("by": 2019年底前, 到2022年), the date from which
 * something applies ("from": 从2021年7月1日起, 2019年起), or a limit counted from the plan itself, with no date
 * ("relative": 印发之日起60日内, 三年内, 通过3年时间). Recurrences (每年) are told by `recurrence`.
 */
export const deadlineKindSchema = z.enum(['by', 'from', 'relative']);

export const deadlineSchema = z.object({
  /** The time expression as written in the source. */
  text: z.string().min(1),
  /** by / from / relative; data written before the field existed reads as "by". */
  kind: deadlineKindSchema.default('by'),
  /** Four-digit year; the later year of a span; null for a pure recurrence or a relative limit. */
  year: z.number().int().min(1949).max(2100).nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
  recurrence: recurrenceSchema.nullable(),
});

export const comparatorSchema = z.enum(['>=', '<=', '=']);

export const metricSchema = z.object({
  /** The phrase that states the target, as written. */
  text: z.string().min(1),
  value: z.number().finite(),
  /** "%" or the measure word as written (名, 个, 场, 课时 …). */
  unit: z.string().min(1),
  cmp: comparatorSchema,
  /** The year the target is for, when the text says. */
  year: z.number().int().nullable(),
});

/** task: a work item; goal: an item under 工作目标 / 主要目标; requirement: an item under 工作要求 / 基本原则. */
export const clauseKindSchema = z.enum(['task', 'goal', 'requirement']);

export const clauseSchema = z.object({
  /** ASCII permalink id, unique across the atlas and stable across re-ingestion. */
  id: z.string().regex(ID_PATTERN),
  /** 1-based reading order of the clause in its document; the site shows the document's own numbers (label, place) instead. */
  n: z.number().int().positive(),
  kind: clauseKindSchema,
  /** Heading chain from the top-level heading down to the clause's nearest heading. */
  path: z.array(z.string().min(1)),
  /** The item's own marker as the document prints it (spaces dropped): "26." "（三）" "1．" "——" "主要目标：". */
  label: z.string().min(1),
  /**
   * Where the document puts the item, in its own numbers: the heading markers above it and its label
   * (三、（一）26.); an item without a number is counted under its heading (三、（一）第2项).
   */
  place: z.string().min(1),
  /** The clause's full text, item marker and tags included. */
  text: z.string().min(1),
  units: z.array(unitRefSchema),
  deadlines: z.array(deadlineSchema),
  metrics: z.array(metricSchema),
});

/** Which tier issued a document: central bodies (全国), a province, a prefecture-level city. */
export const documentLevelSchema = z.enum(['全国', '省', '市']);

/** Metadata fields that may be inferred, or supplied beside the text, rather than stated by it. */
export const metadataFieldSchema = z.enum(['title', 'issuer', 'province', 'level', 'city', 'year', 'draft']);

export const documentSchema = z.object({
  /** ASCII document id: the source file's name. */
  id: z.string().regex(ID_PATTERN),
  title: z.string().min(1),
  /** Province short name as the text writes it (河南, 山西, 四川 …); 全国 for central bodies. */
  province: z.string().min(1),
  level: documentLevelSchema,
  /** The prefecture-level city of a municipal document, by its official name (广州市, 延边朝鲜族自治州); else null. */
  city: z.string().min(1).nullable(),
  /** Issuing body, e.g. 共青团河南省委. */
  issuer: z.string().min(1),
  /** 文号 such as 豫青字〔2019〕6号; null when the text has none. */
  docNumber: z.string().nullable(),
  /** The year the document was issued or applies to. */
  year: z.number().int().min(1949).max(2100),
  /** Document kind from the title's ending: 实施方案, 工作要点, 任务分工方案 … */
  kind: z.string().min(1),
  /** A 草案, 征求意见稿 or 讨论稿, not the issued text. */
  draft: z.boolean(),
  /** Fields the text does not state but extraction inferred (the year from the dates in the text …). */
  inferred: z.array(metadataFieldSchema),
  /** Fields stated beside the text (the sidecar .meta.json, extract's flags) rather than by it. */
  supplied: z.array(metadataFieldSchema),
  clauses: z.array(clauseSchema),
});

/**
 * What extraction yields before a document joins the atlas: a field neither the text nor a sidecar
 * tells is null (a gap, reported). The atlas takes only complete documents (documentSchema).
 */
export const extractedDocumentSchema = documentSchema.extend({
  title: documentSchema.shape.title.nullable(),
  province: documentSchema.shape.province.nullable(),
  level: documentSchema.shape.level.nullable(),
  issuer: documentSchema.shape.issuer.nullable(),
  year: documentSchema.shape.year.nullable(),
});

/** A heading of the document's outline, for the table of contents and in-page anchors. */
export const outlineEntrySchema = z.object({
  id: z.string().min(1),
  depth: z.number().int().min(1).max(6),
  text: z.string().min(1),
});

/** Section text: the paragraphs between a heading or clause and the next one. */
export const sectionTextSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  paragraphs: z.array(z.string().min(1)).min(1),
});

/**
 * The MDX frontmatter: the document plus what only the site needs. Every text of the source lives
 * here (clauses, outline headings, preamble, sections); the MDX body only places them by id, so
 * nothing a source says is ever parsed as MDX.
 */
export const documentFrontmatterSchema = documentSchema.extend({
  /** Source file, relative to the project root (absolute when the content root lies elsewhere). */
  source: z.string().min(1),
  outline: z.array(outlineEntrySchema),
  /** Paragraphs before the first heading: notice, title lines, introduction. */
  preamble: z.array(z.string().min(1)),
  sections: z.array(sectionTextSchema),
});

/** One row of /data/clauses.json: a clause that carries its document's id. */
export const exportedClauseSchema = clauseSchema.extend({ documentId: z.string().min(1) });

export type UnitRole = z.infer<typeof unitRoleSchema>;
export type UnitRef = z.infer<typeof unitRefSchema>;
export type Recurrence = z.infer<typeof recurrenceSchema>;
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type ClauseKind = z.infer<typeof clauseKindSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type DocumentLevel = z.infer<typeof documentLevelSchema>;
export type MetadataField = z.infer<typeof metadataFieldSchema>;
export type PolicyDocument = z.infer<typeof documentSchema>;
export type ExtractedPolicyDocument = z.infer<typeof extractedDocumentSchema>;
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;
export type SectionText = z.infer<typeof sectionTextSchema>;
export type DocumentFrontmatter = z.infer<typeof documentFrontmatterSchema>;
export type ExportedClause = z.infer<typeof exportedClauseSchema>;

/**
 * The clause id registry of one document (content/ids/<document id>.json): every id ever minted for the
 * document, the wording each id had at each revision, and when and why an id was retired. Ids are minted
 * once and never re-point: re-ingestion aligns a revised text with the registered clauses and keeps their ids.
 */
export const revisionSchema = z.object({
  /** 1 for the first ingested text, then 2, 3, … */
  n: z.number().int().positive(),
  /** Day the revision was ingested (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** SHA-256 of the source file at this revision; null for the revision that withdrew the document. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
});

export const clauseVersionSchema = z.object({
  /** The revision from which the clause read this way. */
  revision: z.number().int().positive(),
  text: z.string().min(1),
});

export const retirementSchema = z.object({
  revision: z.number().int().positive(),
  /** removed: the clause is gone; merged: its text went into the successor; withdrawn: the whole document is gone. */
  reason: z.enum(['removed', 'merged', 'withdrawn']),
  /** The clause that carries on its content, if any. */
  successor: z.string().regex(ID_PATTERN).nullable(),
});

export const registeredClauseSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  /** Its wordings, oldest first; the last is the current one (or the last before retirement). */
  versions: z.array(clauseVersionSchema).min(1),
  /** Heading chain above the clause in its latest revision, so a retired clause can say where it stood. */
  path: z.array(z.string().min(1)),
  /** The clause this one was split from, when a revision split one clause into several. */
  splitFrom: z.string().regex(ID_PATTERN).nullable(),
  retired: retirementSchema.nullable(),
});

export const idRegistrySchema = z.object({
  document: z.string().regex(ID_PATTERN),
  /** The source file, relative to the content root; a renamed source keeps its document id through this. */
  source: z.string().min(1),
  revisions: z.array(revisionSchema).min(1),
  /** Live clauses in reading order, then retired ones in order of retirement. */
  clauses: z.array(registeredClauseSchema),
});

export type Revision = z.infer<typeof revisionSchema>;
export type ClauseVersion = z.infer<typeof clauseVersionSchema>;
export type Retirement = z.infer<typeof retirementSchema>;
export type RegisteredClause = z.infer<typeof registeredClauseSchema>;
export type IdRegistry = z.infer<typeof idRegistrySchema>;

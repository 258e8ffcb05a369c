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

export const deadlineSchema = z.object({
  /** The time expression as written in the source. */
  text: z.string().min(1),
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
  /** 1-based position of the clause in its document. */
  n: z.number().int().positive(),
  kind: clauseKindSchema,
  /** Heading chain from the top-level heading down to the clause's nearest heading. */
  path: z.array(z.string().min(1)),
  /** The clause's full text, item marker and tags included. */
  text: z.string().min(1),
  units: z.array(unitRefSchema),
  deadlines: z.array(deadlineSchema),
  metrics: z.array(metricSchema),
});

export const documentSchema = z.object({
  /** ASCII document id: the source file's name. */
  id: z.string().regex(ID_PATTERN),
  title: z.string().min(1),
  /** Province short name as the text writes it: 河南, 山西, 四川 … */
  province: z.string().min(1),
  /** Issuing body, e.g. 共青团河南省委. */
  issuer: z.string().min(1),
  /** 文号 such as 豫青字〔2019〕6号; null when the text has none. */
  docNumber: z.string().nullable(),
  year: z.number().int().min(1949).max(2100),
  /** Document kind from the title's ending: 实施方案, 工作要点, 任务分工方案 … */
  kind: z.string().min(1),
  clauses: z.array(clauseSchema),
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
  /** Source file, relative to the directory that holds the content root. */
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
export type Deadline = z.infer<typeof deadlineSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type ClauseKind = z.infer<typeof clauseKindSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type PolicyDocument = z.infer<typeof documentSchema>;
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;
export type SectionText = z.infer<typeof sectionTextSchema>;
export type DocumentFrontmatter = z.infer<typeof documentFrontmatterSchema>;
export type ExportedClause = z.infer<typeof exportedClauseSchema>;

/**
 * The public JSON shapes, built from the content collection's validated frontmatter.
 * Both go through the shared schema again, so a consumer can rely on the documented shape.
 */
import { documentSchema, exportedClauseSchema, type DocumentFrontmatter, type ExportedClause, type PolicyDocument } from '../schema.ts';

export function toDocumentJson(frontmatter: DocumentFrontmatter): PolicyDocument {
  return documentSchema.parse(frontmatter);
}

export function toClausesJson(documents: readonly DocumentFrontmatter[]): ExportedClause[] {
  return documents.flatMap((d) => d.clauses.map((c) => exportedClauseSchema.parse({ ...c, documentId: d.id })));
}

/** /documents/<id>/clauses.csv: the document's clauses as a task ledger (csv). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../lib/atlas.ts';
import { csvResponse } from '../../../lib/exports/files.ts';
import { documentExportPaths, documentScope } from '../../../lib/exports/scopes.ts';
import type { DocumentFrontmatter } from '../../../lib/schema.ts';

export async function getStaticPaths() {
  return documentExportPaths(await loadAtlas());
}

export const GET: APIRoute = async ({ props, site }) => {
  const { document } = props as { document: DocumentFrontmatter };
  return csvResponse(documentScope(await loadAtlas(), document), site, false);
};

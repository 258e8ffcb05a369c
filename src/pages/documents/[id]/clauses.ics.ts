/** /documents/<id>/clauses.ics: the document's clauses as a task ledger (ics). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../lib/atlas.ts';
import { icsResponse } from '../../../lib/exports/files.ts';
import { documentExportPaths, documentScope } from '../../../lib/exports/scopes.ts';
import type { DocumentFrontmatter } from '../../../lib/schema.ts';

export async function getStaticPaths() {
  return documentExportPaths(await loadAtlas());
}

export const GET: APIRoute = async ({ props, site }) => {
  const { document } = props as { document: DocumentFrontmatter };
  return icsResponse(documentScope(await loadAtlas(), document), site);
};

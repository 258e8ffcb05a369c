/** /documents/<id>/clauses.ics: the document's clauses as a task ledger (ics). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../lib/atlas.ts';
import { icsResponse } from '../../../lib/exports/files.ts';
import { documentScope } from '../../../lib/exports/scopes.ts';
import type { DocumentFrontmatter } from '../../../lib/schema.ts';

export async function getStaticPaths() {
  const atlas = await loadAtlas();
  return atlas.documents.map((document) => ({ params: { id: document.id }, props: { document } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const atlas = await loadAtlas();
  const { document } = props as { document: DocumentFrontmatter };
  return icsResponse(documentScope(atlas, document), site);
};

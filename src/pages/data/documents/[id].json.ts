import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDocuments } from '../../../lib/collection.ts';
import { toDocumentJson } from '../../../lib/exports/json.ts';
import type { DocumentFrontmatter } from '../../../lib/schema.ts';
import { partPaths } from '../../../lib/build-part.ts';

export const getStaticPaths = (async () => {
  const documents = await loadDocuments();
  return partPaths(documents, (d) => d.id).map((d) => ({ params: { id: d.id }, props: { document: d } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const document = (props as { document: DocumentFrontmatter }).document;
  return new Response(JSON.stringify(toDocumentJson(document)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

/** The search page's document filter choices, loaded when the filter is first used (src/scripts/search.ts). */
import type { APIRoute } from 'astro';
import { loadDocuments } from '../../lib/collection.ts';
import { documentChoices } from '../../lib/search-choices.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(documentChoices(await loadDocuments())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

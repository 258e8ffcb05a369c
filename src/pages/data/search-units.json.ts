/** The search page's unit filter choices, loaded when the filter is first used or a query names a unit (src/scripts/search.ts). */
import type { APIRoute } from 'astro';
import { loadDocuments } from '../../lib/collection.ts';
import { unitChoices } from '../../lib/search-choices.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(unitChoices(await loadDocuments())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

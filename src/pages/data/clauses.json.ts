import type { APIRoute } from 'astro';
import { loadDocuments } from '../../lib/collection.ts';
import { toClausesJson } from '../../lib/exports/json.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(toClausesJson(await loadDocuments())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

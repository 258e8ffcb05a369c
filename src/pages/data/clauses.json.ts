import type { APIRoute } from 'astro';
import { loadDocuments } from '../../lib/collection.ts';
import { toClausesJson } from '../../lib/exports.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(toClausesJson(await loadDocuments())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

/**
 * /data/clauses.json: every clause with its document's id. A parameter route only so that one part of
 * a site built in parts makes it (src/lib/build-part.ts).
 */
import type { APIRoute } from 'astro';
import { wholeAtlasPaths } from '../../lib/build-part.ts';
import { loadDocuments } from '../../lib/collection.ts';
import { toClausesJson } from '../../lib/exports/json.ts';

export function getStaticPaths() {
  return wholeAtlasPaths([{ params: { all: 'clauses' } }]);
}

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(toClausesJson(await loadDocuments())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

/**
 * /data/ids.json: every clause id ever published, with its document and status (live, or retired with
 * its successor), so a link kept anywhere can be checked and followed without loading every registry.
 */
import type { APIRoute } from 'astro';
import { loadIdRegistries } from '../../lib/collection.ts';
import { idIndex } from '../../lib/clause-history.ts';

export const GET: APIRoute = async () => {
  const registries = await loadIdRegistries();
  return new Response(JSON.stringify(idIndex(registries.values())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

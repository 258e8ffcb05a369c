/** /data/units.json: the unit registries (curated and seeded), one per province. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas.ts';
import { unitRegistryFiles } from '../../lib/exports/dataset.ts';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  return new Response(JSON.stringify(unitRegistryFiles(atlas.registries.values())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

/** /search/variants.json: traditional → simplified characters for every character the atlas uses (see search-variants.ts). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas.ts';
import { traditionalVariants } from '../../lib/search-variants.ts';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  const texts = atlas.documents.flatMap((d) => [d.title, ...d.clauses.map((c) => c.text)]);
  return new Response(JSON.stringify(traditionalVariants(texts)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

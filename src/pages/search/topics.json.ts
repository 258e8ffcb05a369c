/** /search/topics.json: topic names and their pages, for suggestions when a search finds nothing (loaded only then). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas.ts';
import { topicUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  return new Response(JSON.stringify(atlas.topics.map((t) => ({ name: t.name, url: topicUrl(t.slug) }))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

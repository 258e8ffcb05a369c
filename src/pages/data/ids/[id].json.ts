/** /data/ids/<document id>.json: the document's clause id registry, so others can follow retired ids too. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIdRegistries } from '../../../lib/collection.ts';
import { idRegistrySchema, type IdRegistry } from '../../../lib/schema.ts';
import { partPaths } from '../../../lib/build-part.ts';

export const getStaticPaths = (async () => {
  const registries = await loadIdRegistries();
  return partPaths([...registries.values()], (r) => r.document).map((registry) => ({ params: { id: registry.document }, props: { registry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const registry = idRegistrySchema.parse((props as { registry: IdRegistry }).registry);
  return new Response(JSON.stringify(registry), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

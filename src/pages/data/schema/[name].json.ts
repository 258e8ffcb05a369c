/** /data/schema/<name>.json: the JSON Schema of a published file, made from the project's zod schema. */
import type { APIRoute } from 'astro';
import { DATA_SCHEMAS, jsonSchemaOf, type DataSchemaName } from '../../../lib/exports/dataset.ts';

export function getStaticPaths() {
  return Object.keys(DATA_SCHEMAS).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(jsonSchemaOf(params.name as DataSchemaName), null, 2), { headers: { 'content-type': 'application/schema+json' } });

/** /data/policy-atlas-data.zip: the whole dataset in one archive (the files of /data/ and their schemas). */
import type { APIRoute } from 'astro';
import { zipSync, type Zippable } from 'fflate';
import { loadAtlas } from '../../lib/atlas.ts';
import { loadIdRegistries } from '../../lib/collection.ts';
import { datasetFiles } from '../../lib/exports/dataset.ts';

/** A fixed timestamp for every entry, so the same data gives the same archive. */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  const files = datasetFiles(atlas.documents, atlas.registries.values(), (await loadIdRegistries()).values());
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const [name, content] of files) entries[`policy-atlas-data/${name}`] = [encoder.encode(content), { mtime: ENTRY_TIME }];
  return new Response(zipSync(entries, { level: 9 }), { headers: { 'content-type': 'application/zip' } });
};

/**
 * /data/policy-atlas-data.zip: the whole dataset in one archive (the files of /data/ and their schemas).
 * A parameter route only so that one part of a site built in parts makes it (src/lib/build-part.ts).
 */
import type { APIRoute } from 'astro';
import { wholeAtlasPaths } from '../../lib/build-part.ts';
import { zipSync, type Zippable } from 'fflate';
import { loadAtlas } from '../../lib/atlas.ts';
import { loadIdRegistries } from '../../lib/collection.ts';
import { datasetFiles } from '../../lib/exports/dataset.ts';
import { ZIP_ENTRY_TIME } from '../../lib/exports/xlsx.ts';

export function getStaticPaths() {
  return wholeAtlasPaths([{ params: { archive: 'policy-atlas-data' } }]);
}

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  const files = datasetFiles(atlas.documents, atlas.registries.values(), (await loadIdRegistries()).values());
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const [name, content] of files) entries[`policy-atlas-data/${name}`] = [encoder.encode(content), { mtime: ZIP_ENTRY_TIME }];
  return new Response(zipSync(entries, { level: 9 }), { headers: { 'content-type': 'application/zip' } });
};

/** /units/<province>/<unit>/tasks.ics: the unit's tasks as a ledger (ics). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../../lib/atlas.ts';
import { icsResponse } from '../../../../lib/exports/files.ts';
import { unitExportPaths, unitScope } from '../../../../lib/exports/scopes.ts';
import { partPaths } from '../../../../lib/build-part.ts';

export async function getStaticPaths() {
  return partPaths(unitExportPaths(await loadAtlas()), (p) => `${p.params.province}/${p.params.unit}`);
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const scope = unitScope(await loadAtlas(), (props as { province: string }).province, params.unit!);
  return icsResponse(scope, site);
};

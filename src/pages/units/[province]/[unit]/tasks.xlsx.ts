/** /units/<province>/<unit>/tasks.xlsx: the unit's tasks as a ledger (xlsx). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../../lib/atlas.ts';
import { xlsxResponse } from '../../../../lib/exports/files.ts';
import { unitExportPaths, unitScope } from '../../../../lib/exports/scopes.ts';
import { partPaths } from '../../../../lib/build-part.ts';

export async function getStaticPaths() {
  return partPaths(unitExportPaths(await loadAtlas()), (p) => `${p.params.province}/${p.params.unit}`);
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const scope = unitScope(await loadAtlas(), (props as { province: string }).province, params.unit!);
  return xlsxResponse(scope, site);
};

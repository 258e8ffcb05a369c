/**
 * Builds the sites the tests read once, before the tests that need them (link check, browser tests,
 * exports): dist/ as `npm run build` makes it, and the same site with a public address (SITE_URL)
 * in tests/.output/dist-with-site/ (pages and sitemap; no search index).
 * SKIP_SITE_BUILD=1 reuses existing builds when iterating locally.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST, DIST_WITH_SITE, ROOT, TEST_SITE_URL } from './helpers/site-builds.ts';

export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync(path.join(DIST, 'index.html')) && existsSync(path.join(DIST_WITH_SITE, 'index.html'))) return;
  const quiet: ExecFileSyncOptions = { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync('npm', ['run', '--silent', 'build'], quiet);
  const withSite = { ...process.env, SITE_URL: TEST_SITE_URL, ATLAS_DIST_DIR: DIST_WITH_SITE };
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { ...quiet, env: withSite });
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/site/write-sitemap.ts')], { ...quiet, env: withSite });
}

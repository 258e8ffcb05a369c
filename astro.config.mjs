// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { siteFromEnv } from './src/lib/site-url.ts';
import { CONTENT_DIR, DIST_DIR } from './src/paths.ts';

/** The public address comes from SITE_URL only (see src/lib/site-url.ts); unset, no absolute URL is printed. */
function site() {
  try {
    return siteFromEnv(process.env.SITE_URL);
  } catch (e) {
    console.error(`error: ${/** @type {Error} */ (e).message}`);
    process.exit(1);
  }
}

// The build cache holds one content root's entries; a root given by ATLAS_CONTENT_DIR keeps its own,
// and so does each part of a site built in parts (ATLAS_PART, src/lib/build-part.ts).
const cacheBase = process.env.ATLAS_CONTENT_DIR ? path.join(CONTENT_DIR, '.astro-cache') : './node_modules/.astro';
const part = process.env.ATLAS_PART?.replace('/', '-of-');

export default defineConfig({
  site: site(),
  trailingSlash: 'always',
  // Scripts and styles as files, never inlined: one fixed Content-Security-Policy then fits every
  // page (src/lib/content-security-policy.ts), with no 'unsafe-inline' and no per-page hashes.
  // Four pages in flight: one renders while the others are written to disk (15% faster on 2 cores).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  outDir: DIST_DIR,
  cacheDir: part ? `${cacheBase}-part-${part}` : cacheBase,
  // The MDX bodies hold only elements with ids (scripts/ingest/mdx.ts); with no typographic or GFM
  // rewriting either, no text can turn into other characters or links on its way to the page.
  integrations: [mdx({ smartypants: false, gfm: false })],
  devToolbar: { enabled: false },
  // Pages whose cache key (src/lib/page-keys.ts) and template are unchanged are copied from the last
  // build instead of rendered: after one source changes, the other documents' pages are not redone.
  experimental: { incrementalBuild: true },
});

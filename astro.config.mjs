// @ts-check
import mdx from '@astrojs/mdx';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { siteFromEnv } from './src/lib/site-url.ts';

/** The public address comes from SITE_URL only (see src/lib/site-url.ts); unset, no absolute URL is printed. */
function site() {
  try {
    return siteFromEnv(process.env.SITE_URL);
  } catch (e) {
    console.error(`error: ${/** @type {Error} */ (e).message}`);
    process.exit(1);
  }
}

// Another content root (ATLAS_CONTENT_DIR, see src/content.config.ts) keeps its own build cache beside it;
// each part of a site built in parts (ATLAS_PART, src/lib/build-part.ts) keeps its own.
const contentDir = process.env.ATLAS_CONTENT_DIR;
const cacheBase = contentDir ? path.join(path.resolve(contentDir), '.astro-cache') : './node_modules/.astro';
const part = process.env.ATLAS_PART?.replace('/', '-of-');

export default defineConfig({
  site: site(),
  trailingSlash: 'always',
  // Scripts and styles as files, never inlined: one fixed Content-Security-Policy then fits every
  // page (src/lib/content-security-policy.ts), with no 'unsafe-inline' and no per-page hashes.
  // Four pages in flight: one renders while the others are written to disk (15% faster on 2 cores).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Pages whose cache key (src/lib/page-keys.ts) and template are unchanged are copied from the last
  // build instead of rendered: after one source changes, the other documents' pages are not redone.
  experimental: { incrementalBuild: true },
  cacheDir: part ? `${cacheBase}-part-${part}` : cacheBase,
});

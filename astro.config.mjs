// @ts-check
import mdx from '@astrojs/mdx';
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

export default defineConfig({
  site: site(),
  trailingSlash: 'always',
  // Scripts and styles as files, never inlined: one fixed Content-Security-Policy then fits every
  // page (src/lib/content-security-policy.ts), with no 'unsafe-inline' and no per-page hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://policy-atlas.example',
  trailingSlash: 'always',
  // Scripts and styles as files, never inlined: one fixed Content-Security-Policy then fits every
  // page (src/lib/content-security-policy.ts), with no 'unsafe-inline' and no per-page hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});

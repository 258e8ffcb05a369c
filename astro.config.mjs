// @ts-check
import mdx from '@astrojs/mdx';
import path from 'node:path';
import { defineConfig } from 'astro/config';

// Another content root (ATLAS_CONTENT_DIR, see src/content.config.ts) keeps its own content cache beside it.
const contentDir = process.env.ATLAS_CONTENT_DIR;

export default defineConfig({
  site: 'https://policy-atlas.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  ...(contentDir ? { cacheDir: path.join(path.resolve(contentDir), '.astro-cache') } : {}),
});

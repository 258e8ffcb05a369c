/**
 * Writes dist/sitemap.xml, dist/sitemaps/*.xml and dist/robots.txt after `astro build`: every built page
 * except those that ask not to be indexed (embed views, retired clause ids) and the 404 page.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteFromEnv } from '../../src/lib/site-url.ts';
import { sitemapFiles } from '../../src/lib/sitemap.ts';
import { DIST_DIR } from '../../src/paths.ts';

/** The build to write into: ATLAS_DIST_DIR or dist/ (src/paths.ts). */
const dist = DIST_DIR;
const NOINDEX = /<meta name="robots" content="noindex"/;

/** The first 4 KB of a page, where its head is: enough for the robots meta, without reading large pages whole. */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(4096);
    return bytes.subarray(0, readSync(fd, bytes, 0, 4096, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function pagePaths(): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    if (NOINDEX.test(head(file))) continue;
    const relative = path.relative(dist, entry.parentPath).split(path.sep).join('/');
    paths.push(relative ? `/${relative}/` : '/');
  }
  return paths.sort();
}

let site: string | undefined;
try {
  site = siteFromEnv(process.env.SITE_URL);
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  process.exit(1);
}
const files = sitemapFiles(pagePaths(), site ? new URL(site) : undefined);
for (const [name, content] of files) {
  mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
  writeFileSync(path.join(dist, name), content);
}

/**
 * The built sites the tests read: dist/ (the default build, no public address) and a second build
 * with a public address (SITE_URL), for what only exists with one: canonical links, absolute
 * permalinks in citations and exports, QR codes, the sitemap. Both are built once by tests/global-setup.ts.
 */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
/** A reserved test domain: never a real site. */
export const TEST_SITE_URL = 'https://atlas.tuanwei.test';
export const DIST_WITH_SITE = path.join(ROOT, 'tests/.output/dist-with-site');

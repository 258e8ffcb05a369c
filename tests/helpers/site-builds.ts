/**
 * The built sites the tests read: dist/ (the default build, no public address) and a second build
 * with a public address (SITE_URL), for what only exists with one: canonical links, absolute
 * permalinks in citations and exports, QR codes, the sitemap. Both are built once by tests/global-setup.ts.
 * ATLAS_DIST_DIR and ATLAS_CONTENT_DIR (src/paths.ts) point the checks of a built site at another one,
 * such as a large benchmark build: SKIP_SITE_BUILD=1 ATLAS_DIST_DIR=… ATLAS_CONTENT_DIR=… vitest run tests/site/links.test.ts
 */
import path from 'node:path';
import { DIST_DIR } from '../../src/paths.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = DIST_DIR;
/** A reserved test domain: never a real site. */
export const TEST_SITE_URL = 'https://atlas.tuanwei.test';
export const DIST_WITH_SITE = path.join(ROOT, 'tests/.output/dist-with-site');

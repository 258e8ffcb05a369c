/**
 * Where the atlas reads its content and writes its site. ATLAS_CONTENT_DIR (default <project>/content,
 * holding sources/, units/, documents/ and data/) and ATLAS_DIST_DIR (default <project>/dist) let a
 * site be built from other sources without touching the project's own; the tests do that.
 * The ingester, the content collections, the build and the search index all follow these two.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fromEnv(value: string | undefined, fallback: string): string {
  return value ? path.resolve(value) : path.join(PROJECT_ROOT, fallback);
}

export const CONTENT_DIR = fromEnv(process.env.ATLAS_CONTENT_DIR, 'content');
export const DIST_DIR = fromEnv(process.env.ATLAS_DIST_DIR, 'dist');

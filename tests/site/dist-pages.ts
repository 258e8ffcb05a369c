/** Reading the built site (dist/) as files: its HTML pages, their URL paths, attribute values. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../helpers/site-builds.ts';

export { DIST };

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

export function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The URL path of a file in a build (dist/documents/x/index.html → /documents/x/). */
export function urlPathOf(file: string, root = DIST): string {
  const rel = '/' + path.relative(root, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/**
 * Link check over the built site: every internal href/src resolves to a file in dist/
 * (a directory means its index.html) and every #fragment is an id in the target page.
 * Also: one permalink page per exported clause, one task view per registry unit, lang="zh-CN" everywhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clauseInDocumentUrl, clauseUrl, DATA_CLAUSES_URL, unitUrl } from '../../src/lib/urls.ts';
import { CONTENT_DIR } from '../../src/paths.ts';
import { decodeEntities, DIST, htmlFiles, urlPathOf } from './dist-pages.ts';


/** Every href and src attribute value of the page's elements (script bodies hold code, not links). */
export function linkTargets(html: string): string[] {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
  return [...markup.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeEntities(m[1] ?? m[2] ?? ''));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')));
}

/** The file a URL path is served from, or undefined. */
function fileFor(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(DIST, decoded);
  if (!file.startsWith(DIST)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

const pages = new Map<string, string>();
const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) idCache.set(file, (ids = idsOf(pages.get(file) ?? readFileSync(file, 'utf8'))));
  return ids;
}

beforeAll(() => {
  for (const file of htmlFiles(DIST)) pages.set(file, readFileSync(file, 'utf8'));
});

describe('built site links', () => {
  it('has pages to check', () => {
    expect(pages.size).toBeGreaterThan(10);
  });

  it('resolves every internal href/src and #fragment', () => {
    const broken: string[] = [];
    for (const [file, html] of pages) {
      const base = new URL(urlPathOf(file), 'http://127.0.0.1');
      for (const target of linkTargets(html)) {
        if (target === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target)) continue; // external, mailto:, data:
        const url = new URL(target, base);
        const targetFile = fileFor(url.pathname);
        const where = `${urlPathOf(file)} → ${target}`;
        if (!targetFile) {
          broken.push(`${where} (no file)`);
          continue;
        }
        if (url.hash && url.hash !== '#') {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!targetFile.endsWith('.html') || !idsIn(targetFile).has(id)) broken.push(`${where} (no id “${id}”)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page lang="zh-CN"', () => {
    const missing = [...pages].filter(([, html]) => !/<html[^>]*\slang="zh-CN"/.test(html)).map(([file]) => urlPathOf(file));
    expect(missing).toEqual([]);
  });

  it('has a 404 page', () => {
    expect(existsSync(path.join(DIST, '404.html'))).toBe(true);
  });
});

describe('coverage of the data', () => {
  const clauses = () => JSON.parse(readFileSync(fileFor(DATA_CLAUSES_URL)!, 'utf8')) as { id: string; documentId: string }[];

  it('has a permalink page for every clause in /data/clauses.json', () => {
    const list = clauses();
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((c) => !fileFor(clauseUrl(c.id))).map((c) => c.id)).toEqual([]);
  });

  it('puts every clause in its document page as an element with the clause id', () => {
    const missing = clauses().filter((c) => {
      const url = new URL(clauseInDocumentUrl(c.documentId, c.id), 'http://127.0.0.1');
      const file = fileFor(url.pathname);
      return !file || !idsIn(file).has(c.id);
    });
    expect(missing.map((c) => c.id)).toEqual([]);
  });

  it('has a task view for every unit of every registry', () => {
    const dir = path.join(CONTENT_DIR, 'units');
    const missing: string[] = [];
    const empty: string[] = [];
    let count = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const registry = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { province: string; units: { slug: string }[] };
      for (const unit of registry.units) {
        count++;
        const url = unitUrl(registry.province, unit.slug);
        const file = fileFor(url);
        if (!file) missing.push(url);
        // A registry unit that no clause tags or names would be an empty page: keep the registry to what the texts say.
        else if (!readFileSync(file, 'utf8').includes('class="clause-card')) empty.push(url);
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    expect(empty).toEqual([]);
  });
});

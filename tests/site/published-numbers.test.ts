/**
 * What the built site says about clause numbers and about its own address:
 * - no page and no search result calls a clause 第N条 unless the source text itself says so
 *   (the reading order n is data, never a number shown);
 * - every clause page is headed with the document's title and the clause's place as printed;
 * - a build without SITE_URL prints no placeholder or local address and no canonical link;
 * - a build with SITE_URL puts that address in canonical links, citations and the copy script,
 *   and a malformed SITE_URL stops the build with one line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedClause, PolicyDocument } from '../../src/lib/schema.ts';
import { clauseCitation, withPermalink } from '../../src/lib/citation.ts';
import { clauseUrl } from '../../src/lib/urls.ts';
import { DIST, DIST_WITH_SITE, ROOT, TEST_SITE_URL } from '../helpers/site-builds.ts';


/** `astro build` into another directory, on the Node that runs the tests. */
function astroBuild(outDir: string, siteUrl: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, SITE_URL: siteUrl },
    encoding: 'utf8',
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** The text a reader sees: no scripts, styles or tags; entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** What search results show of each clause (scripts/site/index-search.ts writes one file per clause). */
function searchResults(): string[] {
  return filesUnder(path.join(DIST, 'search/c')).map((f) => readFileSync(f, 'utf8'));
}

const sourceText = filesUnder(path.join(ROOT, 'content/sources'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(f, 'utf8').replace(/\s+/g, ''))
  .join('\n');

/** "第27条" where the sources never write it: a number the site made up. */
function madeUpArticleNumbers(text: string): string[] {
  return [...text.matchAll(/第\s*[0-9０-９]+\s*条/g)].map((m) => m[0].replace(/\s+/g, '')).filter((n) => !sourceText.includes(n));
}

const htmlFiles = filesUnder(DIST).filter((f) => f.endsWith('.html'));

describe('clause numbers on the built site', () => {
  it('shows no 第N条 that the sources do not print, on any page', () => {
    expect(htmlFiles.length).toBeGreaterThan(100);
    const found = htmlFiles.flatMap((f) => madeUpArticleNumbers(visibleText(readFileSync(f, 'utf8'))).map((n) => `${path.relative(DIST, f)}: ${n}`));
    expect(found).toEqual([]);
  });

  it('shows no 第N条 in search results', () => {
    const results = searchResults();
    expect(results.length).toBeGreaterThan(100);
    const found = results.flatMap((json) => {
      const { url, doc, place } = JSON.parse(json) as { url: string; doc: string; place: string };
      return madeUpArticleNumbers(`${doc} ${place}`).map((n) => `${url}: ${n}`);
    });
    expect(found).toEqual([]);
  });

  it('heads every clause page with the full document title and the clause’s place as printed', () => {
    const clauses = JSON.parse(readFileSync(path.join(DIST, 'data/clauses.json'), 'utf8')) as ExportedClause[];
    const titles = new Map(
      readdirSync(path.join(DIST, 'data/documents')).map((f) => {
        const d = JSON.parse(readFileSync(path.join(DIST, 'data/documents', f), 'utf8')) as PolicyDocument;
        return [d.id, d.title];
      }),
    );
    const wrong = clauses.filter((c) => {
      const html = readFileSync(path.join(DIST, clauseUrl(c.id), 'index.html'), 'utf8');
      const h1 = visibleText(/<h1[\s\S]*?<\/h1>/.exec(html)?.[0] ?? '').replace(/\s+/g, '');
      return h1 !== `${titles.get(c.documentId)}${c.place}`;
    });
    expect(wrong.map((c) => c.id)).toEqual([]);
  });
});

/** Host names that stand for no real site: reserved example domains and this machine. */
const PLACEHOLDER_HOST = /[a-z0-9-]+\.example\b|\bexample\.(?:com|org|net)\b|\blocalhost\b|127\.0\.0\.1/i;

describe('the site’s address without SITE_URL', () => {
  it('appears nowhere: no placeholder or local host in any file of dist/', () => {
    const found = filesUnder(DIST)
      .filter((f) => /\.(?:html|js|json|css|xml|txt|webmanifest)$/.test(f))
      .flatMap((f) => {
        const m = PLACEHOLDER_HOST.exec(readFileSync(f, 'utf8'));
        return m ? [`${path.relative(DIST, f)}: ${m[0]}`] : [];
      });
    expect(found).toEqual([]);
  });

  it('prints no canonical link, and citations end with the permalink path', () => {
    const withCanonical = htmlFiles.filter((f) => /rel="canonical"/.test(readFileSync(f, 'utf8')));
    expect(withCanonical).toEqual([]);
    const clause = (JSON.parse(readFileSync(path.join(DIST, 'data/clauses.json'), 'utf8')) as ExportedClause[])[0]!;
    const html = readFileSync(path.join(DIST, clauseUrl(clause.id), 'index.html'), 'utf8');
    expect(visibleText(/<p class="citation-text"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '')).toMatch(new RegExp(` ${clauseUrl(clause.id)}$`));
  });
});

describe('the site’s address from SITE_URL', () => {
  const SITE = TEST_SITE_URL;
  const out = DIST_WITH_SITE;
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'atlas-site-url-'));
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('gives canonical links and citations at that address, and the copy script copies it', () => {
    const documents = new Map(
      readdirSync(path.join(out, 'data/documents')).map((f) => {
        const d = JSON.parse(readFileSync(path.join(out, 'data/documents', f), 'utf8')) as PolicyDocument;
        return [d.id, d];
      }),
    );
    const clause = (JSON.parse(readFileSync(path.join(out, 'data/clauses.json'), 'utf8')) as ExportedClause[]).at(-1)!;
    const html = readFileSync(path.join(out, clauseUrl(clause.id), 'index.html'), 'utf8');
    const permalink = `${SITE}${clauseUrl(clause.id)}`;
    expect(html).toContain(`<link rel="canonical" href="${permalink}">`);
    const citation = visibleText(/<p class="citation-text"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '');
    expect(citation).toBe(withPermalink(clauseCitation(documents.get(clause.documentId)!, clause), permalink));
    const scripts = [html, ...filesUnder(path.join(out, '_astro')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8'))];
    expect(scripts.some((s) => s.includes('data-copy-path') || s.includes('copyPath')) && scripts.some((s) => s.includes(SITE))).toBe(true);
  });

  it('stops the build with one line when SITE_URL is not an origin', () => {
    const bad = astroBuild(scratch, 'atlas.tuanwei.test/clauses');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('error: SITE_URL “atlas.tuanwei.test/clauses” is not an absolute address; expected e.g. https://atlas.example.org');
  });
});

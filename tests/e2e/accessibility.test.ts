/**
 * axe-core in Chromium over one page of every page type of the built site, at desktop and phone width:
 * no critical, serious or moderate violations.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openSite, type SiteSession } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page per route family: each top-level section's index and its first page at each depth. */
function pageTypes(): string[] {
  const pages = new Set(['/', '/search/?q=学社衔接', '/search/?q=没有这个词组合', '/404.html']);
  for (const top of readdirSync(DIST, { withFileTypes: true })) {
    if (!top.isDirectory() || ['_astro', 'data', 'sitemaps'].includes(top.name) || top.name.startsWith('pagefind')) continue;
    const found = readdirSync(path.join(DIST, top.name), { recursive: true }).map(String).filter((f) => f.endsWith('index.html')).sort();
    const byDepth = new Map<number, string>();
    for (const f of found) {
      const depth = f.split(path.sep).length;
      if (!byDepth.has(depth)) byDepth.set(depth, f);
    }
    for (const f of byDepth.values()) pages.add(`/${top.name}/${path.dirname(f).split(path.sep).join('/')}/`.replace(/\/\.\/$/, '/'));
  }
  return [...pages];
}

describe('accessibility (axe-core in Chromium)', () => {
  let site: SiteSession;

  beforeAll(async () => {
    site = await openSite();
  });

  afterAll(async () => {
    await site.close();
  });

  // Every page type at desktop width; at phone width the types whose layout changes most.
  it.each([
    [1280, 'every page type', () => pageTypes()],
    [390, 'the phone layouts', () => pageTypes().filter((p) => /^\/(clauses|units|targets|topics|timeline)\/[^/]+\/$/.test(p))],
  ])('finds no critical, serious or moderate violation at %i px on %s', async (width, _name, pagesOf) => {
    const page = await site.newPage(width, { injectsScripts: true });
    const found: string[] = [];
    const types = pagesOf();
    expect(types.length).toBeGreaterThan(width < 600 ? 3 : 15);
    for (const urlPath of types) {
      await page.goto(site.server.url + urlPath, { waitUntil: 'networkidle' });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      for (const v of violations) if (['critical', 'serious', 'moderate'].includes(v.impact)) found.push(`${urlPath}: ${v.impact} ${v.id} ×${v.nodes}`);
    }
    expect(found).toEqual([]);
    await page.context().close();
  });
});

/**
 * A clause in courseware: the embed view renders alone inside an iframe of another page, its links open
 * in the top window, and the clause page copies the iframe snippet that shows it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { embedSnippet } from '../../src/lib/embed.ts';
import { clauseEmbedUrl, clauseUrl } from '../../src/lib/urls.ts';
import { builtClauses, openSite, type SiteSession } from './browser.ts';

const clauses = builtClauses();
const tagged = clauses.find((c) => c.units.length > 0 && c.deadlines.length > 0) ?? clauses[0]!;

describe('embed view (Chromium, built site)', () => {
  let site: SiteSession;

  beforeAll(async () => {
    site = await openSite();
  });

  afterAll(async () => {
    await site.close();
  });

  it('shows the clause and its tags alone inside an iframe, and its link opens the clause page in the top window', async () => {
    const page = await site.newPage(1280);
    // The host page is courseware served from another origin (another port) that pastes the snippet:
    // the embed view lets any site frame it.
    const html = `<!doctype html><html lang="zh-CN"><body><h1>课件</h1>${embedSnippet(site.server.url + clauseEmbedUrl(tagged.id), tagged.place)}</body></html>`;
    const courseware = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => courseware.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => courseware.close(() => resolve())));
    await page.goto(`http://127.0.0.1:${(courseware.address() as AddressInfo).port}/lesson/`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.embed-clause').textContent()).resolves.toContain(tagged.text.split('\n')[0]!.slice(0, 20));
    expect(await frame.locator('.clause-tags .chip').count()).toBeGreaterThan(0);
    expect(await frame.locator('.site-header, .site-footer, nav').count()).toBe(0);
    const box = await page.locator('iframe').boundingBox();
    const content = await frame.locator('.embed-clause').boundingBox();
    expect(content!.width).toBeLessThanOrEqual(box!.width);
    await frame.locator('.embed-link a').click();
    await page.waitForURL(site.server.url + clauseUrl(tagged.id));
    expect(await page.locator('h1 .clause-page-place').textContent()).toBe(tagged.place);
    await page.context().close();
  });

  it('copies the iframe snippet from the clause page', async () => {
    const page = await site.newPage(390);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    await page.goto(site.server.url + clauseUrl(tagged.id));
    const button = page.locator('button.copy-button[data-label="复制嵌入代码"]');
    await button.click();
    await button.locator('text=已复制').waitFor({ timeout: 5_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^<iframe src="${site.server.url}${clauseEmbedUrl(tagged.id)}" title="[^"]+"`));
    await page.context().close();
  });
});

/**
 * The search page in real Chromium: keyboard-only use from the header search box, result links to
 * clause permalinks, filters, shareable URLs, the empty state, escaping, and the phone layout.
 * Screenshots of a results page go to tests/.output/screenshots/search-390.png and search-1280.png.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtClauses, DIST, openSite, resultClauseIds, type SiteSession } from './browser.ts';

const SHOTS = path.resolve(import.meta.dirname, '../.output/screenshots');
const clauses = builtClauses();
const provinceOf = new Map<string, string>();
for (const file of readdirSync(path.join(DIST, 'data/documents'))) {
  const doc = JSON.parse(readFileSync(path.join(DIST, 'data/documents', file), 'utf8')) as { id: string; province: string };
  provinceOf.set(doc.id, doc.province);
}
const clauseProvince = new Map(clauses.map((c) => [c.id, provinceOf.get(c.documentId)]));
const firstDocument = clauses[0]!.documentId;

async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => /^(找到|未找到|共)/.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
    timeout: 15_000,
  });
  return (await page.textContent('#search-status')) ?? '';
}

/**
 * Serves the search page without its clause table, as a large atlas builds it (search-records.ts
 * hasClauseTable): the hits are then listed a batch at a time.
 */
async function withoutClauseTable(page: Page): Promise<Page> {
  await page.route(
    (url) => url.pathname === '/search/',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/ data-table="[^"]*"/, '') });
    },
  );
  return page;
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('search page (Chromium, built site)', () => {
  let site: SiteSession;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('works with the keyboard alone: header box → search page → clause permalink', async () => {
    const page = await site.newPage(1280);
    await page.goto(`${site.server.url}/documents/${firstDocument}/`);
    await tabTo(page, 'header input[name="q"]');
    await page.keyboard.type('学社衔接');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=学社衔接');
    expect(await settled(page)).toContain('找到 4 条');
    expect(await page.inputValue('#search-q')).toBe('学社衔接');
    const first = (await resultClauseIds(page))[0]!;
    await tabTo(page, '[data-clause-id]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-clause-id'))).toBe(first);
    // Focus is visible on the result link.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`/clauses/${first}/`);
    expect(response?.status()).toBe(200);
    await page.context().close();
  });

  it('submits from the search page itself and keeps the query in the URL', async () => {
    const page = await site.newPage(1280);
    await page.goto(`${site.server.url}/search/`);
    expect(await page.$$('[data-clause-id]')).toHaveLength(0);
    await page.focus('#search-q');
    await page.keyboard.type('团青比');
    await page.keyboard.press('Enter');
    expect(await settled(page)).toContain('找到 3 条');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=团青比');
    expect(await page.$$eval('#search-results mark', (m) => m.map((e) => e.textContent))).toContain('团青比');
    await page.context().close();
  });

  it('labels the input, announces the count and renders links only inside the result list', async () => {
    const page = await site.newPage(1280);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('推优')}`);
    await settled(page);
    expect(await page.$eval('label[for="search-q"]', (l) => l.textContent)).toBe('搜索条款');
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    const outside = await page.$$eval('[data-clause-id]', (els) => els.filter((e) => !e.closest('#search-results') || e.tagName !== 'A').length);
    expect(outside).toBe(0);
    await page.context().close();
  });

  it('narrows results with filters, from the URL and from the select', async () => {
    const page = await site.newPage(1280);
    const hits = async () => Number(await page.getAttribute('#search-results', 'data-hits'));
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('团员')}`);
    await settled(page);
    const all = await hits();
    const firstScreen = await resultClauseIds(page);
    expect(firstScreen.length).toBeLessThanOrEqual(all);

    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('团员')}&province=${encodeURIComponent('山西')}`);
    await settled(page);
    const shanxi = await hits();
    expect(shanxi).toBeGreaterThan(0);
    expect(shanxi).toBeLessThan(all);
    const shown = await resultClauseIds(page);
    expect(shown.every((id) => clauseProvince.get(id) === '山西')).toBe(true);
    expect(await page.inputValue('#search-filter-province')).toBe('山西');
    expect(await page.textContent('#search-status')).toContain(`找到 ${shanxi} 条`);

    // Choosing a kind from the select narrows further and lands in the URL.
    await page.selectOption('#search-filter-kind', '目标');
    await page.waitForURL(/kind=/);
    await page.waitForFunction((n) => Number(document.querySelector('#search-results')?.getAttribute('data-hits')) < n, shanxi);
    const goals = await resultClauseIds(page);
    expect(goals.length).toBeGreaterThan(0);
    expect(goals.every((id) => clauseProvince.get(id) === '山西' && clauses.find((c) => c.id === id)!.kind === 'goal')).toBe(true);
    await page.context().close();
  });

  it('lists a document\'s clauses by the document filter alone, its choices loaded when first used', async () => {
    const page = await site.newPage(1280);
    const title = JSON.parse(readFileSync(path.join(DIST, 'data/documents', `${firstDocument}.json`), 'utf8')).title as string;
    await page.goto(`${site.server.url}/search/`);
    const loaded = page.waitForResponse((r) => r.url().endsWith('/data/search-documents.json'));
    await page.focus('#search-filter-document');
    await loaded;
    await page.selectOption('#search-filter-document', title);
    expect(await settled(page)).toContain(`共 ${clauses.filter((c) => c.documentId === firstDocument).length} 条`);
    expect((await resultClauseIds(page)).every((id) => id.startsWith(firstDocument))).toBe(true);
    await page.context().close();
  });

  it('lists every hit at once on an atlas this size, each with its text once it comes near the screen', async () => {
    const page = await site.newPage(390);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('团员')}`);
    await settled(page);
    const total = Number(await page.getAttribute('#search-results', 'data-hits'));
    expect(total).toBeGreaterThan(20);
    const ids = await resultClauseIds(page);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(await page.isVisible('#search-more')).toBe(false);
    const excerpts = page.locator('.search-hit-excerpt');
    expect(await excerpts.first().textContent()).toContain('团员');
    // The last hit is far below the screen: its text is loaded when it comes near.
    expect(await excerpts.last().textContent()).toBe('');
    await page.locator('.search-hit').last().scrollIntoViewIfNeeded();
    await expect.poll(() => excerpts.last().textContent()).toContain('团员');
    await page.context().close();
  });

  it('without the clause table (a large atlas), lists a screen’s worth and more on request, each once', async () => {
    const page = await withoutClauseTable(await site.newPage(1280));
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('团员')}`);
    await settled(page);
    const total = Number(await page.getAttribute('#search-results', 'data-hits'));
    expect(await resultClauseIds(page)).toHaveLength(5);
    // The hits appended go below what is on screen; the screen stays where it was.
    await page.locator('#search-more').scrollIntoViewIfNeeded();
    const fifth = page.locator('[data-clause-id]').nth(4);
    const top = (await fifth.boundingBox())!.y;
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('[data-clause-id]').length > 5);
    expect(Math.abs((await fifth.boundingBox())!.y - top)).toBeLessThan(2);
    while (await page.isVisible('#search-more')) {
      const before = (await resultClauseIds(page)).length;
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('[data-clause-id]').length > n, before);
    }
    const ids = await resultClauseIds(page);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(await page.locator('.search-hit-excerpt').last().textContent()).toContain('团员');
    await page.context().close();
  });

  it('says so in Chinese when nothing matches, and escapes the query', async () => {
    const page = await site.newPage(1280);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>团结青年比学')}`);
    expect(await settled(page)).toMatch(/^未找到/);
    expect(await page.$$('#search-results img, #search-status img')).toHaveLength(0);
    await page.context().close();
  });

  /** Opens a result far down the list, goes Back, and expects that result where it was on the screen. */
  async function backToSamePlace(page: Page): Promise<void> {
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('团干部')}`);
    await settled(page);
    const links = page.locator('#search-results a');
    while ((await links.count()) <= 15) {
      const shown = await links.count();
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results a').length > n, shown);
    }
    await links.nth(15).evaluate((a) => a.scrollIntoView({ block: 'start', behavior: 'instant' }));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    // Texts coming in for the hits above (with the clause table) do not move what is on screen.
    const top = (await links.nth(15).boundingBox())!.y;
    await page.waitForTimeout(500);
    expect(Math.abs((await links.nth(15).boundingBox())!.y - top)).toBeLessThan(2);
    const id = await links.nth(15).getAttribute('data-clause-id');
    const shownBefore = await links.count();
    await links.nth(15).click();
    await page.waitForURL(/\/clauses\//);
    await page.goBack();
    await settled(page);
    expect(await links.count()).toBe(shownBefore);
    const back = page.locator(`#search-results a[data-clause-id="${id}"]`);
    await expect.poll(async () => Math.abs((await back.boundingBox())!.y - top), { timeout: 5_000 }).toBeLessThan(50);
  }

  it('returns to the same place in the list on Back from a result', async () => {
    const page = await site.newPage(390);
    await backToSamePlace(page);
    await page.context().close();
  });

  it('returns to the same place on Back without the clause table, with as many results shown', async () => {
    const page = await withoutClauseTable(await site.newPage(390));
    await backToSamePlace(page);
    await page.context().close();
  });

  it('loads the 部门 choices when the filter is first used, under their provinces', async () => {
    const page = await site.newPage(1280);
    await page.goto(`${site.server.url}/search/`);
    expect(await page.locator('#search-filter-unit option').count()).toBe(1);
    const loaded = page.waitForResponse((r) => r.url().endsWith('/data/search-units.json'));
    await page.focus('#search-filter-unit');
    await loaded;
    await page.locator('#search-filter-unit optgroup[label="山西"] option[value="山西·宣传部"]').waitFor({ state: 'attached' });
    expect(await page.locator('#search-filter-unit optgroup').evaluateAll((els) => els.map((e) => (e as HTMLOptGroupElement).label))).toEqual(expect.arrayContaining(['河南', '山西']));
    await page.selectOption('#search-filter-unit', '山西·宣传部');
    expect(await settled(page)).toMatch(/^共 \d+ 条/);
    expect(new URL(page.url()).searchParams.get('unit')).toBe('山西·宣传部');
    await page.context().close();
  });

  it('keeps units of different provinces apart in the 部门 filter', async () => {
    const page = await site.newPage(1280);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('宣传部')}`);
    await settled(page);
    const options = await page.locator('#search-filter-unit option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).toContain('河南·宣传部');
    expect(options).toContain('山西·宣传部');
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('宣传部')}&unit=${encodeURIComponent('山西·宣传部')}`);
    await settled(page);
    const metas = await page.locator('#search-results .search-hit-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((m) => m.startsWith('山西'))).toBe(true);
    await page.context().close();
  });

  it('offers the nearest topics when nothing matches', async () => {
    const page = await site.newPage(1280);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('智慧团建平台升级')}`);
    expect(await settled(page)).toMatch(/^未找到/);
    await page.locator('#search-suggestions a').first().waitFor();
    expect(await page.locator('#search-suggestions a').allTextContents()).toContain('智慧团建');
    await page.context().close();
  });

  it('fits a 390 px phone screen without horizontal overflow (screenshots saved)', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [390, 1280]) {
      const page = await site.newPage(width);
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('学社衔接')}`);
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `overflow at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SHOTS, `search-${width}.png`), fullPage: true });
      await page.context().close();
    }
  });
});

/**
 * The timeline's filters in Chromium: a filter given in the URL shows only its entries, and choosing
 * one keeps the URL in step, so a filtered view can be shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openSite, type SiteSession } from './browser.ts';

/** The year whose page lists entries of the most provinces (a year split by province lists none). */
const provincesOn = (year: string) => new Set(readFileSync(path.join(DIST, 'timeline', year, 'index.html'), 'utf8').match(/data-province="[^"]*"/g)).size;
const year = readdirSync(path.join(DIST, 'timeline'))
  .filter((n) => /^\d{4}$/.test(n))
  .sort((a, b) => provincesOn(b) - provincesOn(a))[0]!;

describe('timeline filters (Chromium, built site)', () => {
  let site: SiteSession;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('show only the entries of the province named in the URL, and say how many', async () => {
    const page = await site.newPage(390);
    await page.goto(`${site.server.url}/timeline/${year}/`);
    const entries = page.locator('.timeline-entry');
    const provinces = await entries.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.province!));
    expect(new Set(provinces).size).toBeGreaterThan(1);
    const province = provinces[provinces.length - 1]!;
    const expected = provinces.filter((p) => p === province).length;

    await page.goto(`${site.server.url}/timeline/${year}/?province=${province}`);
    await expect.poll(() => page.locator('.timeline-entry:visible').count()).toBe(expected);
    expect(await page.locator('.timeline-entry:visible').evaluateAll((els) => els.every((e) => (e as HTMLElement).dataset.province === new URLSearchParams(location.search).get('province')))).toBe(true);
    expect(await page.textContent('[data-timeline-count]')).toContain(`筛选后显示${expected}项`);
    await page.context().close();
  });

  it('write a chosen filter into the URL', async () => {
    const page = await site.newPage(1280);
    await page.goto(`${site.server.url}/timeline/${year}/`);
    const document = await page.locator('.timeline-entry').first().getAttribute('data-document');
    await page.selectOption('select[name="document"]', document!);
    await expect.poll(() => new URL(page.url()).searchParams.get('document')).toBe(document);
    expect(await page.locator('.timeline-entry:visible').evaluateAll((els, id) => els.every((e) => (e as HTMLElement).dataset.document === id), document)).toBe(true);
    await page.context().close();
  });
});

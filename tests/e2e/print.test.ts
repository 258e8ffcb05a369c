/**
 * Printing in Chromium (print media): a clause page and a unit's task view keep their text and tags and
 * lose navigation, search, buttons and related lists; tags stay legible without colour fills; each card
 * prints its permalink and every page its source and build date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clauseUrl } from '../../src/lib/urls.ts';
import { builtClauses, openSite, type SiteSession } from './browser.ts';

const clauses = builtClauses();
const led = clauses.find((c) => c.units.some((u) => u.role === 'lead'))!;

async function printed(site: SiteSession, urlPath: string): Promise<Page> {
  const page = await site.newPage(1280);
  await page.emulateMedia({ media: 'print' });
  await page.goto(site.server.url + urlPath);
  return page;
}

async function hidden(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluateAll((els) => els.every((el) => getComputedStyle(el).display === 'none' || (el as HTMLElement).offsetParent === null));
}

describe('print (Chromium, built site)', () => {
  let site: SiteSession;

  beforeAll(async () => {
    site = await openSite();
  });

  afterAll(async () => {
    await site.close();
  });

  it('prints a clause page without navigation, buttons or related lists, tags in black on white', async () => {
    const page = await printed(site, clauseUrl(led.id));
    for (const selector of ['.site-header', '.site-footer', 'button', '.pager', '#related-title', '.search-form']) {
      expect(await hidden(page, selector), selector).toBe(true);
    }
    const lead = page.locator('.chip-lead').first();
    const style = await lead.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }));
    expect(style).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)' });
    expect(await page.locator('.print-permalink').first().textContent()).toContain(clauseUrl(led.id));
    expect(await page.locator('.print-footer').textContent()).toMatch(/构建于 \d{4}-\d{2}-\d{2}/);
    expect(await page.locator('.clause-text').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('prints a unit’s task view with every card and its permalink, without the sort switch', async () => {
    // The page of the unit that leads `led`: its lead chip links there.
    const clausePage = await site.newPage(1280);
    await clausePage.goto(site.server.url + clauseUrl(led.id));
    const href = await clausePage.locator('a.chip-lead').first().getAttribute('href');
    await clausePage.context().close();
    const page = await printed(site, href!);
    expect(await hidden(page, '.sort-control')).toBe(true);
    expect(await hidden(page, '.export-links')).toBe(true);
    const cards = await page.locator('[data-order="document"] .clause-card').count();
    expect(await page.locator('[data-order="document"] .print-permalink').count()).toBe(cards);
    expect(cards).toBeGreaterThan(0);
    await page.context().close();
  });
});

/**
 * Navigation in real Chromium over the built site: document → unit chip → department view;
 * clause permalink → back to the spot in the document; copying a clause link; switching a
 * department view's order; no horizontal scrolling at phone width.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseUrl, documentUrl } from '../../src/lib/urls.ts';
import { builtClauses, DIST, openSite, type SiteSession } from './browser.ts';

const clauses = builtClauses();
const taggedClause = clauses.find((c) => c.units.some((u) => u.role === 'lead'))!;

describe('navigation (Chromium, built site)', () => {
  let site: SiteSession;

  beforeAll(async () => {
    site = await openSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  it('follows a unit chip from a document to the department view and finds the clause there', async () => {
    const page = await site.newPage(1280);
    await page.goto(site.server.url + documentUrl(taggedClause.documentId));
    const card = page.locator(`article[id="${taggedClause.id}"]`);
    const chip = card.locator('a.chip-lead').first();
    const unitName = (await chip.locator('.chip-name').textContent())!.trim();
    await chip.click();
    await page.waitForURL(/\/units\/[a-z]+\/[a-z0-9-]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(unitName);
    const link = page.locator(`#lead ~ * a[href="${clauseUrl(taggedClause.id)}"]`).first();
    await expect(link.isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('goes from a clause permalink back to its spot in the document', async () => {
    const clause = clauses[Math.floor(clauses.length / 2)]!;
    const page = await site.newPage(390);
    await page.goto(site.server.url + clauseUrl(clause.id));
    await page.getByRole('link', { name: '回到原文中的本条位置' }).click();
    await page.waitForURL((url) => url.pathname === documentUrl(clause.documentId) && url.hash === `#${clause.id}`);
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      if (!el) return null;
      const box = el.getBoundingClientRect();
      return { id: el.id, tag: el.tagName, top: box.top, bottom: box.bottom, viewport: window.innerHeight };
    });
    expect(target).not.toBeNull();
    expect(target!.id).toBe(clause.id);
    expect(target!.tag).toBe('ARTICLE');
    // Scrolled to the clause: its top is inside the viewport.
    expect(target!.top).toBeGreaterThanOrEqual(0);
    expect(target!.top).toBeLessThan(target!.viewport);
    await page.context().close();
  });

  it('copies the absolute clause permalink and says 已复制', async () => {
    const clause = clauses[3]!;
    const page = await site.newPage(1280);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    await page.goto(site.server.url + documentUrl(clause.documentId));
    const button = page.locator(`article[id="${clause.id}"] button.copy-link`);
    await button.click();
    // The label changes once the asynchronous clipboard write has finished.
    await button.locator('text=已复制').waitFor({ timeout: 5_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(site.server.url + clauseUrl(clause.id));
    await page.context().close();
  });

  it('switches a department view between document order and deadline order', async () => {
    const unitPage = readdirSync(path.join(DIST, 'units'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .find((file) => readFileSync(path.join(DIST, 'units', file), 'utf8').includes('data-sort-control'));
    expect(unitPage).toBeDefined();
    const page = await site.newPage(390);
    await page.goto(`${site.server.url}/units/${path.dirname(unitPage!)}/`);
    const byDeadline = page.getByRole('button', { name: '按完成时限' });
    // The control is hidden until its script runs: visible means the script was allowed to run.
    await byDeadline.click();
    await expect(byDeadline.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('[data-order="deadline"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-order="document"]').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: '按文件' }).click();
    await expect(page.locator('[data-order="document"]').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('has no horizontal overflow at 390 px', async () => {
    const unitHref = await (async () => {
      const page = await site.newPage(390);
      await page.goto(site.server.url + documentUrl(taggedClause.documentId));
      const href = await page.locator('a.chip-unit').first().getAttribute('href');
      await page.context().close();
      return href!;
    })();
    const topicHref = await (async () => {
      const page = await site.newPage(390);
      await page.goto(site.server.url + '/topics/');
      const href = await page.locator('table a').first().getAttribute('href');
      await page.context().close();
      return href!;
    })();
    const paths = ['/', documentUrl(taggedClause.documentId), clauseUrl(taggedClause.id), unitHref, topicHref, '/units/', '/documents/', '/no-such-page/'];
    const page = await site.newPage(390);
    const wide: string[] = [];
    for (const p of paths) {
      await page.goto(site.server.url + p);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${p}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });
});

/**
 * Navigation in real Chromium over the built site: document → unit chip → department view;
 * clause permalink → back to the spot in the document; copying a clause link and a clause citation
 * (read back from the clipboard); switching a department view's order; no horizontal scrolling at
 * phone width.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clauseUrl, documentUrl } from '../../src/lib/urls.ts';
import { builtClauses, DIST, openSite, type SiteSession } from './browser.ts';

const clauses = builtClauses();
/** The 山西 task printed “26.”: its citation, written by hand from the original. */
const shanxi26 = clauses.find((c) => c.text.startsWith('26.推动农村团组织创新工作载体'))!;
const SHANXI_26_CITATION =
  '共青团山西省委办公室《全省共青团实施“一带三强”全面提升新时代团的组织力三年行动重点任务分工方案（2019—2022）》（晋团办发〔2019〕15号），一、（十）26.';
/** A 河南 2021 draft item: （草案） and an inferred year. */
const henanDraft = clauses.find((c) => c.text.startsWith('——深化“第一团支书+”工作项目'))!;
const HENAN_DRAFT_CITATION =
  '《共青团河南省委贯彻落实省委十届十二次全会精神和团十八届五中全会行动纲要团结带领全省广大团员青年在全面建设社会主义现代化河南新征程中建功立业的实施方案》（草案）（2021年，推定），三、（二）1.第3项';

/** Clicks a copy button, waits for 已复制 (the clipboard write is asynchronous) and reads the clipboard. */
async function copyWith(page: Page, button: ReturnType<Page['locator']>): Promise<string> {
  await button.click();
  await button.locator('text=已复制').waitFor({ timeout: 5_000 });
  return page.evaluate(() => navigator.clipboard.readText());
}
const taggedClause = clauses.find((c) => c.units.some((u) => u.role === 'lead'))!;

/** The built department page with the most clause cards that offers sorting by deadline. */
function sortableUnitPage(): string {
  const units = path.join(DIST, 'units');
  const pages = readdirSync(units, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && f.split(path.sep).length === 3)
    .map((f) => ({ url: `/units/${path.dirname(f).split(path.sep).join('/')}/`, html: readFileSync(path.join(units, f), 'utf8') }))
    .filter((p) => p.html.includes('data-sort-control'));
  return pages.sort((a, b) => b.html.split('class="clause-card').length - a.html.split('class="clause-card').length)[0]!.url;
}

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

  it('sorts a department page by deadline by moving its cards, and back', async () => {
    const page = await site.newPage(1280);
    await page.goto(site.server.url + sortableUnitPage());
    const cards = () => page.$$eval('.clause-card', (els) => els.map((e) => ({ href: e.querySelector('.clause-title a')!.getAttribute('href')!, deadline: Number(e.getAttribute('data-deadline')), visible: e.checkVisibility() })));
    const inDocumentOrder = await cards();
    expect(new Set(inDocumentOrder.map((c) => c.href)).size).toBe(inDocumentOrder.length);

    await page.getByRole('button', { name: '按完成时限' }).click();
    const byDeadline = await cards();
    expect(byDeadline.map((c) => c.href).sort()).toEqual(inDocumentOrder.map((c) => c.href).sort());
    expect(byDeadline.every((c) => c.visible)).toBe(true);
    for (const section of await page.$$('[data-sortable]')) {
      const keys = await section.$$eval('.clause-card', (els) => els.map((e) => Number(e.getAttribute('data-deadline'))));
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
    // Outside its document's group, a card names its document.
    expect(await page.locator('[data-order="deadline"] .clause-source').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: '按文件' }).click();
    expect((await cards()).map((c) => c.href)).toEqual(inDocumentOrder.map((c) => c.href));
    expect(await page.locator('.document-group .clause-source').first().isVisible()).toBe(false);
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
    const button = page.locator(`article[id="${clause.id}"] button.copy-button[data-label="复制链接"]`);
    expect(await copyWith(page, button)).toBe(site.server.url + clauseUrl(clause.id));
    await page.context().close();
  });

  it('copies a citation with the document’s own numbers from a card of the document page', async () => {
    const page = await site.newPage(390);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    await page.goto(site.server.url + documentUrl(shanxi26.documentId));
    const button = page.locator(`article[id="${shanxi26.id}"] button.copy-button[data-label="复制引用"]`);
    // Without SITE_URL the permalink is at the address the page was opened at.
    expect(await copyWith(page, button)).toBe(`${SHANXI_26_CITATION} ${site.server.url}${clauseUrl(shanxi26.id)}`);
    await page.context().close();
  });

  it('copies the citation of a draft from its clause page, as the page shows it', async () => {
    const page = await site.newPage(1280);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    await page.goto(site.server.url + clauseUrl(henanDraft.id));
    await expect(page.locator('.citation-text').textContent()).resolves.toBe(`${HENAN_DRAFT_CITATION} ${clauseUrl(henanDraft.id)}`);
    const button = page.locator('.citation button.copy-button[data-label="复制引用"]');
    expect(await copyWith(page, button)).toBe(`${HENAN_DRAFT_CITATION} ${site.server.url}${clauseUrl(henanDraft.id)}`);
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
    // A page may hold several sortable groups (led and shared tasks): the control switches every one.
    const shown = (order: string) => page.locator(`[data-order="${order}"]`).evaluateAll((els) => els.map((e) => !(e as HTMLElement).hidden));
    const deadlineLists = await shown('deadline');
    expect(deadlineLists.length).toBeGreaterThan(0);
    expect(deadlineLists).not.toContain(false);
    expect(await shown('document')).not.toContain(true);
    await page.getByRole('button', { name: '按文件' }).click();
    expect(await shown('document')).not.toContain(false);
    expect(await shown('deadline')).not.toContain(true);
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

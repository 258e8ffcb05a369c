/**
 * A site built from a source full of code and markup (tests/fixtures/hostile-plan.ts): building it
 * runs nothing the source says, and Chromium shows every preamble line, heading, section paragraph
 * and clause exactly as written, with no element made from the source's text.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { decodeSource } from '../../scripts/ingest/read-source.ts';
import { clauseUrl, documentUrl } from '../../src/lib/urls.ts';
import { openSite, type SiteSession } from '../e2e/browser.ts';
import { hostileLines, hostilePlan } from '../fixtures/hostile-plan.ts';
import { siteFromSources, type BuiltSite } from '../helpers/site-from-sources.ts';

const ID = 'hebei-2024-hostile';
const markerDir = mkdtempSync(path.join(tmpdir(), 'atlas-marker-'));
/** The file the source's `export const … writeFileSync(…)` line would write if it ever ran. */
const marker = path.join(markerDir, 'ran');
const source = hostilePlan(marker);
const extracted = extractDocument(decodeSource(`${ID}.txt`, new TextEncoder().encode(source)), { id: ID });

/** The page texts in reading order as the extraction gives them: one per paragraph, heading and clause line. */
const expectedTexts = extracted.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : b.paragraphs.map((p) => p.text)));

/** The elements of the document body that hold source text, in page order. */
const TEXT_ELEMENTS = ['.preamble > p', '.doc-heading', '> p', '.clause-text'].map((s) => `.document-body ${s}`).join(', ');

describe('a site built from hostile sources (Chromium)', () => {
  let site: BuiltSite;
  let session: SiteSession;
  const dialogs: string[] = [];

  beforeAll(async () => {
    site = siteFromSources({ [`hebei/${ID}.txt`]: source });
    session = await openSite(site.distDir);
  });

  afterAll(async () => {
    await session?.close();
    site?.remove();
    rmSync(markerDir, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await session.newPage(1280);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(session.server.url + url);
    return page;
  }

  it('runs nothing a source says while ingesting and building', () => {
    expect(existsSync(path.join(site.distDir, 'index.html'))).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });

  it('shows the preamble, headings, section paragraphs and clauses exactly as written', async () => {
    const page = await open(documentUrl(ID));
    const texts = await page.$$eval(TEXT_ELEMENTS, (els) => els.map((e) => e.textContent ?? ''));
    expect(texts).toEqual(expectedTexts);
    // Nothing added, nothing lost: the page text is the source text (this source has no conversion artifacts).
    expect(texts.join('').replace(/\s+/g, '')).toBe(source.replace(/\s+/g, ''));
    for (const line of hostileLines(marker)) expect(texts.join('\n')).toContain(line);
    await page.context().close();
  });

  it('makes no element, link or script out of the text', async () => {
    const page = await open(documentUrl(ID));
    // The text elements hold text only, and no element anywhere has a name only the source could give.
    await expect(page.$$eval(TEXT_ELEMENTS, (els) => els.flatMap((e) => [...e.children].map((c) => c.outerHTML)))).resolves.toEqual([]);
    const fromSource = 'b, i, em, code, del, img, foo, div.x, blockquote, table, style, clause, preamble';
    await expect(page.$$eval(`body :is(${fromSource})`, (els) => els.map((e) => e.outerHTML))).resolves.toEqual([]);
    await expect(page.$$eval('script', (els) => els.filter((e) => e.textContent?.includes('alert')).length)).resolves.toBe(0);
    const hrefs = await page.$$eval('.document-body a', (els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/(?:clauses|documents|units|topics)\//);
    await expect(page.evaluate(() => 'pwned' in window)).resolves.toBe(false);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('shows each clause on its permalink page exactly as written', async () => {
    for (const clause of extracted.document.clauses) {
      const page = await open(clauseUrl(clause.id));
      const lines = await page.$$eval('main .clause-text', (els) => els.map((e) => e.textContent ?? ''));
      expect(lines.join('\n')).toContain(clause.text);
      await page.context().close();
    }
  });
});

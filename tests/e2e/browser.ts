/**
 * Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against the built site
 * served on 127.0.0.1. The site is built once per test run by tests/global-setup.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type RunningServer } from '../../scripts/site/static-server.ts';
import type { ExportedClause } from '../../src/lib/schema.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = path.resolve(import.meta.dirname, '../../dist');

/** The clauses the built site publishes at /data/clauses.json. */
export function builtClauses(): ExportedClause[] {
  return JSON.parse(readFileSync(path.join(DIST, 'data/clauses.json'), 'utf8')) as ExportedClause[];
}

/** The clause ids of the search results on the page, in rank order. */
export function resultClauseIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-clause-id]', (els) => els.map((e) => e.getAttribute('data-clause-id') ?? ''));
}

export interface SiteSession {
  server: RunningServer;
  browser: Browser;
  /** A fresh page at the given viewport width (phone: 390, desktop: 1280). */
  newPage(width?: number): Promise<Page>;
  close(): Promise<void>;
}

/** Serves a built site (the project's dist/ unless another is given) to a fresh Chromium. */
export async function openSite(dist = DIST): Promise<SiteSession> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    server,
    browser,
    async newPage(width = 1280) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: 'zh-CN' });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

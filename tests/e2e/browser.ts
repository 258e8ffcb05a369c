/**
 * Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against the built site
 * served on 127.0.0.1. The site is built once per test run by tests/global-setup.ts.
 * Every page a test opens is watched: a Content-Security-Policy violation or an uncaught script
 * error fails that test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/site/static-server.ts';
import type { ExportedClause } from '../../src/lib/schema.ts';
import { DIST } from '../helpers/site-builds.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built site: dist/, or ATLAS_DIST_DIR (tests/helpers/site-builds.ts). */
export { DIST };

/** The clauses the built site publishes at /data/clauses.json. */
export function builtClauses(): ExportedClause[] {
  return JSON.parse(readFileSync(path.join(DIST, 'data/clauses.json'), 'utf8')) as ExportedClause[];
}

/** The clause ids of the search results on the page, in rank order. */
export function resultClauseIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-clause-id]', (els) => els.map((e) => e.getAttribute('data-clause-id') ?? ''));
}

/** Reports CSP violations and uncaught errors of every page in the context; the list fills as they happen. */
export async function watchPageProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  // Init scripts run before the page's own and are not subject to its policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content-Security-Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'an inline script or style'} (${e.sourceFile || location.href}:${e.lineNumber})`);
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`${message.page()?.url()}: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`${error.page()?.url()}: uncaught ${error.error().message}`));
  return problems;
}

export interface SiteSession {
  server: RunningServer;
  browser: Browser;
  /**
   * A fresh page at the given viewport width (phone: 390, desktop: 1280). A test that injects a
   * checker of its own (axe-core) asks for the page's CSP to be bypassed: the site's policy rightly
   * refuses inline scripts, the test's included.
   */
  newPage(width?: number, options?: { injectsScripts?: boolean }): Promise<Page>;
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
    async newPage(width = 1280, { injectsScripts = false } = {}) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: 'zh-CN', bypassCSP: injectsScripts });
      const problems = await watchPageProblems(context);
      onTestFinished(() => {
        expect(problems, 'CSP violations and script errors on the pages of this test').toEqual([]);
      });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Screenshots of the built site at phone and desktop width, for looking at changes as a reader would.
 *   npm run screenshots [-- /path/ /other/path/]   → tests/.output/screenshots/*.png
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../ingest/sources.ts';
import { serveStatic } from './static-server.ts';

const WIDTHS = [390, 1280];
const DEFAULT_PATHS = ['/', '/documents/', '/search/?q=学社衔接'];

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_PATHS;
const outDir = path.join(ROOT, 'tests/.output/screenshots');
mkdirSync(outDir, { recursive: true });

const server = await serveStatic(path.join(ROOT, 'dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    for (const urlPath of pages) {
      await page.goto(server.url + urlPath, { waitUntil: 'networkidle' });
      const name = urlPath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      const file = path.join(outDir, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

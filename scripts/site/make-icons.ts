/**
 * Renders public/favicon.svg to the PNG icons that phones and link previews want
 * (apple-touch-icon.png 180 px, icon-192.png, icon-512.png) with Chromium. Run after changing the SVG:
 *   node scripts/site/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const publicDir = path.resolve(import.meta.dirname, '../../public');
const svg = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, size] of [['apple-touch-icon.png', 180], ['icon-192.png', 192], ['icon-512.png', 512]] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: path.join(publicDir, name), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}

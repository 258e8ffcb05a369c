/**
 * What a clause link carries beyond the page: a QR code that decodes to the permalink, an embed view for
 * courseware, link-preview tags, icons, and the sitemap and robots.txt.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import type { ExportedClause } from '../../src/lib/schema.ts';
import { clauseEmbedUrl, clauseUrl } from '../../src/lib/urls.ts';
import { DIST, DIST_WITH_SITE, TEST_SITE_URL } from '../helpers/site-builds.ts';

const clauses = JSON.parse(readFileSync(path.join(DIST, 'data/clauses.json'), 'utf8')) as ExportedClause[];
const page = (dist: string, urlPath: string) => readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');

/**
 * Reads the QR code the qrcode library draws as SVG (one stroked path of horizontal runs, "M x y.5 h n m dx dy h n …")
 * into pixels and decodes it with jsQR, as a phone camera would read the printed code.
 */
function decodeQrSvg(svg: string): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const d = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)![1]!;
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, op, args] of d.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
    const n = args!.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (op === 'M') [x, y] = [n[0]!, n[1]!];
    else if (op === 'm') [x, y] = [x + n[0]!, y + n[1]!];
    else if (op === 'h') {
      for (let k = 0; k < n[0]!; k++) dark.add(`${x + k},${Math.floor(y)}`);
      x += n[0]!;
    }
  }
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const on = dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`);
      pixels.set(on ? [0, 0, 0, 255] : [255, 255, 255, 255], (py * width + px) * 4);
    }
  }
  return jsQR(pixels, width, width)?.data;
}

describe('QR codes', () => {
  it('decode to the clause permalink on every clause page when the site has a public address', () => {
    for (const clause of clauses) {
      const html = page(DIST_WITH_SITE, clauseUrl(clause.id));
      const svg = /<div class="clause-qr-code"[^>]*>(<svg[\s\S]*?<\/svg>)/.exec(html)?.[1];
      expect(svg, clause.id).toBeDefined();
      expect(decodeQrSvg(svg!), clause.id).toBe(`${TEST_SITE_URL}${clauseUrl(clause.id)}`);
    }
  });

  it('are left out without a public address: a path cannot be scanned', () => {
    expect(page(DIST, clauseUrl(clauses[0]!.id))).not.toContain('clause-qr-code');
  });
});

describe('embed view', () => {
  it('exists for every clause: the clause and a link back, no site chrome, not indexed', () => {
    for (const clause of clauses) {
      const html = page(DIST, clauseEmbedUrl(clause.id));
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('<base target="_top">');
      expect(html).not.toContain('site-header');
      expect(html).toContain(`href="${clauseUrl(clause.id)}"`);
      expect(html).toContain(clause.place);
    }
  });

  it('is offered on the clause page with its iframe snippet', () => {
    const clause = clauses[0]!;
    const html = page(DIST_WITH_SITE, clauseUrl(clause.id));
    expect(html).toContain(`&lt;iframe src=&quot;${TEST_SITE_URL}${clauseEmbedUrl(clause.id)}&quot;`);
    expect(html).toMatch(/data-copy-embed=/);
  });
});

describe('sharing', () => {
  it('every page has a link preview and icons', () => {
    for (const urlPath of ['/', '/documents/', clauseUrl(clauses[0]!.id), '/timeline/', '/targets/']) {
      const html = page(DIST, urlPath);
      expect(html, urlPath).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, urlPath).toMatch(/<meta property="og:description" content="[^"]+">/);
      expect(html, urlPath).toContain('<link rel="icon" href="/favicon.svg"');
    }
    const clause = clauses[0]!;
    expect(page(DIST, clauseUrl(clause.id))).toContain(`<meta property="og:description" content="${clause.text.slice(0, 20)}`);
    for (const icon of ['favicon.svg', 'apple-touch-icon.png', 'icon-192.png', 'icon-512.png', 'site.webmanifest']) expect(existsSync(path.join(DIST, icon)), icon).toBe(true);
  });

  it('the sitemap lists every indexable page at the public address, and robots.txt points to it', () => {
    const index = readFileSync(path.join(DIST_WITH_SITE, 'sitemap.xml'), 'utf8');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(parts).toEqual([`${TEST_SITE_URL}/sitemaps/1.xml`]);
    const listed = [...readFileSync(path.join(DIST_WITH_SITE, 'sitemaps/1.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(listed).toContain(`${TEST_SITE_URL}/`);
    for (const clause of clauses) expect(listed).toContain(`${TEST_SITE_URL}${clauseUrl(clause.id)}`);
    expect(listed.some((u) => u.includes('/embed/'))).toBe(false);
    expect(readFileSync(path.join(DIST_WITH_SITE, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap.xml`);
  });

  it('without a public address the sitemap lists nothing and robots.txt names no sitemap', () => {
    expect(readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8')).not.toContain('<loc>');
    expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
    expect(readdirSync(DIST)).not.toContain('sitemaps');
  });
});

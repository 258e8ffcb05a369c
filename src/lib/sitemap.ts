/**
 * sitemap.xml and robots.txt for the built site. Sitemaps need absolute addresses, so pages are listed
 * only when the site's public address (SITE_URL) is known; a sitemap holds at most 50,000 addresses,
 * so a large atlas gets several, listed in a sitemap index.
 */
const PER_SITEMAP = 45_000;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** sitemap.xml (an index), its parts sitemaps/N.xml and robots.txt, by path below dist/. */
export function sitemapFiles(paths: readonly string[], site: URL | undefined): Map<string, string> {
  const files = new Map<string, string>();
  const parts: string[] = [];
  if (site) {
    for (let start = 0, n = 1; start < paths.length; start += PER_SITEMAP, n++) {
      const urls = paths.slice(start, start + PER_SITEMAP).map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`);
      const name = `sitemaps/${n}.xml`;
      files.set(name, `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`);
      parts.push(`  <sitemap><loc>${escapeXml(new URL(`/${name}`, site).href)}</loc></sitemap>`);
    }
  }
  files.set('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}${parts.length ? '\n' : ''}</sitemapindex>\n`);
  const sitemapLine = site ? `\nSitemap: ${new URL('/sitemap.xml', site).href}\n` : '';
  files.set('robots.txt', `User-agent: *\nAllow: /\nDisallow: /search/\n${sitemapLine}`);
  return files;
}

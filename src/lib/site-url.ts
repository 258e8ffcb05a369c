/**
 * The site's public address: one setting, the environment variable SITE_URL (e.g. https://atlas.example.org),
 * which becomes Astro's `site` and so the canonical links and the permalinks in citations.
 * Without it the build prints no absolute address at all: pages show paths, and the copy buttons
 * use the address the page was opened at.
 */

/** SITE_URL as Astro's `site`, or undefined when unset; throws one readable line when it is not a bare http(s) origin. */
export function siteFromEnv(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL “${text}” is not an absolute address; expected e.g. https://atlas.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL “${text}” must start with https:// or http://`);
  }
  // Every page path starts at /, so an address with a path, query or fragment would build wrong permalinks.
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL “${text}” must be an origin only (the site is served from its root); expected e.g. ${url.origin}`);
  }
  return url.origin;
}

/** A site path as an absolute URL when the public address is known, else the path itself. */
export function publicUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

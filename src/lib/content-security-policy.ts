/**
 * The site's one Content-Security-Policy. Astro is set to write every script and stylesheet as a
 * file (astro.config.mjs), so no page needs an inline script, an inline style or a per-page hash,
 * and one fixed policy fits every page: the layout puts it in a <meta>, the static server sends
 * it as a header. Nothing is compiled at run time: no eval, no WebAssembly.
 */
const PAGE_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** For <meta http-equiv="Content-Security-Policy">. */
export const PAGE_CSP = serialize(PAGE_DIRECTIVES);

/**
 * For the HTTP header: the same, plus what browsers accept only in a header: who may frame the
 * page. Embed views exist to be framed by courseware on any site; no other page may be framed.
 */
export function headerCsp({ framable }: { framable: boolean }): string {
  return serialize({ ...PAGE_DIRECTIVES, 'frame-ancestors': [framable ? '*' : "'none'"] });
}

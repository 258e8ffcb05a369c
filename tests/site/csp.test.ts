/**
 * Content-Security-Policy over the built site: every page declares a policy before it loads
 * anything, the policy allows no inline script ('unsafe-inline', 'unsafe-eval'), and every
 * inline script, inline style, style attribute or event-handler attribute a page does carry is
 * one its policy allows (by hash) — otherwise the browser would block it and the page break.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../src/lib/content-security-policy.ts';
import { DIST, DIST_WITH_SITE } from '../helpers/site-builds.ts';
import { decodeEntities, htmlFiles, urlPathOf } from './dist-pages.ts';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** The sources that govern a kind of content, with CSP's fallback to default-src. */
function sourcesFor(policy: Policy, directive: 'script-src' | 'style-src'): string[] {
  return policy.get(`${directive}-elem`) ?? policy.get(directive) ?? policy.get('default-src') ?? ["'unsafe-inline'"];
}

function allowsInline(sources: string[], content: string): boolean {
  if (sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(?:sha|nonce)/.test(s))) return true;
  return (['sha256', 'sha384', 'sha512'] as const).some((alg) => sources.includes(`'${alg}-${createHash(alg).update(content).digest('base64')}'`));
}

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** What on a page its own policy would block or what weakens it; empty when the page is sound. */
export function cspProblems(html: string): string[] {
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv\s*=\s*"content-security-policy"[^>]*>/gi)];
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy meta elements, expected 1`];
  const meta = metas[0]![0];
  const problems: string[] = [];
  const firstLoad = head.search(/<(?:script|style)\b|<link\b[^>]*rel="stylesheet"/i);
  if (!head.includes(meta) || (firstLoad !== -1 && head.indexOf(meta) > firstLoad)) problems.push('the policy comes after something it should govern');
  const policy = parsePolicy(decodeEntities(/\scontent\s*=\s*"([^"]*)"/i.exec(meta)?.[1] ?? ''));
  const scriptSources = sourcesFor(policy, 'script-src');
  for (const weak of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    if (scriptSources.includes(weak)) problems.push(`script-src allows ${weak}`);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1]!;
    const type = (/\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '').toLowerCase();
    if (/\ssrc\s*=/i.test(attributes) || !EXECUTABLE_TYPES.has(type)) continue;
    if (!allowsInline(scriptSources, m[2]!)) problems.push(`inline script without an allowed hash: ${m[2]!.trim().slice(0, 60)}`);
  }
  const styleSources = sourcesFor(policy, 'style-src');
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (!allowsInline(styleSources, m[1]!)) problems.push(`inline style without an allowed hash: ${m[1]!.trim().slice(0, 60)}`);
  }
  for (const m of html.matchAll(/<[a-z][a-z0-9-]*\s[^>]*?\s(on[a-z]+|style)\s*=\s*"[^"]*"/gi)) {
    const attribute = m[1]!.toLowerCase();
    const sources = attribute === 'style' ? (policy.get('style-src-attr') ?? styleSources) : (policy.get('script-src-attr') ?? scriptSources);
    if (!sources.includes("'unsafe-inline'")) problems.push(`${attribute} attribute that the policy blocks: ${m[0].slice(0, 80)}`);
  }
  return problems;
}

describe('the CSP check itself', () => {
  const page = (head: string, body = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
  const script = 'document.title = "x";';
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

  it('passes a page whose inline script has its hash in the policy', () => {
    expect(cspProblems(page(meta(`default-src 'self'; script-src 'self' ${hash}`), `<script>${script}</script>`))).toEqual([]);
  });

  it('catches an unhashed inline script, an inline style, an event handler, a style attribute and a weak policy', () => {
    expect(cspProblems(page(meta(PAGE_CSP), `<script type="module">${script}</script>`))).toEqual([`inline script without an allowed hash: ${script}`]);
    expect(cspProblems(page(meta(PAGE_CSP) + '<style>p{color:red}</style>'))).toHaveLength(1);
    expect(cspProblems(page(meta(PAGE_CSP), '<button type="button" onclick="go()">x</button>'))).toHaveLength(1);
    expect(cspProblems(page(meta(PAGE_CSP), '<ul class="a" style="margin: 0">x</ul>'))).toHaveLength(1);
    expect(cspProblems(page(meta("default-src 'self'; script-src 'self' 'unsafe-inline'")))).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(cspProblems(page('<script src="/a.js"></script>' + meta(PAGE_CSP)))).toEqual(['the policy comes after something it should govern']);
    expect(cspProblems(page(''))).toEqual(['0 Content-Security-Policy meta elements, expected 1']);
  });

  it('ignores external scripts and data blocks', () => {
    expect(cspProblems(page(meta(PAGE_CSP) + '<script type="module" src="/_astro/a.js"></script>', '<script type="application/ld+json">{"a":1}</script>'))).toEqual([]);
  });
});

// Both builds: QR codes and other absolute-address features exist only with a public address.
describe.each([
  ['default build', DIST],
  ['build with a public address', DIST_WITH_SITE],
])('the pages of the %s', (_, root) => {
  const files = htmlFiles(root);

  it('all carry a sound Content-Security-Policy that allows everything they contain', () => {
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) => cspProblems(readFileSync(file, 'utf8')).map((p) => `${urlPathOf(file, root)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('use the site policy, which runs only the site\'s own script files: nothing inline, no eval, no WebAssembly', () => {
    expect(PAGE_CSP).toContain("script-src 'self';");
    const policies = new Set(files.map((file) => /http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1]));
    expect([...policies].map((p) => decodeEntities(p ?? ''))).toEqual([PAGE_CSP]);
  });
});

import { describe, expect, it } from 'vitest';
import { publicUrl, siteFromEnv } from '../../src/lib/site-url.ts';

describe('SITE_URL', () => {
  it('is unset by default: no public address', () => {
    expect(siteFromEnv(undefined)).toBeUndefined();
    expect(siteFromEnv('  ')).toBeUndefined();
  });

  it('takes an http(s) origin, with or without the final slash', () => {
    expect(siteFromEnv('https://atlas.example.org')).toBe('https://atlas.example.org');
    expect(siteFromEnv(' https://atlas.example.org/ ')).toBe('https://atlas.example.org');
    expect(siteFromEnv('http://127.0.0.1:4321/')).toBe('http://127.0.0.1:4321');
  });

  it('rejects what would build wrong permalinks, in one line that names the value', () => {
    expect(() => siteFromEnv('atlas.example.org')).toThrow('SITE_URL “atlas.example.org” is not an absolute address; expected e.g. https://atlas.example.org');
    expect(() => siteFromEnv('ftp://atlas.example.org')).toThrow('must start with https:// or http://');
    expect(() => siteFromEnv('https://example.org/atlas/')).toThrow('SITE_URL “https://example.org/atlas/” must be an origin only (the site is served from its root); expected e.g. https://example.org');
  });
});

describe('publicUrl', () => {
  it('is absolute at the public address, else the path', () => {
    expect(publicUrl('/clauses/x/', new URL('https://atlas.example.org'))).toBe('https://atlas.example.org/clauses/x/');
    expect(publicUrl('/clauses/x/', undefined)).toBe('/clauses/x/');
  });
});

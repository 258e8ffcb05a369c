/**
 * A site built in parts (ATLAS_PART=k/K, src/lib/build-part.ts) and merged (scripts/site/merge-parts.ts)
 * is the site built whole: the project's content in two parts, merged, compared file by file with
 * dist/ (built whole by tests/global-setup.ts) before the search index and sitemap are added to either.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers/site-builds.ts';

const OUT = path.join(ROOT, 'tests/.output/parts');
const PARTS = 2;
const partDir = (k: number) => path.join(OUT, `part-${k}`);
const MERGED = path.join(OUT, 'merged');
/** Written after `astro build` by the search index and the sitemap: not part of what the parts make. */
const AFTER_BUILD = /^(?:pagefind(?:-\d+)?\/|search\/c\/|sitemap|sitemaps\/|robots\.txt$)/;

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, full).split(path.sep).join('/');
    if (!AFTER_BUILD.test(name)) out.set(name, readFileSync(full));
  }
  return out;
}

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  for (let k = 0; k < PARTS; k++) {
    // Each part keeps a build cache of its own (astro.config.mjs): render every page, restore none.
    rmSync(path.join(ROOT, `node_modules/.astro-part-${k}-of-${PARTS}`), { recursive: true, force: true });
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, ATLAS_PART: `${k}/${PARTS}`, ATLAS_DIST_DIR: partDir(k) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/site/merge-parts.ts'), '--out', MERGED, ...Array.from({ length: PARTS }, (_, k) => partDir(k))], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}, 600_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('a site built in parts', () => {
  it('shares out the pages of documents, topics and units among the parts', () => {
    for (let k = 0; k < PARTS; k++) {
      const names = [...files(partDir(k)).keys()];
      expect(names.filter((n) => /^clauses\/[^/]+\/index\.html$/.test(n)).length, `clause pages of part ${k}`).toBeGreaterThan(0);
      expect(names.filter((n) => /^units\/[^/]+\/[^/]+\/index\.html$/.test(n)).length, `unit pages of part ${k}`).toBeGreaterThan(0);
    }
  });

  it('merges into the same files as the site built whole', () => {
    const whole = files(DIST);
    const merged = files(MERGED);
    expect([...merged.keys()].sort()).toEqual([...whole.keys()].sort());
    expect([...whole].filter(([name, content]) => !merged.get(name)!.equals(content)).map(([name]) => name)).toEqual([]);
  });
});

/**
 * Permalinks survive revisions, on the built site. In a scratch copy of the project, every source is
 * revised the ways a 草案 becomes the 印发 text (two edits each, so that together they make every kind:
 * insertions, a deletion, a new section, a swap, a typo fix, renumbering), then `npm run ingest` and
 * `npm run build` run there. Every clause id published before must still open: the same clause, or —
 * only for a deleted clause — a retired page that says so and links onward (followed in Chromium).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSources } from '../../scripts/ingest/sources.ts';
import { serveStatic, type RunningServer } from '../../scripts/site/static-server.ts';
import { comparableWording } from '../../src/lib/clause-alignment.ts';
import type { ExportedClause, IdRegistry } from '../../src/lib/schema.ts';
import { clauseUrl } from '../../src/lib/urls.ts';
import { EDITS, layout } from '../helpers/source-edits.ts';
import { scratchProject } from '../helpers/scratch-project.ts';
import { CHROMIUM_PATH } from '../e2e/browser.ts';

const project = scratchProject('atlas-revised-site-');
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const published = readJson<ExportedClause[]>(path.join(project.dir, 'content/data/clauses.json'));
/** Ids whose clause a revision removed: their registry says so, and only they may be retired. */
const removedText = new Set<string>();
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const sources = listSources(path.join(project.dir, 'content/sources')).filter((s) => s.file.endsWith('.txt'));
  sources.forEach((source, i) => {
    for (const edit of [EDITS[i % EDITS.length]!, EDITS[(i + 1) % EDITS.length]!]) {
      const l = layout(source.file);
      for (const k of edit.removes?.(l) ?? []) removedText.add(comparableWording(l.clauses[k]!.block.paragraphs.map((p) => p.text).join('\n')));
      writeFileSync(source.file, edit.apply(l).lines.join('\n'));
    }
  });
  project.run('ingest', '--date', '2026-12-01');
  project.run('build');
  server = await serveStatic(project.dist);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project.remove();
});

describe('published ids after revised sources are re-ingested and rebuilt', () => {
  it('every previous id still opens: the same clause, or a retired page for a deleted one', () => {
    const live = new Map(readJson<ExportedClause[]>(path.join(project.dist, 'data/clauses.json')).map((c) => [c.id, c]));
    let retired = 0;
    for (const before of published) {
      const html = readFileSync(path.join(project.dist, clauseUrl(before.id), 'index.html'), 'utf8');
      const now = live.get(before.id);
      if (now) {
        // The same clause: its wording is unchanged but for item numbers, or one character differs (the fixed typo).
        const [a, b] = [comparableWording(before.text), comparableWording(now.text)];
        const differing = [...a].filter((ch, i) => ch !== b[i]).length;
        expect(a.length === b.length && differing <= 1, `${before.id} shows another clause`).toBe(true);
        continue;
      }
      retired++;
      expect(removedText.has(comparableWording(before.text)), `${before.id} was retired but its clause was not deleted`).toBe(true);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('删除前的最后措辞');
    }
    expect(retired).toBe(removedText.size);
    expect(retired).toBeGreaterThan(0);
  });

  it('a retired id’s page links onward to the current text (Chromium)', async () => {
    const live = new Set(readJson<ExportedClause[]>(path.join(project.dist, 'data/clauses.json')).map((c) => c.id));
    const gone = published.find((c) => !live.has(c.id))!;
    const page = await browser.newPage();
    await page.goto(server.url + clauseUrl(gone.id));
    expect(await page.locator('h1').textContent()).toBe('本条已不在现行文本中');
    expect(await page.locator('.last-wording').textContent()).toContain(gone.text.split('\n')[0]!.slice(0, 15));
    await page.locator('.section-links a').click();
    await page.waitForURL(`${server.url}/documents/${gone.documentId}/`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  it('a clause whose wording changed shows its history with the change marked', async () => {
    const registries = listSources(path.join(project.dir, 'content/sources')).map((s) => readJson<IdRegistry>(path.join(project.dist, 'data/ids', `${s.id}.json`)));
    const changed = registries.flatMap((r) => r.clauses).find((c) => !c.retired && c.versions.length === 2 && !/^\d/.test(c.versions[1]!.text));
    expect(changed).toBeDefined();
    const page = await browser.newPage();
    await page.goto(server.url + clauseUrl(changed!.id));
    expect(await page.locator('.clause-history').textContent()).toContain('本条措辞最近一次修改于 2026-12-01');
    expect(await page.locator('.wording-diff ins, .wording-diff del').count()).toBeGreaterThan(0);
    await page.close();
  });
});

/**
 * Search quality in real Chromium against the built site, measured the way the project's acceptance criteria define it:
 * open /search/?q=TERM, read the [data-clause-id] elements in order, score them against relevance
 * computed from /data/clauses.json. A clause is relevant when its text contains the term (or one of
 * `also`) ignoring whitespace and quote marks, or — for a unit query — it is tagged with that unit.
 *
 * Per query: P@k with k = min(5, #relevant), precision over the whole list as first rendered (nothing
 * clicked: every hit must be listed at once), recall. Thresholds on the means: P@5 ≥ 0.98, P-all ≥ 0.95, recall ≥ 0.98. The table
 * and what a first search transfers are printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressedBytes } from '../../scripts/bench/browser-metrics.ts';
import { builtClauses, DIST, openSite, resultClauseIds, type SiteSession } from './browser.ts';

interface Query {
  term: string;
  unit?: boolean;
  also?: string[];
  /** What the person types when it differs from the term: traditional characters, full-width digits, 河南 团校. */
  typed?: string;
  /** Relevance is limited to this province's documents. */
  province?: string;
}

const queries = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/search-queries.json'), 'utf8'),
) as Query[];
const clauses = builtClauses();
const provinceOf = new Map(
  readdirSync(path.join(DIST, 'data/documents')).map((f) => {
    const d = JSON.parse(readFileSync(path.join(DIST, 'data/documents', f), 'utf8')) as { id: string; province: string };
    return [d.id, d.province];
  }),
);
/** The relevance judgement's own normaliser (deliberately not the one under test). */
const strip = (s: string) => (s || '').replace(/[\s“”‘’"'《》「」]/g, '');

function relevantIds(q: Query): Set<string> {
  const terms = [q.term, ...(q.also ?? [])].map(strip);
  return new Set(
    clauses
      .filter((c) => !q.province || provinceOf.get(c.documentId) === q.province)
      .filter(
        (c) =>
          terms.some((t) => strip(c.text).includes(t)) ||
          (q.unit && c.units.some((u) => strip(u.canonical) === strip(q.term))),
      )
      .map((c) => c.id),
  );
}

/**
 * Opens the search page for a term and reads the results in rank order, as the page lists them
 * after its first render, nothing clicked: on an atlas this size every hit is listed at once.
 * `late` says whether results appeared after the first render.
 */
async function resultsFor(page: Page, base: string, term: string): Promise<{ ids: string[]; late: boolean; hits: number }> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(term)}`);
  // Wait until results appear or the status says the search is over (a query with no results).
  await page.waitForFunction(
    () =>
      document.querySelector('[data-clause-id]') !== null ||
      /^(找到|未找到|共)/.test(document.querySelector('#search-status')?.textContent ?? ''),
    null,
    { timeout: 15_000 },
  );
  const first = await resultClauseIds(page);
  await page.waitForTimeout(300);
  const ids = await resultClauseIds(page);
  const hits = Number((await page.getAttribute('#search-results', 'data-hits')) ?? 0);
  return { ids: [...new Set(ids)], late: ids.length !== first.length, hits };
}

describe('search quality (Chromium, built site)', () => {
  let site: SiteSession;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('has a test set of at least 30 queries of every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(queries.filter((q) => q.unit).length).toBeGreaterThanOrEqual(5);
    expect(queries.filter((q) => q.also?.length).length).toBeGreaterThanOrEqual(2);
    expect(queries.filter((q) => [...strip(q.term)].length <= 3 && !q.unit).length).toBeGreaterThanOrEqual(8);
    for (const q of queries) expect(relevantIds(q).size, q.term).toBeGreaterThan(0);
  });

  it('a first search, page included, takes at most 20 requests and 100 KB compressed', async () => {
    const page = await site.newPage(1280);
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      sizes.push(response.body().then((body) => compressedBytes(new URL(response.url()).pathname, body)));
    });
    const { ids } = await resultsFor(page, site.server.url, '学社衔接');
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    console.log(`first search 学社衔接: ${ids.length} results, ${sizes.length} requests, ${(bytes / 1024).toFixed(1)} KiB compressed`);
    expect(ids.length).toBeGreaterThan(0);
    expect(sizes.length).toBeLessThanOrEqual(20);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
    await page.context().close();
  });

  it('meets P@5 ≥ 0.98, precision ≥ 0.95, recall ≥ 0.98, every hit listed in the first render', async () => {
    const page = await site.newPage(1280);
    const rows: string[] = [];
    let sumP5 = 0;
    let sumPAll = 0;
    let sumR = 0;
    let returnedTotal = 0;
    const late: string[] = [];
    for (const q of queries) {
      const rel = relevantIds(q);
      const { ids, late: trickled, hits: counted } = await resultsFor(page, site.server.url, q.typed ?? q.term);
      expect(ids.length, `${q.term}: results listed and counted`).toBe(counted);
      if (trickled) late.push(q.term);
      const k = Math.min(5, rel.size);
      const hits = ids.filter((id) => rel.has(id)).length;
      const p5 = ids.slice(0, k).filter((id) => rel.has(id)).length / k;
      const pAll = ids.length ? hits / ids.length : 0;
      const recall = hits / rel.size;
      sumP5 += p5;
      sumPAll += pAll;
      sumR += recall;
      returnedTotal += ids.length;
      rows.push(
        `${(q.typed ?? q.term).padEnd(14, '　')} rel=${String(rel.size).padStart(3)} ret=${String(ids.length).padStart(3)} ` +
          `P@${k}=${p5.toFixed(2)} Pall=${pAll.toFixed(2)} R=${recall.toFixed(2)}`,
      );
    }
    const n = queries.length;
    const P5 = sumP5 / n;
    const PAll = sumPAll / n;
    const R = sumR / n;
    console.log(
      [
        ...rows,
        `results shown ${returnedTotal}`,
        `queries=${n} meanP@5=${P5.toFixed(3)} meanPrecisionAll=${PAll.toFixed(3)} meanRecall=${R.toFixed(3)}`,
      ].join('\n'),
    );
    expect(late, 'results that appeared after the first render').toEqual([]);
    expect(P5).toBeGreaterThanOrEqual(0.98);
    expect(PAll).toBeGreaterThanOrEqual(0.95);
    expect(R).toBeGreaterThanOrEqual(0.98);
    await page.context().close();
  });
});

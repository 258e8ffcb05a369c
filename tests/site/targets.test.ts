/**
 * The targets pages in dist/: every metric of the published data appears once across the province
 * pages, with a link to its clause; charts are SVG images with a text alternative and a table beside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportedClause } from '../../src/lib/schema.ts';
import { DIST } from '../helpers/site-builds.ts';

const clauses = JSON.parse(readFileSync(path.join(DIST, 'data/clauses.json'), 'utf8')) as ExportedClause[];
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function rows(file: string): string[] {
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<tr data-metric[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => {
    const link = /<a href="\/clauses\/([^/]+)\/">([^<]*)<\/a>/.exec(m[1]!)!;
    return `${link[1]} ${decode(link[2]!)}`;
  });
}

describe('targets', () => {
  const provinces = readdirSync(path.join(DIST, 'targets'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

  it('lists every metric once, on its province’s page', () => {
    const expected = clauses.flatMap((c) => c.metrics.map((m) => `${c.id} ${m.text}`)).sort();
    const listed = provinces.flatMap((p) => rows(path.join(DIST, 'targets', p, 'index.html'))).sort();
    expect(listed).toEqual(expected);
  });

  it('draws charts as SVG images with a text alternative and a table of the same numbers', () => {
    const html = readFileSync(path.join(DIST, 'targets/shanxi/index.html'), 'utf8');
    const charts = [...html.matchAll(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*>([\s\S]*?)<\/svg>/g)];
    expect(charts.length).toBeGreaterThan(0);
    const series = charts.find((c) => /学社衔接率/.test(c[2]!));
    expect(series, 'the 学社衔接率 series 2019–2021 is drawn').toBeDefined();
    expect(series![2]).toMatch(/2019年[\s\S]*2020年[\s\S]*2021年/);
    for (const [, ids] of charts) for (const id of ids!.split(' ')) expect(html).toContain(`id="${id}"`);
    expect(html).not.toMatch(/<script[^>]*>[\s\S]*?chart/i);
  });
});

/**
 * The timeline pages in dist/ list every dated deadline of the published data once (year pages),
 * every recurring duty by rhythm and every relative limit, each entry linking to its clause.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctDeadlines } from '../../src/lib/deadline-format.ts';
import type { ExportedClause } from '../../src/lib/schema.ts';
import { dueDate } from '../../src/lib/timeline.ts';
import { DIST } from '../helpers/site-builds.ts';

const clauses = JSON.parse(readFileSync(path.join(DIST, 'data/clauses.json'), 'utf8')) as ExportedClause[];

/** (clause id, due date or deadline text) of each entry on a page. */
function entriesOn(file: string): string[] {
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<li class="timeline-entry[^"]*"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => {
    const id = /href="\/clauses\/([^/]+)\/"/.exec(m[1]!)![1];
    const due = /<time datetime="([^"]+)"/.exec(m[1]!)?.[1] ?? /class="timeline-said">([^<]*)</.exec(m[1]!)![1];
    return `${id} ${due}`;
  });
}

describe('timeline', () => {
  const all = clauses.flatMap((c) => distinctDeadlines(c.deadlines).map((d) => ({ c, d })));

  it('lists every dated deadline once, on the page of its year', () => {
    const expected = all.filter(({ d }) => d.year !== null).map(({ c, d }) => `${c.id} ${dueDate(d)}`).sort();
    const years = readdirSync(path.join(DIST, 'timeline')).filter((n) => /^\d{4}$/.test(n));
    expect(years.length).toBeGreaterThan(1);
    const listed = years.flatMap((y) => entriesOn(path.join(DIST, 'timeline', y, 'index.html'))).sort();
    expect(listed).toEqual(expected);
  });

  it('lists recurring duties and relative limits apart', () => {
    const recurring = all.filter(({ d }) => d.year === null && d.recurrence !== null).map(({ c, d }) => `${c.id} ${d.text}`).sort();
    expect(entriesOn(path.join(DIST, 'timeline/recurring/index.html')).sort()).toEqual(recurring);
    const relative = all.filter(({ d }) => d.year === null && d.recurrence === null).map(({ c, d }) => `${c.id} ${d.text}`).sort();
    const relativePage = path.join(DIST, 'timeline/relative/index.html');
    expect(existsSync(relativePage)).toBe(true);
    expect(entriesOn(relativePage).sort()).toEqual(relative);
  });
});

describe('a unit’s timeline', () => {
  it('lists the dated deadlines of exactly the clauses of the unit’s ledger', () => {
    const unitsDir = path.join(DIST, 'units');
    let checked = 0;
    for (const province of readdirSync(unitsDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const unit of readdirSync(path.join(unitsDir, province.name), { withFileTypes: true }).filter((e) => e.isDirectory())) {
        const dir = path.join(unitsDir, province.name, unit.name);
        const ids = new Set([...readFileSync(path.join(dir, 'tasks.csv'), 'utf8').matchAll(/\/clauses\/([^/]+)\//g)].map((m) => m[1]!));
        const expected = clauses.filter((c) => ids.has(c.id)).flatMap((c) => distinctDeadlines(c.deadlines).filter((d) => d.year !== null).map((d) => `${c.id} ${dueDate(d)}`)).sort();
        const listed = entriesOn(path.join(dir, 'timeline/index.html')).filter((e) => /\d{4}-\d{2}-\d{2}$/.test(e)).sort();
        expect(listed, unit.name).toEqual(expected);
        checked += expected.length;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

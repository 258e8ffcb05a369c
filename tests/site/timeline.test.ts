/**
 * The timeline pages in dist/ list every dated deadline of the published data once (year pages, or
 * their provinces' pages in a large atlas), every recurring duty by rhythm and every relative limit,
 * each entry linking to its clause, and no page more than TIMELINE_PAGE_ENTRIES of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctDeadlines } from '../../src/lib/deadline-format.ts';
import type { ExportedClause } from '../../src/lib/schema.ts';
import { dueDate, TIMELINE_PAGE_ENTRIES } from '../../src/lib/timeline.ts';
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

/**
 * The entries of a timeline list: on its page, or, when it is split by province, on its provinces'
 * pages (and then none on its own page).
 */
function listEntries(listDir: string): string[] {
  const own = entriesOn(path.join(listDir, 'index.html'));
  const provinces = readdirSync(listDir, { withFileTypes: true }).filter((e) => e.isDirectory());
  if (provinces.length === 0) return own;
  expect(own, `${listDir} is split by province`).toEqual([]);
  return provinces.flatMap((p) => entriesOn(path.join(listDir, p.name, 'index.html')));
}

describe('timeline', () => {
  const all = clauses.flatMap((c) => distinctDeadlines(c.deadlines).map((d) => ({ c, d })));

  it('lists every dated deadline once, on the page of its year (or of its province in that year)', () => {
    const expected = all.filter(({ d }) => d.year !== null).map(({ c, d }) => `${c.id} ${dueDate(d)}`).sort();
    const years = readdirSync(path.join(DIST, 'timeline')).filter((n) => /^\d{4}$/.test(n));
    expect(years.length).toBeGreaterThan(1);
    const listed = years.flatMap((y) => listEntries(path.join(DIST, 'timeline', y))).sort();
    expect(listed).toEqual(expected);
  });

  it('lists recurring duties and relative limits apart', () => {
    const recurring = all.filter(({ d }) => d.year === null && d.recurrence !== null).map(({ c, d }) => `${c.id} ${d.text}`).sort();
    expect(listEntries(path.join(DIST, 'timeline/recurring')).sort()).toEqual(recurring);
    const relative = all.filter(({ d }) => d.year === null && d.recurrence === null).map(({ c, d }) => `${c.id} ${d.text}`).sort();
    expect(existsSync(path.join(DIST, 'timeline/relative/index.html'))).toBe(true);
    expect(listEntries(path.join(DIST, 'timeline/relative')).sort()).toEqual(relative);
  });

  it('puts no more than one page’s worth of entries on any timeline page', () => {
    const pages = readdirSync(path.join(DIST, 'timeline'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    const over = pages.filter((f) => entriesOn(path.join(DIST, 'timeline', f)).length > TIMELINE_PAGE_ENTRIES);
    expect(over).toEqual([]);
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

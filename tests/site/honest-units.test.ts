/**
 * Department pages say what they cannot see: the clauses of their province's documents that name no
 * responsible units and do not mention the department. The province's pages list those documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../src/lib/schema.ts';
import { provinceSlug } from '../../src/lib/urls.ts';
import { DIST } from '../helpers/site-builds.ts';

const documents = readdirSync(path.join(DIST, 'data/documents')).map((f) => JSON.parse(readFileSync(path.join(DIST, 'data/documents', f), 'utf8')) as PolicyDocument);
const untagged = documents.filter((d) => d.clauses.every((c) => c.units.length === 0));

describe('honest department pages', () => {
  it('count the province’s clauses from untagged documents that the unit page does not show', () => {
    expect(untagged.length).toBeGreaterThan(0);
    for (const province of new Set(untagged.map((d) => d.province))) {
      const total = untagged.filter((d) => d.province === province).reduce((n, d) => n + d.clauses.length, 0);
      const dir = path.join(DIST, 'units', provinceSlug(province));
      for (const unit of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
        const html = readFileSync(path.join(dir, unit.name, 'index.html'), 'utf8');
        const mentioned = Number(/<strong>(\d+)<\/strong>文中提及/.exec(html)![1]);
        const unseen = /本省另有<strong>(\d+)<\/strong>条出自<a href="([^"]+)"/.exec(html);
        if (total - mentioned === 0) expect(unseen, unit.name).toBeNull();
        else {
          expect(Number(unseen![1]), unit.name).toBe(total - mentioned);
          expect(unseen![2]).toBe(`/provinces/${provinceSlug(province)}/#untagged`);
        }
      }
    }
  });

  it('list the untagged documents on the province page and the province’s unit index', () => {
    for (const document of untagged) {
      const slug = provinceSlug(document.province);
      const provincePage = readFileSync(path.join(DIST, 'provinces', slug, 'index.html'), 'utf8');
      expect(provincePage.slice(provincePage.indexOf('id="untagged"'))).toContain(`/documents/${document.id}/`);
      const unitIndex = readFileSync(path.join(DIST, 'units', slug, 'index.html'), 'utf8');
      expect(unitIndex.slice(unitIndex.indexOf('untagged-title'))).toContain(`/documents/${document.id}/`);
    }
  });
});

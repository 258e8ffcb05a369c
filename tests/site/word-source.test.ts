/**
 * A Word file dropped into content/sources/ reaches the site. In a scratch copy of the project
 * (sources, code, configuration; node_modules linked, build caches its own) the 分工表 .docx is
 * added beside the seeds, then `npm run ingest` and `npm run build` run there exactly as a person
 * would run them. The built site publishes the document, a permalink page per clause and the
 * same clauses as the plan's text export.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { decodeSource } from '../../scripts/ingest/read-source.ts';
import type { Clause } from '../../src/lib/schema.ts';
import { clauseUrl, documentUrl } from '../../src/lib/urls.ts';
import { scratchProject } from '../helpers/scratch-project.ts';
import { ROOT } from '../helpers/site-builds.ts';
import { buildWordPlan, readTwin } from '../ingest/word-plans.ts';

const ID = 'anhui-2024-zhongdian-fengong';
const project = scratchProject('atlas-site-word-');
const { dir, dist } = project;
const twin = readTwin(`${ID}.txt`);
const expected = extractDocument(decodeSource(`${ID}.txt`, new TextEncoder().encode(twin)), { id: ID }).document;

function page(url: string): string {
  return readFileSync(path.join(dist, url, 'index.html'), 'utf8');
}

beforeAll(async () => {
  mkdirSync(path.join(dir, 'content/sources/anhui'), { recursive: true });
  writeFileSync(path.join(dir, 'content/sources/anhui', `${ID}.docx`), await buildWordPlan('table', twin));
  project.run('ingest');
  project.run('build');
}, 600_000);

afterAll(() => project.remove());

describe('a .docx in content/sources/ after npm run ingest && npm run build', () => {
  it('publishes the document data with the clauses of its text export', () => {
    const published = JSON.parse(readFileSync(path.join(dist, 'data/documents', `${ID}.json`), 'utf8'));
    expect(published.clauses).toEqual(expected.clauses);
    const all = JSON.parse(readFileSync(path.join(dist, 'data/clauses.json'), 'utf8')) as (Clause & { documentId: string })[];
    expect(all.filter((c) => c.documentId === ID).map((c) => c.id)).toEqual(expected.clauses.map((c) => c.id));
  });

  it('has a document page showing every clause, and a permalink page per clause', () => {
    const html = page(documentUrl(ID));
    expect(html).toContain(expected.title);
    for (const clause of expected.clauses) {
      expect(html).toContain(`id="${clause.id}"`);
      expect(existsSync(path.join(dist, clauseUrl(clause.id), 'index.html')), clause.id).toBe(true);
    }
    expect(page(clauseUrl(expected.clauses[1]!.id))).toContain('深化“青年大学习”行动');
  });

  it('keeps the text sources beside it', () => {
    const seeds = readdirSync(path.join(ROOT, 'content/documents')).map((name) => name.replace(/\.mdx$/, ''));
    expect(seeds.length).toBeGreaterThan(0);
    for (const id of seeds) expect(existsSync(path.join(dist, documentUrl(id), 'index.html')), id).toBe(true);
  });
});

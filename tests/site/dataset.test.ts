/** /data/: the archive holds exactly the published files, and the page describes every field of them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentSchema, exportedClauseSchema, idRegistrySchema } from '../../src/lib/schema.ts';
import { unitRegistryFileSchema } from '../../src/lib/units.ts';
import { DIST } from '../helpers/site-builds.ts';

const data = path.join(DIST, 'data');
const archive = unzipSync(new Uint8Array(readFileSync(path.join(data, 'policy-atlas-data.zip'))));
const decoder = new TextDecoder();
const entry = (name: string) => JSON.parse(decoder.decode(archive[`policy-atlas-data/${name}`]!)) as unknown;

describe('the dataset', () => {
  it('archives every published JSON file with the same content', () => {
    const published = ['clauses.json', 'ids.json', 'units.json', ...readdirSync(path.join(data, 'documents')).map((f) => `documents/${f}`), ...readdirSync(path.join(data, 'ids')).map((f) => `ids/${f}`), ...readdirSync(path.join(data, 'schema')).map((f) => `schema/${f}`)];
    expect(Object.keys(archive).map((k) => k.replace('policy-atlas-data/', '')).sort()).toEqual(published.sort());
    for (const name of published) expect(entry(name), name).toEqual(JSON.parse(readFileSync(path.join(data, name), 'utf8')));
  });

  it('publishes data that fits its schemas', () => {
    for (const c of entry('clauses.json') as unknown[]) exportedClauseSchema.parse(c);
    for (const f of readdirSync(path.join(data, 'documents'))) documentSchema.parse(entry(`documents/${f}`));
    for (const f of readdirSync(path.join(data, 'ids'))) idRegistrySchema.parse(entry(`ids/${f}`));
    for (const r of entry('units.json') as unknown[]) unitRegistryFileSchema.parse(r);
  });

  it('describes on /data/ every field with a note, and links every file', () => {
    const html = readFileSync(path.join(data, 'index.html'), 'utf8');
    const rows = [...html.matchAll(/<tr><th scope="row" data-label="字段"><code>([^<]+)<\/code><\/th><td data-label="类型">[\s\S]*?<td data-label="含义">([^<]*)<\/td>/g)];
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((r) => !r[2]!.trim()).map((r) => r[1])).toEqual([]);
    for (const href of ['/data/policy-atlas-data.zip', '/data/clauses.json', '/data/units.json', '/data/ids.json', '/data/schema/document.json']) expect(html).toContain(`href="${href}"`);
    expect(html).toContain('CC BY 4.0');
  });
});

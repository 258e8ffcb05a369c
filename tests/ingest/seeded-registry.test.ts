/**
 * A province without a curated unit registry: ingestion seeds one from the tags of all its documents,
 * so that one unit has one name across them, writes it beside the content and says so.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentPathsUnder, ingestAll, SEEDED_REGISTRIES_FILE } from '../../scripts/ingest/ingest.ts';
import { registriesFromFiles } from '../../src/lib/registries.ts';
import type { PolicyDocument } from '../../src/lib/schema.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-seeded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = (docNumber: string, year: number, items: string[]) =>
  [
    '共青团广州市委文件',
    docNumber,
    `关于做好${year}年青年就业工作的实施意见`,
    '一、重点任务',
    ...items,
  ].join('\n');

const paths = contentPathsUnder(dir);
mkdirSync(path.join(paths.sources, 'guangdong'), { recursive: true });
mkdirSync(paths.units);
writeFileSync(
  path.join(paths.sources, 'guangdong', 'guangdong-2018-jiuye.txt'),
  plan('穗团〔2018〕3号', 2018, [
    '1.开展就业见习，每年募集岗位不少于5000个。（牵头单位：团市委学校部；配合单位：市教育局等有关部门）',
    '2.举办校园招聘会。（牵头单位：团市委学校部；配合单位：市人力资源和社会保障局）',
  ]),
);
writeFileSync(
  path.join(paths.sources, 'guangdong', 'guangdong-2019-jiuye.txt'),
  plan('穗团〔2019〕5号', 2019, ['1.深化就业见习。（学校部牵头，市教育局、各区团委参与）']),
);
for (const name of ['guangdong-2018-jiuye', 'guangdong-2019-jiuye']) {
  writeFileSync(path.join(paths.sources, 'guangdong', `${name}.meta.json`), JSON.stringify({ province: '广东' }));
}

const output = ingestAll(paths);
const documentJson = (id: string) => JSON.parse(output.files.get(path.join(paths.data, 'documents', `${id}.json`))!) as PolicyDocument;
const seeded = JSON.parse(output.files.get(path.join(paths.data, SEEDED_REGISTRIES_FILE))!) as unknown[];

describe('a registry seeded from the corpus', () => {
  it('gives one unit one name across the documents of the province', () => {
    const later = documentJson('guangdong-2019-jiuye').clauses[0]!.units;
    expect(later.map((u) => [u.raw, u.canonical, u.role])).toEqual([
      ['学校部', '团市委学校部', 'lead'],
      ['市教育局', '市教育局', 'responsible'],
      ['各区团委', '各区团委', 'responsible'],
    ]);
    const earlier = documentJson('guangdong-2018-jiuye').clauses[0]!.units;
    expect(earlier.map((u) => [u.raw, u.canonical])).toEqual([
      ['团市委学校部', '团市委学校部'],
      ['市教育局等有关部门', '市教育局'],
    ]);
  });

  it('is written for the site, one entry per unit, and reads as a registry', () => {
    const registry = registriesFromFiles(seeded).get('广东')!;
    expect(registry.seeded).toBe(true);
    expect(registry.units.map((u) => u.name)).toEqual(['团市委学校部', '市教育局', '市人力资源和社会保障局', '各区团委']);
    expect(registry.resolve('学校部')?.slug).toBe('tuanshiweixuexiaobu');
  });

  it('is reported, with where to curate it', () => {
    expect(output.summary).toEqual([
      'no unit registry for 广东: seeded one with 4 units from the tags of 2 document(s) (content/data/unit-registries.json; copy it to content/units/guangdong.json to curate it)',
    ]);
    expect(output.warnings.filter((w) => /registry/.test(w.message))).toEqual([]);
  });
});

/**
 * The extract command on plans as they arrive, and metadata problems: extract never refuses a text for
 * its metadata and prints every inference as a warning; a wrong sidecar or flag, and every gap that keeps
 * a document out of the atlas, are reported together in one run, one line each, naming the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../scripts/ingest/errors.ts';
import { contentPathsUnder, ingestAll } from '../../scripts/ingest/ingest.ts';
import { checkOverrides } from '../../scripts/ingest/metadata-overrides.ts';
import { listSources } from '../../scripts/ingest/sources.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/sources/metadata');
const EXTRACT = path.join(ROOT, 'scripts/ingest/extract.ts');

function extract(...args: string[]) {
  return spawnSync(process.execPath, [EXTRACT, ...args], { encoding: 'utf8' });
}

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

function scratchDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-metadata-'));
  scratchDirs.push(dir);
  return dir;
}

const PLAN = '共青团河北省委2024年工作要点\n\n一、重点任务\n\n——推进青年之家建设。\n';
const UNDATED = '关于开展主题活动的工作方案\n\n一、主要任务\n\n——开展主题活动。\n';
const BAD_SIDECAR = `{
  "year": "2021年",
  "province": "广洲",
  "city": "深圳市",
  "level": "县",
  "draft": "yes",
  "yaer": 2020,
  "note": "写错了好几处"
}
`;

describe('npm run --silent extract -- FILE, without flags', () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => path.join(FIXTURES, name));
  const files = [...listSources().map((s) => s.file), ...fixtures];

  it.each(files.map((file) => [path.relative(ROOT, file), file]))('succeeds on %s', (_name, file) => {
    const result = extract(file);
    expect(result.stderr.split('\n').filter((line) => line && !line.startsWith(`warning: ${file}:`))).toEqual([]);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.clauses.length).toBeGreaterThan(0);
    expect(document).toHaveProperty('inferred');
  });

  it('reads a text whose line breaks were lost, saying what it inferred', () => {
    const file = path.join(FIXTURES, 'tuanzhongyang-2019-sanxiaxiang-yihang.txt');
    const result = extract(file);
    expect(JSON.parse(result.stdout)).toMatchObject({ province: '全国', issuer: '共青团中央', year: 2019, inferred: ['title', 'issuer', 'province', 'level', 'year'] });
    expect(result.stderr.split('\n').filter((line) => / inferred from /.test(line))).toHaveLength(4);
  });

  it('prints each inference as a warning with file and line', () => {
    const file = path.join(FIXTURES, 'jiangxi-qingnian-wenminghao-zhengqiu-yijian.txt');
    const result = extract(file);
    expect(result.stderr).toContain(`warning: ${file}:9: year 2021 inferred from the dates in the text`);
    expect(JSON.parse(result.stdout)).toMatchObject({ year: 2021, draft: true, inferred: ['year'] });
  });

  it('prints the JSON of a text nothing dates or places, with the gaps as warnings', () => {
    const file = path.join(scratchDir(), 'undated.txt');
    writeFileSync(file, UNDATED);
    const result = extract(file);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ year: null, province: null, issuer: null });
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^warning: ${file}: cannot tell the region`)),
      expect.stringMatching(new RegExp(`^warning: ${file}: cannot tell the issuer`)),
      expect.stringMatching(new RegExp(`^warning: ${file}: cannot tell the year`)),
    ]);
  });
});

describe('stated metadata with problems', () => {
  it('are all found at once, each on the line it is written', () => {
    const { overrides, problems } = checkOverrides(JSON.parse(BAD_SIDECAR), {
      file: 'plan.meta.json',
      label: (key) => `“${key}”`,
      lineOf: (key) => BAD_SIDECAR.split('\n').findIndex((line) => line.includes(`"${key}"`)) + 1,
      extra: {},
    });
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: “year”: expected a four-digit year from 1949 to 2100 such as 2021, got "2021年"',
      '3: “province”: unknown province “广洲”; expected a short name such as 河南, or 全国',
      '5: “level”: expected 全国, 省 or 市, got "县"',
      '6: “draft”: expected true or false, got "yes"',
      '7: “yaer”: unknown field; expected one of title, issuer, province, level, city, year, draft',
      '8: “note”: unknown field; expected one of title, issuer, province, level, city, year, draft',
    ]);
    // The sound field is kept.
    expect(overrides).toEqual({ city: '深圳市' });
  });

  it('that contradict each other are named', () => {
    const { problems } = checkOverrides({ province: '河南', city: '广州', level: '省' }, { file: 'x', label: (key) => `--${key}` });
    expect(problems.map((p) => p.message)).toEqual(['--city: 广州市 is in 广东, not in 河南', '--level: a document of 广州市 is at level 市, not 省']);
  });

  it('stop extract with every problem of the sidecar, a line each naming the sidecar and the line, no stack trace', () => {
    const dir = scratchDir();
    const file = path.join(dir, 'plan.txt');
    writeFileSync(file, PLAN);
    writeFileSync(path.join(dir, 'plan.meta.json'), BAD_SIDECAR);
    const result = extract(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.map((line) => line.replace(`${dir}/`, ''))).toEqual([
      'error: plan.meta.json:2: “year”: expected a four-digit year from 1949 to 2100 such as 2021, got "2021年"',
      'error: plan.meta.json:3: “province”: unknown province “广洲”; expected a short name such as 河南, or 全国',
      'error: plan.meta.json:5: “level”: expected 全国, 省 or 市, got "县"',
      'error: plan.meta.json:6: “draft”: expected true or false, got "yes"',
      'error: plan.meta.json:7: “yaer”: unknown field; expected one of title, issuer, province, level, city, year, draft, note',
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('in flags stop extract as a wrong command line (status 2), all in one line', () => {
    const result = extract(path.join(FIXTURES, 'guangzhou-2018-qingnian-zhiyuan.txt'), '--year', '二〇二四', '--city', '深圳市', '--province', '河南');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'error: --year: expected a four-digit year from 1949 to 2100 such as 2021, got "二〇二四"; --city: 深圳市 is in 广东, not in 河南\n',
    );
  });

  it('are reported by ingest together with the gaps, for every file, and nothing is written', () => {
    const dir = scratchDir();
    const paths = contentPathsUnder(dir);
    const sources = path.join(paths.sources, 'hebei');
    mkdirSync(sources, { recursive: true });
    mkdirSync(paths.units);
    writeFileSync(path.join(sources, 'hebei-2024-a.txt'), UNDATED);
    // The sidecar places the first text through its issuer, but its year is no year.
    writeFileSync(path.join(sources, 'hebei-2024-a.meta.json'), '{ "year": "2024年", "issuer": "共青团河北省委" }\n');
    writeFileSync(path.join(sources, 'hebei-2024-b.txt'), UNDATED);
    let error: unknown;
    try {
      ingestAll(paths);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceError);
    const lines = (error as SourceError).message.split('\n');
    expect(lines.map((line) => line.replace(/^.*\/(hebei-2024-\w)\.(txt|meta\.json)(:\d+)?: /, '$1.$2$3: ').replace(/: cannot tell the (\w+).*/, ': gap $1'))).toEqual([
      'hebei-2024-a.meta.json:1: “year”: expected a four-digit year from 1949 to 2100 such as 2021, got "2024年"',
      'hebei-2024-a.txt: gap year',
      'hebei-2024-b.txt: gap region',
      'hebei-2024-b.txt: gap issuer',
      'hebei-2024-b.txt: gap year',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['sources', 'units']);
  });
});

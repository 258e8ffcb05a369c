/**
 * The extract and ingest commands, run as child processes the way a person runs them: every
 * failure is one line on stderr naming the file (and line) and what was expected, never a stack
 * trace or a validator dump; odd but valid input (a Chinese file name) still works.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORK_DIR_NAME } from '../../scripts/ingest/content-switch.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXTRACT = path.join(ROOT, 'scripts/ingest/extract.ts');
const INGEST = path.join(ROOT, 'scripts/ingest/ingest.ts');
const PLAN = path.join(ROOT, 'tests/fixtures/sources/utf8-plan.txt');

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

function scratchDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-cli-'));
  scratchDirs.push(dir);
  return dir;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], env: Record<string, string> = {}): Run {
  const { ATLAS_DEBUG: _debug, ...parentEnv } = process.env;
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...parentEnv, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The run failed with exactly one error line, no stack frames, and that line is returned. */
function oneErrorLine(result: Run, status = 1): string {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
  const other = result.stderr.split('\n').filter((line) => line !== '' && !/^(error|warning|note): /.test(line));
  expect(other, result.stderr).toEqual([]);
  expect(errors, result.stderr).toHaveLength(1);
  expect(result.status, result.stderr).toBe(status);
  return errors[0]!;
}

/** A scratch content directory with the given sources under sources/hebei/. */
function scratchContent(sources: Record<string, string>): string {
  const dir = scratchDir();
  mkdirSync(path.join(dir, 'sources', 'hebei'), { recursive: true });
  mkdirSync(path.join(dir, 'units'));
  for (const [name, content] of Object.entries(sources)) writeFileSync(path.join(dir, 'sources', 'hebei', name), content);
  return dir;
}

const plan = readFileSync(PLAN, 'utf8');

describe('npm run extract', () => {
  it('a missing file', () => {
    expect(oneErrorLine(run(EXTRACT, ['/no/such/plan.txt']))).toBe('error: /no/such/plan.txt: no such file; expected a plan as a .txt or Word .docx file, such as content/sources/henan/henan-2019-jishi-gongcheng.txt');
  });

  it('a directory', () => {
    const dir = scratchDir();
    expect(oneErrorLine(run(EXTRACT, [dir]))).toBe(`error: ${dir}: is a directory; expected a plan as a .txt or Word .docx file`);
  });

  it('an unknown flag, a flag without its value, no file', () => {
    expect(oneErrorLine(run(EXTRACT, ['--bogus', PLAN]), 2)).toMatch(/^error: unknown option --bogus; usage: npm run --silent extract -- FILE\.txt/);
    expect(oneErrorLine(run(EXTRACT, [PLAN, '--year']), 2)).toMatch(/^error: option --year needs a value; usage: /);
    expect(oneErrorLine(run(EXTRACT, []), 2)).toMatch(/^error: expected one source file, got none; usage: /);
  });

  it('a year out of range, and several bad flags at once', () => {
    expect(oneErrorLine(run(EXTRACT, [PLAN, '--year', '3000']), 2)).toBe('error: --year: expected a four-digit year from 1949 to 2100 such as 2021, got 3000');
    expect(oneErrorLine(run(EXTRACT, [PLAN, '--year', 'next', '--title', '', '--province', '火星']), 2)).toBe(
      'error: --year: expected a four-digit year from 1949 to 2100 such as 2021, got "next"; --title: expected the title, got an empty text; ' +
        '--province: unknown province “火星”; expected a short name such as 河南, or 全国',
    );
  });

  it('an id that is not a permalink id', () => {
    expect(oneErrorLine(run(EXTRACT, [PLAN, '--id', 'Bad Id']), 2)).toBe(
      'error: --id must be lowercase ASCII letters and digits joined by single hyphens (like henan-2019-jishi-gongcheng), got “Bad Id”',
    );
  });

  it('a file named in Chinese works and gets a stable ASCII id, with a warning', () => {
    const dir = scratchDir();
    const file = path.join(dir, '河北共青团青年发展实施方案.txt');
    writeFileSync(file, plan);
    const first = run(EXTRACT, [file]);
    expect(first.status, first.stderr).toBe(0);
    const doc = JSON.parse(first.stdout) as { id: string; clauses: { id: string }[] };
    expect(doc.id).toMatch(/^doc-[0-9a-f]{8}$/);
    expect(doc.clauses[0]!.id.startsWith(`${doc.id}-`)).toBe(true);
    expect(first.stderr).toContain(`warning: ${file}: the file name is not ASCII, so its permalinks use the id “${doc.id}”`);
    expect(JSON.parse(run(EXTRACT, [file]).stdout).id).toBe(doc.id);
    const other = path.join(dir, '河北共青团工作要点2024.txt');
    writeFileSync(other, plan);
    expect(JSON.parse(run(EXTRACT, [other]).stdout).id).toMatch(/^2024-[0-9a-f]{8}$/);
  });

  it('a sidecar that is not JSON names its line; one with wrong fields names each field on a line of its own', () => {
    const dir = scratchDir();
    const file = path.join(dir, 'hebei-2024-plan.txt');
    writeFileSync(file, plan);
    const sidecar = path.join(dir, 'hebei-2024-plan.meta.json');
    writeFileSync(sidecar, '{\n  "year": 2024\n  "note": "草案"\n}\n');
    expect(oneErrorLine(run(EXTRACT, [file]))).toBe(`error: ${sidecar}:3: not valid JSON (Expected ',' or '}' after property value); expected a sidecar as one JSON object`);
    writeFileSync(sidecar, JSON.stringify({ year: '2024年', province: '', draft: 'yes' }));
    const result = run(EXTRACT, [file]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `error: ${sidecar}:1: “year”: expected a four-digit year from 1949 to 2100 such as 2021, got "2024年"`,
      `error: ${sidecar}:1: “province”: expected a province such as 河南, or 全国, got an empty text`,
      `error: ${sidecar}:1: “draft”: expected true or false, got "yes"`,
    ]);
  });

  it('a source problem keeps its file and line', () => {
    const dir = scratchDir();
    const file = path.join(dir, 'tag.txt');
    writeFileSync(file, plan.replace('（牵头单位：组织部）', '\n（牵头单位：）'));
    expect(oneErrorLine(run(EXTRACT, [file]))).toMatch(new RegExp(`^error: ${file}:10: tag “牵头单位：” names no unit`));
  });
});

describe('npm run ingest', () => {
  it('a bad sidecar stops the run before anything is written', () => {
    const dir = scratchContent({ 'hebei-2024-plan.txt': plan, 'hebei-2024-plan.meta.json': '{"year": ' });
    const line = oneErrorLine(run(INGEST, ['--content', dir]));
    expect(line).toBe(`error: ${dir}/sources/hebei/hebei-2024-plan.meta.json:1: not valid JSON (Unexpected end of JSON input); expected a sidecar as one JSON object; nothing was written`);
    expect(readdirSync(dir).sort()).toEqual(['sources', 'units']);
  });

  it('a unit registry that is not JSON, or lacks a field, or gives a slug twice', () => {
    const dir = scratchContent({ 'hebei-2024-plan.txt': plan });
    const registry = path.join(dir, 'units', 'hebei.json');
    writeFileSync(registry, '{"province": "河北",');
    expect(oneErrorLine(run(INGEST, ['--content', dir]))).toMatch(new RegExp(`^error: ${registry}:1: not valid JSON \\(.+\\); expected a unit registry as one JSON object; nothing was written$`));
    writeFileSync(registry, JSON.stringify({ province: '河北', units: [{ name: '组织部' }] }));
    expect(oneErrorLine(run(INGEST, ['--content', dir]))).toBe(`error: ${registry}: unexpected unit registry content: “units[0].slug” is missing; expected a string; nothing was written`);
    writeFileSync(registry, JSON.stringify({ province: '河北', units: [{ name: '组织部', slug: 'zuzhibu' }, { name: '宣传部', slug: 'zuzhibu' }] }));
    expect(oneErrorLine(run(INGEST, ['--content', dir]))).toBe(`error: ${registry}: slug “zuzhibu” is used by two units; expected one slug per unit; nothing was written`);
  });

  it('an unknown flag, a bad revision date, a content directory that is not there', () => {
    expect(oneErrorLine(run(INGEST, ['--chek']), 2)).toBe('error: unknown option --chek; usage: npm run ingest [-- --check] [--quiet] [--date YYYY-MM-DD] [--content DIR]');
    expect(oneErrorLine(run(INGEST, ['--date', '2026-3-1']), 2)).toBe('error: --date expects the revision day as YYYY-MM-DD, got “2026-3-1”');
    expect(oneErrorLine(run(INGEST, ['--content', '/no/such/content']))).toBe('error: /no/such/content/sources: no such file or directory (ENOENT); nothing was written');
  });

  it('keeps a hand-written id overrides file among the generated registries; a wrong one names its field', () => {
    const dir = scratchContent({ 'hebei-2024-plan.txt': plan });
    expect(run(INGEST, ['--content', dir, '--quiet']).status).toBe(0);
    const overrides = path.join(dir, 'ids', 'hebei-2024-plan.overrides.json');
    writeFileSync(overrides, JSON.stringify({ note: '拆分条款时再写 pairs', pairs: [] }));
    expect(run(INGEST, ['--content', dir, '--quiet']).status).toBe(0);
    expect(run(INGEST, ['--content', dir, '--check', '--quiet']).status).toBe(0);
    expect(existsSync(overrides)).toBe(true);
    writeFileSync(overrides, JSON.stringify({ pairs: [{ id: 'hebei-2024-plan-1-1' }] }));
    expect(oneErrorLine(run(INGEST, ['--content', dir]))).toBe(
      `error: ${overrides}: unexpected id overrides content: “pairs[0].startsWith” is missing; expected a string; it should look like {"pairs": [{"id", "startsWith"}], "fresh": [text]}; nothing was written`,
    );
    const registry = path.join(dir, 'ids', 'hebei-2024-plan.json');
    writeFileSync(registry, '{"document": "hebei-2024-plan",\n "source": }');
    expect(oneErrorLine(run(INGEST, ['--content', dir]))).toMatch(new RegExp(`^error: ${registry}: not valid JSON \\(Unexpected token .+\\); expected a clause id registry as one JSON object; nothing was written$`));
  });

  it('a source named in Chinese gets an id and a warning', () => {
    const dir = scratchContent({ '河北共青团青年发展实施方案.txt': plan });
    const result = run(INGEST, ['--content', dir]);
    expect(result.status, result.stderr).toBe(0);
    const [mdx] = readdirSync(path.join(dir, 'documents'));
    expect(mdx).toMatch(/^doc-[0-9a-f]{8}\.mdx$/);
    expect(result.stderr).toContain(`the file name is not ASCII, so its permalinks use the id “${mdx!.replace('.mdx', '')}”`);
  });

  it('an I/O error while switching names the file and keeps the old content', () => {
    const dir = scratchContent({ 'hebei-2024-a.txt': plan, 'hebei-2024-b.txt': plan });
    expect(run(INGEST, ['--content', dir, '--quiet']).status).toBe(0);
    const before = readFileSync(path.join(dir, 'data', 'clauses.json'), 'utf8');
    writeFileSync(path.join(dir, 'sources', 'hebei', 'hebei-2024-a.txt'), plan.replace('推进青年之家建设', '推进青年之家规范化建设'));
    writeFileSync(path.join(dir, 'sources', 'hebei', 'hebei-2024-c.txt'), plan);
    // A directory where the new document's page must go: renaming onto it fails, even for root.
    const blocked = path.join(dir, 'documents', 'hebei-2024-c.mdx');
    mkdirSync(path.join(blocked, 'in-the-way'), { recursive: true });
    expect(oneErrorLine(run(INGEST, ['--content', dir]))).toMatch(new RegExp(`^error: could not write ${blocked}: .+; the previous content is unchanged$`));
    expect(readFileSync(path.join(dir, 'data', 'clauses.json'), 'utf8')).toBe(before);
    expect(readFileSync(path.join(dir, 'documents', 'hebei-2024-a.mdx'), 'utf8')).not.toContain('规范化');
    expect(existsSync(path.join(dir, WORK_DIR_NAME))).toBe(false);
  });

  it('--check reports stray temporary files and stale content', () => {
    const dir = scratchContent({ 'hebei-2024-plan.txt': plan });
    expect(run(INGEST, ['--content', dir, '--quiet']).status).toBe(0);
    expect(run(INGEST, ['--content', dir, '--check', '--quiet']).status).toBe(0);
    writeFileSync(path.join(dir, 'documents', 'hebei-2024-plan.mdx.tmp'), '---\n');
    expect(oneErrorLine(run(INGEST, ['--content', dir, '--check']))).toMatch(/^error: content\/ is stale or has stray files; run npm run ingest\. Differs: .*documents\/hebei-2024-plan\.mdx\.tmp$/);
    expect(run(INGEST, ['--content', dir, '--quiet']).status).toBe(0);
    expect(existsSync(path.join(dir, 'documents', 'hebei-2024-plan.mdx.tmp'))).toBe(false);
  });

  it('a run killed during the switch is completed by the next run, which says so', () => {
    const dir = scratchContent({ 'hebei-2024-plan.txt': plan });
    expect(run(INGEST, ['--content', dir, '--quiet']).status).toBe(0);
    writeFileSync(path.join(dir, 'sources', 'hebei', 'hebei-2024-plan.txt'), plan.replace('推进青年之家建设', '推进青年之家规范化建设'));
    // Dies right after the first file was switched: content/ is half new until the next run.
    const killed = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { contentPathsUnder, ingestAll, writeOutput } from ${JSON.stringify(INGEST)};
         writeOutput(ingestAll(contentPathsUnder(${JSON.stringify(dir)})), { onStep: (_, action) => { if (action.startsWith('back up') && globalThis.done) process.exit(9); if (action.startsWith('replace')) globalThis.done = true; } });`,
      ],
      { encoding: 'utf8' },
    );
    expect(killed.status, killed.stderr).toBe(9);
    expect(existsSync(path.join(dir, WORK_DIR_NAME, 'switch.json'))).toBe(true);
    const check = run(INGEST, ['--content', dir, '--check']);
    expect(check.stderr).toContain('note: an earlier ingest was killed while switching content over; completed the switch');
    expect(check.status, check.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'documents', 'hebei-2024-plan.mdx'), 'utf8')).toContain('规范化');
  });

  it('staging left by a run killed before the switch is removed, and the content kept', () => {
    const dir = scratchContent({ 'hebei-2024-plan.txt': plan });
    expect(run(INGEST, ['--content', dir, '--quiet']).status).toBe(0);
    cpSync(path.join(dir, 'documents'), path.join(dir, WORK_DIR_NAME, 'new', 'documents'), { recursive: true });
    const check = run(INGEST, ['--content', dir, '--check']);
    expect(check.stderr).toContain('note: an earlier ingest was interrupted before switching content over; removed its staging files, the content is unchanged.');
    expect(check.status).toBe(0);
    expect(existsSync(path.join(dir, WORK_DIR_NAME))).toBe(false);
  });
});

describe('an unexpected internal error', () => {
  const failing = ['--input-type=module', '-e', `import { runCli } from ${JSON.stringify(path.join(ROOT, 'scripts/ingest/cli.ts'))}; runCli(() => null.field);`];

  it('is one line with a hint, its stack trace only with ATLAS_DEBUG=1', () => {
    const plain = spawnSync(process.execPath, failing, { encoding: 'utf8', env: { ...process.env, ATLAS_DEBUG: '' } });
    expect(oneErrorLine({ status: plain.status, stdout: plain.stdout, stderr: plain.stderr })).toMatch(
      /^error: internal error: Cannot read properties of null \(reading 'field'\) \(this is a bug in the ingester, not a problem of the source; ATLAS_DEBUG=1 prints where it happened\)$/,
    );
    const debug = spawnSync(process.execPath, failing, { encoding: 'utf8', env: { ...process.env, ATLAS_DEBUG: '1' } });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});

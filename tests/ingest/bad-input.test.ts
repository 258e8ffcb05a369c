/**
 * Hostile and broken input: the ingester names file and line and what it expected, and either
 * handles the input correctly or stops before writing anything.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../scripts/ingest/errors.ts';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { contentPathsUnder, ingestAll, writeOutput, type IngestPaths } from '../../scripts/ingest/ingest.ts';
import { decodeSource, readSource } from '../../scripts/ingest/read-source.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/sources');
const ROOT = path.resolve(import.meta.dirname, '../..');
const utf8Plan = readFileSync(path.join(FIXTURES, 'utf8-plan.txt'), 'utf8');

function extractText(text: string | Uint8Array, file = 'plan.txt') {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return extractDocument(decodeSource(file, bytes), { id: 'plan' });
}

function sourceError(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}

/** Scratch directories made by this file, removed when it is done. */
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/** A scratch project layout with the given sources under sources/hebei/. */
function scratch(sources: Record<string, string | Uint8Array>): IngestPaths {
  const dir = scratchDir('atlas-ingest-');
  const paths = contentPathsUnder(dir);
  mkdirSync(path.join(paths.sources, 'hebei'), { recursive: true });
  mkdirSync(paths.units);
  for (const [name, content] of Object.entries(sources)) writeFileSync(path.join(paths.sources, 'hebei', name), content);
  return paths;
}

describe('encodings and line ends', () => {
  it('refuses an empty file, naming it', () => {
    expect(sourceError(() => extractText('', 'empty.txt')).message).toMatch(/^empty\.txt: the file is empty/);
    expect(sourceError(() => extractText(' \n\n  \n', 'blank.txt')).message).toMatch(/^blank\.txt: the file has no text/);
  });

  it('converts GBK to Unicode and reads it like the UTF-8 original', () => {
    const gbk = readSource(path.join(FIXTURES, 'gbk-plan.txt'));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toBe(utf8Plan);
    expect(extractText(readFileSync(path.join(FIXTURES, 'gbk-plan.txt'))).document).toEqual(extractText(utf8Plan).document);
  });

  it('refuses bytes that are neither UTF-8 nor GBK text, with the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n第二行\n'), 0xff, 0xfe, 0xfd, 0x80, 0x81]);
    const error = sourceError(() => extractText(bytes, 'binary.txt'));
    expect(error.message).toMatch(/^binary\.txt:3: the file is neither valid UTF-8 nor GBK/);
  });

  it('reads a file with a BOM and CRLF line ends exactly like a clean one', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(utf8Plan.replace(/\n/g, '\r\n'))]);
    expect(extractText(withBom).document).toEqual(extractText(utf8Plan).document);
    expect(extractText(withBom).document.clauses[0]!.text).not.toMatch(/[\r\uFEFF]/);
  });

  it('refuses a file with NUL bytes (a binary saved as .txt)', () => {
    expect(sourceError(() => extractText('一、任务\n\u0000\u0000', 'word.txt')).message).toMatch(/^word\.txt:2: .*NUL/);
  });
});

describe('unreadable structure and tags', () => {
  it('stops on a tag that names no unit, with file and line', () => {
    const text = utf8Plan.replace('（牵头单位：组织部）', '\n（牵头单位：）');
    const error = sourceError(() => extractText(text, 'tag.txt'));
    expect(error.message).toMatch(/^tag\.txt:10: tag “牵头单位：” names no unit/);
  });

  it('stops on a text without any clause, saying what it expected', () => {
    expect(sourceError(() => extractText('这是一段没有结构的文字。', 'prose.txt')).message).toMatch(/^prose\.txt:1: found no clause: expected headings/);
  });
});

describe('no partial output', () => {
  it('writes nothing when any source is bad', () => {
    const paths = scratch({ 'hebei-2024-good.txt': utf8Plan, 'hebei-2024-empty.txt': '' });
    expect(() => writeOutput(ingestAll(paths))).toThrow(/hebei-2024-empty\.txt: the file is empty/);
    expect(readdirSync(path.dirname(paths.documents)).sort()).toEqual(['sources', 'units']);
  });

});

describe('the extract command', () => {
  const run = (...args: string[]) => execFileSync(process.execPath, [path.join(ROOT, 'scripts/ingest/extract.ts'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('prints the document JSON of a text it has never seen', () => {
    const doc = JSON.parse(run(path.join(FIXTURES, 'gbk-plan.txt')));
    expect(doc).toMatchObject({ title: '河北共青团青年发展实施方案', province: '河北', issuer: '共青团河北省委', docNumber: '冀青字〔2024〕3号', year: 2024 });
    expect(doc.clauses[0]).toMatchObject({ kind: 'task', units: [{ raw: '组织部', canonical: '组织部', role: 'lead' }] });
    expect(doc.clauses[0].metrics[0]).toMatchObject({ value: 200, unit: '个', cmp: '>=' });
  });

  it('takes flags that override what the text says', () => {
    const doc = JSON.parse(run(path.join(FIXTURES, 'utf8-plan.txt'), '--province', '山西', '--year', '2030', '--issuer', '共青团山西省委办公室'));
    expect(doc).toMatchObject({ province: '山西', year: 2030, issuer: '共青团山西省委办公室' });
  });

  it('exits 1 with file and line on a bad source', () => {
    const dir = scratchDir('atlas-extract-');
    const file = path.join(dir, 'bad.txt');
    writeFileSync(file, '');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest/extract.ts'), file], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: the file is empty`);
    expect(result.stdout).toBe('');
  });
});

/**
 * Word plans read like their text export: for each layout plans arrive in (numbers typed in the
 * text, automatic list numbering, a 分工表), the .docx generated from the twin in
 * tests/fixtures/word/ gives the same document — metadata, clause ids, kinds, paths, texts, units,
 * deadlines and metrics — as the twin itself. The coverage proof holds for Word too: every w:t of
 * the document, found here by a plain scan of word/document.xml, is in the text read, and the
 * only other characters are the numbers and labels the reader says it inserted.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { contentPathsUnder, ingestAll } from '../../scripts/ingest/ingest.ts';
import { decodeDocx } from '../../scripts/ingest/read-docx.ts';
import { decodeSource } from '../../scripts/ingest/read-source.ts';
import type { Block } from '../../scripts/ingest/structure.ts';
import { f1, scoreDocument, type GoldDocument } from './gold-score.ts';
import { buildWordPlan, readTwin, type Layout } from './word-plans.ts';
import { documentXmlText, withoutInserted } from './word-text.ts';

interface Fixture {
  name: string;
  layout: Layout;
  id: string;
  /** What the reader may insert: Word's numbers, the table's labels and separators. */
  inserted: RegExp;
}

const FIXTURES: Fixture[] = [
  { name: 'numbers typed in the text', layout: 'typed', id: 'jiangsu-2023-zhiyuan-fuwu', inserted: /^$/ },
  { name: 'automatic list numbering', layout: 'automatic', id: 'zhejiang-2024-gongzuo-yaodian', inserted: /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)$/ },
  {
    name: 'a 分工表',
    layout: 'table',
    id: 'anhui-2024-zhongdian-fengong',
    // Item numbers drawn in the 序号 column and their "．", "、" after 二 and between names, labels,
    // the header row's cell separators, and lead units repeated down a vertically merged cell.
    inserted: /^(?:\d+|．|、| \| |牵头单位：|责任单位：|完成时限：|宣传部|青年发展部|权益部|组织部|少年部)$/,
  },
];

function blockText(block: Block): string {
  return block.type === 'heading' ? block.text : block.paragraphs.map((p) => p.text).join('');
}

const noSpace = (s: string) => s.replace(/\s+/g, '');

const built = await Promise.all(
  FIXTURES.map(async (fixture) => {
    const twin = readTwin(`${fixture.id}.txt`);
    const docx = await buildWordPlan(fixture.layout, twin);
    const source = decodeDocx(`${fixture.id}.docx`, docx);
    return {
      ...fixture,
      docx,
      source,
      fromWord: extractDocument(source, { id: fixture.id }),
      fromText: extractDocument(decodeSource(`${fixture.id}.txt`, new TextEncoder().encode(twin)), { id: fixture.id }),
    };
  }),
);

describe.each(built)('a Word plan with $name ($id)', ({ docx, source, fromWord, fromText, inserted }) => {
  it('gives the clauses of its text export: count, ids, kinds, paths, texts, units, deadlines, metrics', () => {
    expect(fromWord.document.clauses.length).toBe(fromText.document.clauses.length);
    expect(fromWord.document.clauses.length).toBeGreaterThanOrEqual(15);
    expect(fromWord.document).toEqual(fromText.document);
    expect(fromWord.outline).toEqual(fromText.outline);
    expect(fromWord.warnings.map((w) => w.message)).toEqual(fromText.warnings.map((w) => w.message));
  });

  it('keeps every character of every paragraph and cell in the text read, adding only numbers and labels', () => {
    expect(noSpace(withoutInserted(source))).toBe(noSpace(documentXmlText(docx)));
    for (const piece of source.inserted) expect(piece.text).toMatch(inserted);
  });

  it('puts every character of the text read in exactly one block', () => {
    expect(noSpace(fromWord.blocks.map(blockText).join(''))).toBe(noSpace(source.text));
  });
});

describe('the Word plans read what Word draws', () => {
  const [typed, automatic, table] = built;

  it('reads no number into a plan whose numbers are typed', () => {
    expect(typed!.source.inserted).toEqual([]);
  });

  it('draws every automatic number, restarting 1. under each heading', () => {
    const numbers = automatic!.source.inserted.map((i) => i.text);
    expect(numbers.slice(0, 8)).toEqual(['一、', '1.', '2.', '二、', '（一）', '1.', '2.', '3.']);
    expect(numbers.filter((n) => /、$/.test(n))).toEqual(['一、', '二、', '三、']);
  });

  it('turns each 分工表 row into one clause with its lead, responsible units and deadline', () => {
    const clauses = table!.fromWord.document.clauses;
    expect(clauses).toHaveLength(15);
    expect(clauses[1]).toMatchObject({
      path: ['一、强化青年思想政治引领'],
      units: [
        { raw: '宣传部', role: 'lead' },
        { raw: '学校部', role: 'responsible' },
        { raw: '少年部', role: 'responsible' },
      ],
      deadlines: [{ text: '每季度', recurrence: 'quarterly' }],
    });
    expect(clauses.map((c) => c.path[0])).toContain('二、服务全省高质量发展');
    expect(table!.source.text).toContain('序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限');
  });
});

describe('gold labels of the Word 分工表', () => {
  const gold = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/gold/word-fengong.json'), 'utf8')) as GoldDocument;
  const score = scoreDocument(gold, built[2]!.fromWord.document);

  it('scores the extraction from the .docx', () => {
    console.log(`word-fengong: ${(['clause', 'units', 'deadlines', 'metrics'] as const).map((f) => `${f} F1=${f1(score[f]).toFixed(3)}`).join('  ')}`);
    expect(score.missing).toEqual([]);
    expect(score.extra).toEqual([]);
    expect(f1(score.units)).toBe(1);
    expect(f1(score.deadlines)).toBe(1);
    expect(f1(score.metrics)).toBeGreaterThanOrEqual(0.85);
  });

  it('reads the metadata from the document', () => {
    const got = built[2]!.fromWord.document;
    expect({ title: got.title, issuer: got.issuer, docNumber: got.docNumber, year: got.year, province: got.province }).toEqual({
      title: gold.title,
      issuer: gold.issuer,
      docNumber: gold.docNumber,
      year: gold.year,
      province: gold.province,
    });
    expect(got.clauses.map((c) => c.kind)).toEqual(gold.clauses.map((c) => c.kind));
  });
});

describe('a .docx among the sources', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-word-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const paths = contentPathsUnder(dir);
  const { id, docx, fromText } = built[2]!;
  mkdirSync(path.join(paths.sources, 'anhui'), { recursive: true });
  mkdirSync(paths.units);
  writeFileSync(path.join(paths.sources, 'anhui', `${id}.docx`), docx);
  writeFileSync(path.join(paths.sources, 'anhui', `${id}.meta.json`), JSON.stringify({ issuer: '共青团安徽省委', note: '印发单位是团省委办公室，方案属于团省委' }));
  // Word's lock file while the document is open is no source.
  writeFileSync(path.join(paths.sources, 'anhui', `~$${id}.docx`), 'lock');

  it('is ingested with its sidecar, giving the clauses of its text export', () => {
    const output = ingestAll(paths);
    const json = JSON.parse(output.files.get(path.join(paths.data, 'documents', `${id}.json`))!);
    expect(json.issuer).toBe('共青团安徽省委');
    expect(json.clauses).toEqual(fromText.document.clauses);
    expect(output.files.get(path.join(paths.documents, `${id}.mdx`))).toMatch(new RegExp(`"source": ".*/anhui/${id}\\.docx"`));
  });

  it('may not share its id with a text source', () => {
    writeFileSync(path.join(paths.sources, 'anhui', `${id}.txt`), readTwin(`${id}.txt`));
    expect(() => ingestAll(paths)).toThrow(`document id “${id}” is also the id of`);
    rmSync(path.join(paths.sources, 'anhui', `${id}.txt`));
  });
});

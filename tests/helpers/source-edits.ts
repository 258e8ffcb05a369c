/**
 * Revisions of real plans as a 草案 becomes the 印发 text: an item inserted at the top of a section, one
 * deleted, a numbered task inserted, a new 一、 section, two items swapped, a typo fixed, every item
 * renumbered. Each edit works on any source through its extracted structure, not on fixed line numbers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { decodeSourceFile } from '../../scripts/ingest/read-source.ts';
import { listSources, registryFor } from '../../scripts/ingest/sources.ts';
import type { Block } from '../../scripts/ingest/structure.ts';

/** Line numbers (1-based) where each block starts, and the source's lines. */
export function layout(file: string) {
  const text = decodeSourceFile(file, readFileSync(file));
  const result = extractDocument(text, { id: 'doc', registryFor, overrides: listSources().find((s) => s.file.endsWith(path.basename(file)))?.overrides });
  const startLine = (b: Block) => (b.type === 'heading' ? b.line : b.paragraphs[0]!.line);
  const starts = result.blocks.map(startLine);
  const clauses = result.blocks.flatMap((b, i) => (b.type === 'clause' ? [{ block: b, start: starts[i]!, end: (starts[i + 1] ?? Infinity) - 1, index: i }] : []));
  return { lines: text.text.split('\n'), blocks: result.blocks, clauses, starts };
}

export type Layout = ReturnType<typeof layout>;

export interface Edit {
  name: string;
  /** Returns the revised source and the wording change expected of surviving clauses (old → new text part). */
  apply(l: Layout): { lines: string[]; typo?: [string, string] };
  /** How many clauses the edit adds. */
  adds?: number;
  /** Clauses the edit removes, by their index among the clauses. */
  removes?: (l: Layout) => number[];
}

/** The first clause that follows a heading directly: the top of a section. */
function topOfSection(l: Layout) {
  return l.clauses.find((c) => c.index > 0 && l.blocks[c.index - 1]!.type === 'heading' && c.index > 2) ?? l.clauses[1]!;
}

/** A clause from the middle of the plan that follows a sibling clause, so its heading keeps an item. */
export function deletable(l: Layout): number {
  const middle = Math.floor(l.clauses.length / 2);
  const k = l.clauses.findIndex((c, k) => k >= middle && l.blocks[c.index - 1]!.type === 'clause');
  return k >= 0 ? k : middle;
}

function lineOf(l: Layout, clause: Layout['clauses'][number]): string {
  return l.lines[clause.start - 1]!;
}

export const EDITS: Edit[] = [
  {
    name: 'an item inserted at the top of a section',
    apply(l) {
      const top = topOfSection(l);
      const marker = /^\s*(——|[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[）)])/.exec(lineOf(l, top))?.[1] ?? '——';
      const lines = [...l.lines];
      lines.splice(top.start - 1, 0, `${marker}新增事项：建立青年志愿服务积分激励制度，每年评选优秀青年志愿者不少于100名。`);
      return { lines };
    },
    adds: 1,
  },
  {
    name: 'an item deleted',
    apply(l) {
      const gone = l.clauses[deletable(l)]!;
      return { lines: l.lines.filter((_, i) => i + 1 < gone.start || i + 1 > gone.end) };
    },
    removes: (l) => [deletable(l)],
  },
  {
    name: 'a numbered task inserted',
    apply(l) {
      const numbered = l.clauses.find((c) => /^\s*[0-9０-９]+[.．、]/.test(lineOf(l, c))) ?? l.clauses[2]!;
      const lines = [...l.lines];
      lines.splice(numbered.start - 1, 0, '9.推进团属阵地社会化运营。2020年底前，全省建成青年之家500家以上。', '推进步骤：2020年完成选点，2021年全面推开。', '责任部门：宣传部');
      return { lines };
    },
    adds: 1,
  },
  {
    name: 'a new 一、 section inserted at the top',
    apply(l) {
      const first = l.blocks.findIndex((b) => b.type === 'heading');
      const lines = [...l.lines];
      lines.splice(l.starts[first]! - 1, 0, '一、总体要求', '——坚持党建带团建，把从严治团要求落实到基层团组织建设的各个环节。');
      return { lines };
    },
    adds: 1,
  },
  {
    name: 'two items swapped',
    apply(l) {
      const a = l.clauses.find((c, k) => l.clauses[k + 1] && l.clauses[k + 1]!.index === c.index + 1 && c.index > 3)!;
      const b = l.clauses.find((c) => c.index === a.index + 1)!;
      const lines = [...l.lines];
      const first = lines.slice(a.start - 1, a.end);
      const second = lines.slice(b.start - 1, b.end);
      lines.splice(a.start - 1, b.end - a.start + 1, ...second, ...first);
      return { lines };
    },
  },
  {
    name: 'a typo fixed',
    apply(l) {
      const target = l.clauses[Math.floor(l.clauses.length / 3)]!;
      const line = lineOf(l, target);
      const at = line.search(/[\u4e00-\u9fff]{6}/) + 3;
      const fixed = `${line.slice(0, at)}${line[at] === '的' ? '之' : '的'}${line.slice(at + 1)}`;
      const lines = [...l.lines];
      lines[target.start - 1] = fixed;
      return { lines, typo: [line.trim(), fixed.trim()] };
    },
  },
  {
    name: 'every numbered item renumbered',
    apply(l) {
      return { lines: l.lines.map((line) => line.replace(/^(\s*)([0-9]{1,2})([.．、])(?![0-9])/, (_, indent: string, n: string, dot: string) => `${indent}${Number(n) + 1}${dot}`)) };
    },
  },
];


/**
 * Reads a source as Unicode text, one paragraph per line. A .txt may be UTF-8 (with or without
 * BOM), UTF-16 with BOM, or GB18030/GBK (common for Word exports on Chinese systems); line ends are
 * normalised. A .docx goes through the Word reader (read-docx.ts). Anything else is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { binaryKind } from './binary-formats.ts';
import { SourceError } from './errors.ts';
import { decodeDocx } from './read-docx.ts';

/** Text the reader drew that the file does not spell out (a Word list number, a table column's label). */
export interface Insertion {
  /** Offset in `text`. */
  offset: number;
  text: string;
}

export interface SourceText {
  file: string;
  text: string;
  format: 'text' | 'docx';
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** In text order; empty for plain text, which the reader takes as it is. */
  inserted: Insertion[];
}

/** The extensions ingest and extract read, with the reader for each. */
export const SOURCE_EXTENSIONS = ['.txt', '.docx'] as const;

export function decodeSource(file: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw new SourceError(file, null, 'the file is empty; expected the text of a plan');
  const binary = binaryKind(bytes);
  if (binary) throw new SourceError(file, null, `the file is ${binary}`);
  let encoding: SourceText['encoding'];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    try {
      encoding = 'utf-8';
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = decodeGb18030(file, bytes);
      encoding = 'gb18030';
    }
  }
  if (text.includes('\u0000')) {
    throw new SourceError(file, lineOf(text, text.indexOf('\u0000')), 'the file contains NUL characters; expected a plain text file, not a binary (.doc/.pdf) one');
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new SourceError(file, null, 'the file has no text; expected the text of a plan');
  return { file, text, format: 'text', encoding, inserted: [] };
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file; expected a plan as a .txt or Word .docx file, such as content/sources/henan/henan-2019-jishi-gongcheng.txt',
  EISDIR: 'is a directory; expected a plan as a .txt or Word .docx file',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: permission denied',
};

/** The file's bytes, or one clear line saying why they cannot be read. */
export function readSourceBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const problem = READ_PROBLEMS[(e as NodeJS.ErrnoException).code ?? ''];
    throw new SourceError(file, null, problem ?? `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** A source's text by its kind: a Word file (.docx) or plain text. */
export function decodeSourceFile(file: string, bytes: Uint8Array): SourceText {
  return path.extname(file).toLowerCase() === '.docx' ? decodeDocx(file, bytes) : decodeSource(file, bytes);
}

export function readSource(file: string): SourceText {
  return decodeSourceFile(file, readSourceBytes(file));
}

/** GB18030 decodes almost any byte string, so accept it only when the result reads as Chinese text. */
function decodeGb18030(file: string, bytes: Uint8Array): string {
  const text = new TextDecoder('gb18030').decode(bytes);
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const suspicious = (text.match(/[\ufffd\ue000-\uf8ff]/g) ?? []).length;
  if (cjk === 0 || suspicious > 0) {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    throw new SourceError(file, lineOf(lenient, lenient.indexOf('\ufffd')), 'the file is neither valid UTF-8 nor GBK/GB18030 text; save it as UTF-8');
  }
  return text;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Reads a source text as Unicode: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK
 * (common for Word exports on Chinese systems), and normalises line ends. Anything else is refused.
 */
import { readFileSync } from 'node:fs';
import { SourceError } from './errors.ts';

export interface SourceText {
  file: string;
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

export function decodeSource(file: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw new SourceError(file, null, 'the file is empty; expected the text of a plan');
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
  return { file, text, encoding };
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file; expected a plan text such as content/sources/henan/henan-2019-jishi-gongcheng.txt',
  EISDIR: 'is a directory; expected a plan text file (.txt)',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: permission denied',
};

export function readSource(file: string): SourceText {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const problem = READ_PROBLEMS[(e as NodeJS.ErrnoException).code ?? ''];
    if (problem) throw new SourceError(file, null, problem);
    throw e;
  }
  return decodeSource(file, bytes);
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

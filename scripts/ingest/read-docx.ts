/**
 * Reads a Word .docx into the SourceText the text path produces: one paragraph per line, automatic
 * list numbers drawn as Word draws them (docx-numbering.ts), tables as lines (docx-tables.ts), so
 * paragraphs → structure → clauses read a Word plan exactly like its text export. What the reader
 * inserts (numbers, labels, separators) is listed in `inserted`, for the coverage proof.
 *
 * The package is unzipped with fflate and WordprocessingML parsed with @xmldom/xmldom: text
 * converters drop the automatic numbers, which carry a plan's structure.
 * Headers, footers, footnotes and comments are not body text and are not read.
 */
import path from 'node:path';
import { unzipSync, type Unzipped } from 'fflate';
import { binaryKind, isZip } from './binary-formats.ts';
import { BodyReader, type Block } from './docx-body.ts';
import { ListNumbering, Styles } from './docx-numbering.ts';
import { type Line, isBlank } from './docx-pieces.ts';
import { tableLines } from './docx-tables.ts';
import { DocxError, elementChildren, isW, parseXml, wChild, type Element } from './docx-xml.ts';
import { SourceError } from './errors.ts';
import type { Insertion, SourceText } from './read-source.ts';

/** Larger XML parts than this are not plausible plans (and guard against ZIP bombs). */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const RELATIONSHIP_TYPE = /\/(officeDocument|numbering|styles)$/;

/** The XML parts of the package by lower-cased name (part names are case-insensitive). */
function unzipParts(bytes: Uint8Array): Map<string, Uint8Array> {
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const wanted = /\.(xml|rels)$/i.test(f.name);
        if (wanted && f.originalSize > MAX_PART_BYTES) throw new DocxError(`its part ${f.name} unpacks to ${f.originalSize} bytes, more than a plan can be`);
        return wanted;
      },
    });
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError(`the ZIP package is damaged (${(e as Error).message})`);
  }
  return new Map(Object.entries(files).map(([name, data]) => [name.toLowerCase(), data]));
}

function decodeXml(name: string, data: Uint8Array): string {
  try {
    if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
    if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new DocxError(`${name} is not valid UTF-8`);
  }
}

function readPart(parts: Map<string, Uint8Array>, name: string): Element | undefined {
  const data = parts.get(name.toLowerCase());
  if (!data) return undefined;
  const doc = (() => {
    try {
      return parseXml(decodeXml(name, data));
    } catch (e) {
      throw new DocxError(`${name} is not well-formed XML (${(e as Error).message})`);
    }
  })();
  return doc.documentElement ?? undefined;
}

/** Targets of a part's relationships by type (officeDocument, numbering, styles), as part names. */
function relationships(parts: Map<string, Uint8Array>, partName: string): Map<string, string> {
  const dir = path.posix.dirname(partName);
  const relsName = path.posix.join(dir === '.' ? '' : dir, '_rels', `${path.posix.basename(partName)}.rels`);
  const out = new Map<string, string>();
  const root = readPart(parts, relsName);
  for (const rel of root ? elementChildren(root) : []) {
    const type = RELATIONSHIP_TYPE.exec(rel.getAttribute('Type') ?? '')?.[1];
    const target = rel.getAttribute('Target');
    if (!type || !target || rel.getAttribute('TargetMode') === 'External' || out.has(type)) continue;
    out.set(type, target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir === '.' ? '' : dir, target)));
  }
  return out;
}

function renderBlocks(blocks: Block[]): Line[] {
  return blocks.flatMap((block): Line[] => {
    if (block.type === 'paragraph') return [block.pieces];
    return tableLines(block.rows.map((row) => row.map((cell) => ({ ...cell, lines: renderBlocks(cell.blocks) }))));
  });
}

/** The lines as one text, with the offsets of the inserted pieces. */
function toSourceText(file: string, lines: Line[]): SourceText {
  let text = '';
  const insertions: Insertion[] = [];
  for (const [i, line] of lines.entries()) {
    if (i > 0) text += '\n';
    for (const piece of line) {
      const pieceText = piece.text.replace(/\r/g, '');
      if (piece.inserted) insertions.push({ offset: text.length, text: pieceText });
      text += pieceText;
    }
  }
  return { file, text, format: 'docx', encoding: 'utf-8', inserted: insertions };
}

export function decodeDocx(file: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw new SourceError(file, null, 'the file is empty; expected a Word .docx document');
  if (!isZip(bytes)) {
    throw new SourceError(file, null, `not a Word .docx document: the file is ${binaryKind(bytes) ?? 'not a ZIP package'}`);
  }
  let lines: Line[];
  try {
    const parts = unzipParts(bytes);
    const main = relationships(parts, '').get('officeDocument') ?? 'word/document.xml';
    const document = readPart(parts, main);
    if (!document) throw new DocxError(`it has no main document part (${main}); expected a Word document package`);
    const related = relationships(parts, main);
    const stylesPart = related.get('styles');
    const numberingPart = related.get('numbering');
    const styles = new Styles(stylesPart ? readPart(parts, stylesPart) : undefined);
    const numbering = new ListNumbering(numberingPart ? readPart(parts, numberingPart) : undefined, styles);
    if (!isW(document, 'document')) throw new DocxError(`its main part ${main} is not a Word document (it holds <${document.tagName}>)`);
    const body = wChild(document, 'body');
    if (!body) throw new DocxError(`${main} has no w:body`);
    lines = renderBlocks(new BodyReader(numbering).blocks(body));
  } catch (e) {
    if (e instanceof DocxError) throw new SourceError(file, null, `cannot read this Word document: ${e.message}`);
    throw e;
  }
  if (lines.every(isBlank)) throw new SourceError(file, null, 'the Word document has no text; expected the text of a plan');
  return toSourceText(file, lines);
}

/**
 * The coverage proof for Word sources, independent of the reader: the text of every w:t in
 * word/document.xml found by a scan of its tags (no DOM, no reader code), and the text read with
 * the reader's insertions (numbers, labels) taken out again.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { SourceText } from '../../scripts/ingest/read-source.ts';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(Number.parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );
}

/** Elements whose text the reader does not see: a VML copy of a drawing, deleted and moved-away revisions. */
const UNSEEN = new Set(['mc:Fallback', 'w:del', 'w:moveFrom']);

/**
 * Every w:t of the body in reading order, a text box's text after the paragraph it is anchored
 * in (where the reader puts it), found by scanning the tags of word/document.xml.
 */
export function documentXmlText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  /** One stream per open text box, and the box texts waiting for their paragraph's end. */
  const streams: string[][] = [[]];
  const waiting: string[][] = [[]];
  let unseen = 0;
  let inText = false;
  for (const [, closing, name, selfClosing, text] of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>|([^<]+)/g)) {
    if (text !== undefined) {
      if (inText && unseen === 0) streams.at(-1)!.push(unescapeXml(text));
      continue;
    }
    if (selfClosing) continue;
    if (UNSEEN.has(name!)) unseen += closing ? -1 : 1;
    else if (name === 'w:t') inText = !closing;
    else if (name === 'w:txbxContent' && unseen === 0) {
      if (!closing) {
        streams.push([]);
        waiting.push([]);
      } else {
        const box = [...streams.pop()!, ...waiting.pop()!];
        waiting.at(-1)!.push(...box);
      }
    } else if (name === 'w:p' && closing && unseen === 0) {
      streams.at(-1)!.push(...waiting.at(-1)!.splice(0));
    }
  }
  return streams[0]!.join('');
}

/** The text read without what the reader inserted; throws when an insertion is not where it says. */
export function withoutInserted(source: SourceText): string {
  let text = source.text;
  for (const { offset, text: piece } of [...source.inserted].reverse()) {
    if (text.slice(offset, offset + piece.length) !== piece) throw new Error(`insertion “${piece}” is not at offset ${offset}`);
    text = text.slice(0, offset) + text.slice(offset + piece.length);
  }
  return text;
}

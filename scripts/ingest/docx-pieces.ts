/**
 * Text as the Word reader assembles it: pieces that are either the document's own characters or
 * text the reader draws that no w:t spells out (an automatic number "一、", a column label
 * "牵头单位：" in front of a table cell). Keeping the two apart lets the coverage proof account for
 * every character.
 */

export interface Piece {
  text: string;
  inserted: boolean;
}

/** One line of the text the reader produces: a paragraph, a table row, a label line. */
export type Line = Piece[];

export function source(text: string): Piece {
  return { text, inserted: false };
}

export function inserted(text: string): Piece {
  return { text, inserted: true };
}

export function lineText(line: Line): string {
  return line.map((p) => p.text).join('');
}

export function isBlank(line: Line): boolean {
  return lineText(line).trim() === '';
}

/** A line cut at its line breaks (w:br), each part a line of its own. */
export function splitBreaks(line: Line): Line[] {
  const out: Line[] = [[]];
  for (const piece of line) {
    const parts = piece.text.split('\n');
    for (const [i, part] of parts.entries()) {
      if (i > 0) out.push([]);
      if (part) out.at(-1)!.push({ ...piece, text: part });
    }
  }
  return out;
}

/** A piece ends a phrase when it ends with punctuation; the next one then follows directly. */
const PHRASE_END = /[。；;，,、：:！？!?）)】」』”\s]$/;

/**
 * Several paragraphs (of one table cell) as one line: joined directly after punctuation, else
 * with `separator` ("、" between unit names, "；" between phrases), which the reader inserts.
 */
export function joinLines(lines: Line[], separator: string): Line {
  const out: Line = [];
  for (const line of lines.flatMap(splitBreaks)) {
    if (isBlank(line)) continue;
    if (out.length > 0 && !PHRASE_END.test(lineText(out))) out.push(inserted(separator));
    out.push(...line);
  }
  return out;
}

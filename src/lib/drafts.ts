/**
 * How a Chinese plan says it is not the issued text yet: 草案, 征求意见稿, 讨论稿, 送审稿, the letters
 * sometimes spaced (草 案). Plain regular expressions, so the copy button's script that imports the
 * citation format does not carry them.
 */
const DRAFT_WORD = /草\s*案|征\s*求\s*意\s*见\s*稿|讨\s*论\s*稿|送\s*审\s*稿/;
const TRAILING_DRAFT_MARK = /[（(]\s*(?:草\s*案|征\s*求\s*意\s*见\s*稿|讨\s*论\s*稿|送\s*审\s*稿)\s*[）)]$/;

/** A line that is only the draft mark, as under a title: （草 案）. */
export function isDraftLine(text: string): boolean {
  return TRAILING_DRAFT_MARK.exec(text)?.index === 0;
}

/** A title without a draft mark at its end: …工作要点（征求意见稿） → …工作要点. */
export function withoutDraftMark(title: string): string {
  return title.replace(TRAILING_DRAFT_MARK, '');
}

/** The title itself already says it is a draft. */
export function titleSaysDraft(title: string): boolean {
  return DRAFT_WORD.test(title);
}

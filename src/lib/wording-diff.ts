/**
 * Word-level changes between two wordings of a clause. Chinese has no spaces between words, so the
 * text is split into words with Intl.Segmenter (the diff library's own word splitting assumes spaces).
 */
import { diffWords } from 'diff';

export interface WordingPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export function wordingChanges(before: string, after: string): WordingPart[] {
  return diffWords(before, after, { intlSegmenter: segmenter }).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

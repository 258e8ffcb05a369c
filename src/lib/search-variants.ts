/**
 * The table that lets a traditional-character query find simplified text: for every character the
 * corpus uses, its traditional forms (Hong Kong and Taiwan standards, by OpenCC) map back to it. Built
 * at build time from the corpus, so the browser loads only the few thousand pairs it can ever need.
 */
import * as OpenCC from 'opencc-js';

const TO_TRADITIONAL = [OpenCC.Converter({ from: 'cn', to: 'hk' }), OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 't' })];

/** Traditional character → the simplified character of the corpus, for every CJK character in the texts. */
export function traditionalVariants(texts: Iterable<string>): Record<string, string> {
  const seen = new Set<string>();
  for (const text of texts) for (const ch of text) if (/\p{Script=Han}/u.test(ch)) seen.add(ch);
  const variants: Record<string, string> = {};
  for (const ch of [...seen].sort()) {
    for (const convert of TO_TRADITIONAL) {
      const traditional = convert(ch);
      if (traditional !== ch && [...traditional].length === 1 && !seen.has(traditional)) variants[traditional] = ch;
    }
  }
  return variants;
}

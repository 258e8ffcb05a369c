/**
 * Permalink ids. A clause id is its document's id plus its address in the document's outline
 * (heading ordinals, then the clause's position under its heading): ASCII, readable, and the
 * same on every re-ingestion of an unchanged source.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of a source file: its name, lower-cased, runs of other characters as one hyphen
 * (Henan_2019 plan.txt → henan-2019-plan). A name in Chinese, or any other non-ASCII name, keeps
 * its ASCII part and adds a short hash of the whole name, so it is still a stable, distinct id
 * (河北2024方案.txt → 2024-…; 河北方案.txt → doc-…).
 */
export function documentIdFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').normalize('NFC');
  const ascii = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (/^[\x00-\x7f]*$/.test(base) && ascii !== '') return ascii;
  return `${ascii || 'doc'}-${nameHash(base)}`;
}

/** FNV-1a over the name's UTF-8 bytes, as 8 hex digits: short, stable across platforms. */
function nameHash(name: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

export function clauseId(documentId: string, address: readonly number[]): string {
  return `${documentId}-${address.join('-')}`;
}

/** In-page anchor of a heading in its document page. */
export function headingAnchor(address: readonly number[]): string {
  return `s-${address.join('-')}`;
}

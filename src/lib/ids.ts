/**
 * Permalink ids. A clause id is its document's id plus its address in the document's outline
 * (heading ordinals, then the clause's position under its heading): ASCII, readable, and the
 * same on every re-ingestion of an unchanged source.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function documentIdFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').toLowerCase();
  const id = base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!ID_PATTERN.test(id)) throw new Error(`cannot make an ASCII document id from the file name “${fileName}”; name sources like henan-2019-jishi-gongcheng.txt`);
  return id;
}

export function clauseId(documentId: string, address: readonly number[]): string {
  return `${documentId}-${address.join('-')}`;
}

/** In-page anchor of a heading in its document page. */
export function headingAnchor(address: readonly number[]): string {
  return `s-${address.join('-')}`;
}

/**
 * The section index pages. urls.ts holds the URLs of single items; these are the lists above them.
 * Same convention: every path ends with a slash.
 */
import { documentUrl } from './urls.ts';

export const HOME_URL = '/';
export const DOCUMENTS_URL = '/documents/';
export const PROVINCES_URL = '/provinces/';
export const UNITS_URL = '/units/';
export const TOPICS_URL = '/topics/';

/** A heading's spot inside its document page (anchors s-3-1, see ids.ts headingAnchor). */
export function headingInDocumentUrl(documentId: string, anchor: string): string {
  return `${documentUrl(documentId)}#${anchor}`;
}

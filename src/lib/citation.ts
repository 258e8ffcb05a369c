/** How a trainer cites a clause: issuer, title in 《》, 文号 when there is one, clause number. */
import { clauseLabel } from './labels.ts';
import type { Clause, DocumentFrontmatter } from './schema.ts';

export function citationText(document: Pick<DocumentFrontmatter, 'issuer' | 'title' | 'docNumber' | 'year'>, clause: Pick<Clause, 'n'>): string {
  const title = document.title.startsWith(document.issuer) ? `《${document.title}》` : `${document.issuer}《${document.title}》`;
  const number = document.docNumber ? `（${document.docNumber}）` : `（${document.year}年）`;
  return `${title}${number}${clauseLabel(clause.n)}`;
}

/**
 * How a trainer cites a clause, in the usual Chinese style, with the document's own numbers:
 *
 *   共青团山西省委办公室《…重点任务分工方案（2019—2022）》（晋团办发〔2019〕15号），一、（十）26. https://…/clauses/…/
 *   《共青团河南省委…的实施方案》（草案）（2021年，推定），三、（一）第1项 https://…/clauses/…/
 *
 * - the issuer, unless the title already begins with it;
 * - the full title in 《》;
 * - （草案） for a draft, unless the title already says so;
 * - the 文号; without one, the year, unless the title already has it (a year the text does not print,
 *   inferred or supplied beside it, says 推定);
 * - the clause's place as the document numbers it;
 * - the permalink, after a space so that chat apps link it without the punctuation around it.
 */
import { titleSaysDraft } from './drafts.ts';
import type { Clause, PolicyDocument } from './schema.ts';

export type CitedDocument = Pick<PolicyDocument, 'issuer' | 'title' | 'docNumber' | 'year' | 'draft' | 'inferred' | 'supplied'>;

/** The document as cited: issuer《title》（草案）（文号）. */
export function documentCitation(document: CitedDocument): string {
  const issuer = document.title.startsWith(document.issuer) ? '' : document.issuer;
  const draft = document.draft && !titleSaysDraft(document.title) ? '（草案）' : '';
  const printed = !document.inferred.includes('year') && !document.supplied.includes('year');
  const year = printed ? `（${document.year}年）` : `（${document.year}年，推定）`;
  const date = document.docNumber ? `（${document.docNumber}）` : document.title.includes(String(document.year)) ? '' : year;
  return `${issuer}《${document.title}》${draft}${date}`;
}

/** The clause as cited, without its link: …（文号），三、（一）26. */
export function clauseCitation(document: CitedDocument, clause: Pick<Clause, 'place'>): string {
  return `${documentCitation(document)}，${clause.place}`;
}

/** The citation followed by its permalink; the copy button joins them in the browser the same way. */
export function withPermalink(citation: string, permalink: string): string {
  return `${citation} ${permalink}`;
}

/**
 * Every internal URL of the site, in one place: pages, links, the search index and tests agree on them.
 * All paths end with a slash (astro.config trailingSlash: 'always').
 */
import { provinceByName } from './provinces.ts';

export function documentUrl(documentId: string): string {
  return `/documents/${documentId}/`;
}

/** The clause's spot inside its document page. */
export function clauseInDocumentUrl(documentId: string, clauseId: string): string {
  return `${documentUrl(documentId)}#${clauseId}`;
}

/** The clause permalink. */
export function clauseUrl(clauseId: string): string {
  return `/clauses/${clauseId}/`;
}

/** The clause alone, for an iframe in courseware. */
export function clauseEmbedUrl(clauseId: string): string {
  return `${clauseUrl(clauseId)}embed/`;
}

/** Whether a path is an embed view (the one kind of page other sites may frame). */
export function isEmbedPath(pathname: string): boolean {
  return /^\/clauses\/[^/]+\/embed\/(?:index\.html)?$/.test(pathname);
}

export function provinceSlug(provinceName: string): string {
  const province = provinceByName(provinceName);
  if (!province) throw new Error(`unknown province ${provinceName}`);
  return province.slug;
}

export function provinceUrl(provinceName: string): string {
  return `/provinces/${provinceSlug(provinceName)}/`;
}

/** Page n of a paginated list whose first page is at `url`. */
export function pagedUrl(url: string, page: number): string {
  return page === 1 ? url : `${url}${page}/`;
}

export function unitUrl(provinceName: string, unitSlug: string, page = 1): string {
  return pagedUrl(`/units/${provinceSlug(provinceName)}/${unitSlug}/`, page);
}

export type ExportFormat = 'csv' | 'xlsx' | 'ics';

/** A document's clauses as a ledger or calendar: /documents/<id>/clauses.csv|.xlsx|.ics */
export function documentExportUrl(documentId: string, format: ExportFormat): string {
  return `${documentUrl(documentId)}clauses.${format}`;
}

/** A unit's tasks as a ledger or calendar: /units/<province>/<unit>/tasks.csv|.xlsx|.ics */
export function unitExportUrl(provinceName: string, unitSlug: string, format: ExportFormat): string {
  return `${unitUrl(provinceName, unitSlug)}tasks.${format}`;
}

/** A unit's own deadlines as a timeline: by year and month, recurring duties and relative limits apart. */
export function unitTimelineUrl(provinceName: string, unitSlug: string): string {
  return `${unitUrl(provinceName, unitSlug)}timeline/`;
}

export function unitIndexUrl(provinceName: string): string {
  return `/units/${provinceSlug(provinceName)}/`;
}

export function topicUrl(topicSlug: string): string {
  return `/topics/${topicSlug}/`;
}

/** One province's clauses on a topic, page by page. */
export function topicProvinceUrl(topicSlug: string, provinceName: string, page = 1): string {
  return pagedUrl(`${topicUrl(topicSlug)}${provinceSlug(provinceName)}/`, page);
}

export function searchUrl(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
}

/** The dataset page: every published file and field. */
export const DATA_URL = '/data/';

export const DATA_CLAUSES_URL = '/data/clauses.json';

/** The search page's document filter choices. */
export const DATA_SEARCH_DOCUMENTS_URL = '/data/search-documents.json';

/** The search page's unit filter choices. */
export const DATA_SEARCH_UNITS_URL = '/data/search-units.json';

/** Every clause id ever published, and one document's id registry. */
export const DATA_IDS_URL = '/data/ids.json';

export function idRegistryDataUrl(documentId: string): string {
  return `/data/ids/${documentId}.json`;
}

export function documentDataUrl(documentId: string): string {
  return `/data/documents/${documentId}.json`;
}

/** The deadline timeline: an overview, one page per year, recurring duties and relative limits. */
export const TIMELINE_URL = '/timeline/';

export function timelineYearUrl(year: number): string {
  return `${TIMELINE_URL}${year}/`;
}

export const TIMELINE_RECURRING_URL = `${TIMELINE_URL}recurring/`;
export const TIMELINE_RELATIVE_URL = `${TIMELINE_URL}relative/`;

/** One province's share of a timeline list too long for one page (a year, recurring duties, relative limits). */
export function timelineProvinceUrl(listUrl: string, provinceName: string): string {
  return `${listUrl}${provinceSlug(provinceName)}/`;
}

/** Quantified targets: comparisons across documents, and every target of one province. */
export const TARGETS_URL = '/targets/';

export function provinceTargetsUrl(provinceName: string): string {
  return `${TARGETS_URL}${provinceSlug(provinceName)}/`;
}

/** The section index pages above the single items. */
export const HOME_URL = '/';
export const DOCUMENTS_URL = '/documents/';
export const PROVINCES_URL = '/provinces/';
export const UNITS_URL = '/units/';
export const TOPICS_URL = '/topics/';

/** A heading's spot inside its document page (anchors s-3-1, see ids.ts headingAnchor). */
export function headingInDocumentUrl(documentId: string, anchor: string): string {
  return `${documentUrl(documentId)}#${anchor}`;
}

/**
 * The search page's client: reads ?q= (and filters) from the URL, asks Pagefind for candidates,
 * verifies every candidate against its clause text, and renders the whole result list at once.
 *
 * Retrieval: see src/lib/search-text.ts. Pagefind answers with the clauses that contain the query's
 * character bigrams (cheap: only the index chunks of those words are fetched); the fragments of
 * the candidates are then loaded in parallel and checked for the exact phrase, so nothing that
 * merely shares characters with the query is shown. Results are rendered in one DOM update
 * (no trickling), ranked literal match → alias match → unit tag only, then Pagefind's score.
 */
import aliasFile from '../lib/search-aliases.json';
import { foldQuery, nearestNames, parseQuery, type QueryVocabulary } from '../lib/query-forms.ts';
import { compareHits, highlightExcerpt, matchClause, normalize, parseUnitFilterValue, phraseQuery, planQuery, type QueryPlan } from '../lib/search-text.ts';

interface PagefindData {
  url: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Filters the page offers, in URL-parameter order. */
const FILTER_KEYS = ['province', 'document', 'unit', 'kind'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Filters = Partial<Record<FilterKey, string>>;

/**
 * Candidates verified (fragments fetched) per batch. Every result of the current corpus fits in
 * one batch, so a query renders completely in one go; a query with more candidates at scale shows
 * the first batch and a 显示更多 button instead of downloading thousands of fragments.
 */
const BATCH = 400;

const aliasGroups = (aliasFile as { groups: string[][] }).groups;

let pagefindPromise: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const [pf, shards] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<PagefindApi>,
      fetch('/pagefind/shards.json')
        .then((r) => (r.ok ? r.json() : { bundles: [] }))
        .catch(() => ({ bundles: [] })) as Promise<{ bundles: string[] }>,
    ]);
    await pf.options({ excerptLength: 0 });
    for (const bundle of shards.bundles) await pf.mergeIndex(bundle);
    await pf.init();
    return pf;
  })();
  return pagefindPromise;
}

interface Hit {
  id: string;
  url: string;
  meta: Record<string, string>;
  rank: number;
  count: number;
  order: number;
  phrases: string[];
}

interface Outcome {
  /** The query as searched: full-width folded, traditional characters read as simplified, names taken out as filters. */
  query: string;
  /** The filters searched with: the page's, plus those named in the query (河南 团校). */
  filters: Filters;
  hits: Hit[];
  candidates: number;
  verified: number;
  /** Candidates not yet verified (only at scale; see BATCH). */
  pending: { result: PagefindResult; order: number }[];
  plan: QueryPlan;
  split: boolean;
}

function pagefindFilters(filters: Filters, extra: Filters = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = extra[key] ?? filters[key];
    if (value) out[key] = value;
  }
  return out;
}

async function candidates(pf: PagefindApi, plan: QueryPlan, filters: Filters, unitValues: readonly string[]): Promise<PagefindResult[]> {
  const searches: Promise<PagefindResult[]>[] = [];
  const run = (term: string | null, extra: Filters = {}) =>
    searches.push(pf.search(term, { filters: pagefindFilters(filters, extra) }).then((r) => r?.results ?? []));
  if (plan.alternatives.length === 0) run(null);
  for (const alt of plan.alternatives) {
    const words = alt.phrases.map(phraseQuery).filter((w): w is string => !!w);
    run(words.join(' '));
  }
  // A unit named exactly: its tagged clauses in every province that has it (within the province and
  // unit filters), as the 部门 filter's values name units with their province.
  for (const value of unitValues) {
    const { province, unit } = parseUnitFilterValue(value);
    if (!plan.units.includes(unit)) continue;
    if ((filters.unit && filters.unit !== value) || (filters.province && filters.province !== province)) continue;
    run(null, { unit: value });
  }
  const seen = new Set<string>();
  const merged: PagefindResult[] = [];
  for (const list of await Promise.all(searches)) {
    for (const r of list) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      merged.push(r);
    }
  }
  return merged;
}

async function verify(plan: QueryPlan, batch: { result: PagefindResult; order: number }[]): Promise<Hit[]> {
  const data = await Promise.all(batch.map((c) => c.result.data()));
  const hits: Hit[] = [];
  data.forEach((d, i) => {
    const units = d.meta.units ? d.meta.units.split('|') : [];
    const match = plan.alternatives.length ? matchClause(plan, d.meta.text ?? '', units) : { rank: 0, count: 0, phrases: [] };
    if (!match) return;
    const id = d.url.replace(/\/$/, '').split('/').pop() ?? d.url;
    hits.push({ id, url: d.url, meta: d.meta, rank: match.rank, count: match.count, order: batch[i]!.order, phrases: match.phrases });
  });
  return hits;
}

/** Tables fetched only when a query needs them: traditional characters, topic names for suggestions. */
const lazyJson = new Map<string, Promise<unknown>>();
function loadJson<T>(url: string, fallback: T): Promise<T> {
  if (!lazyJson.has(url)) lazyJson.set(url, fetch(url).then((r) => (r.ok ? r.json() : fallback)).catch(() => fallback));
  return lazyJson.get(url) as Promise<T>;
}

/** Names a query word can stand for: the index's own province, document and unit filter values. */
function vocabularyOf(available: Record<string, Record<string, number>>): QueryVocabulary {
  const names = (key: string) => Object.keys(available[key] ?? {});
  return {
    provinces: names('province').map((name) => ({ name, slug: name })),
    units: names('unit').map((value) => {
      const { province, unit } = parseUnitFilterValue(value);
      return { names: [unit], key: value, province };
    }),
    documents: names('document').map((name) => ({ names: [name], id: name })),
  };
}

export async function runSearch(typed: string, pageFilters: Filters): Promise<Outcome> {
  const pf = await loadPagefind();
  const available = await pf.filters();
  const unitValues = Object.keys(available.unit ?? {});
  const unitNames = [...new Set(unitValues.map((value) => parseUnitFilterValue(value).unit))];
  // 河南 团校: a province, unit or document named beside a term filters; the page's own filters win.
  const parsed = parseQuery(foldQuery(typed, {}), vocabularyOf(available));
  const filters: Filters = { province: parsed.province, unit: parsed.unit, document: parsed.document, ...definedOnly(pageFilters) };
  let query = parsed.terms.join(' ');
  let outcome = await searchFor(query);
  if (outcome.hits.length === 0 && /\p{Script=Han}/u.test(query)) {
    // Nothing found: the query may be written in traditional characters (團校 for 团校).
    const simplified = foldQuery(query, await loadJson<Record<string, string>>('/search/variants.json', {}));
    if (simplified !== query) {
      query = simplified;
      outcome = await searchFor(query);
    }
  }
  return { ...outcome, query, filters };

  async function searchFor(q: string) {
    let split = false;
    let plan = planQuery(q, aliasGroups, unitNames);
    let found = await candidates(pf, plan, filters, unitValues);
    let result = await verifyFirst(plan, found);
    if (result.hits.length === 0 && /\S\s+\S/.test(q.trim())) {
      // Nothing contains the query as one phrase: fall back to "every word somewhere in the clause".
      split = true;
      plan = planQuery(q, aliasGroups, unitNames, true);
      found = await candidates(pf, plan, filters, unitValues);
      result = await verifyFirst(plan, found);
    }
    return { ...result, plan, split };
  }

  async function verifyFirst(p: QueryPlan, list: PagefindResult[]) {
    const all = list.map((result, order) => ({ result, order }));
    const hits = await verify(p, all.slice(0, BATCH));
    return { hits, candidates: list.length, verified: Math.min(BATCH, list.length), pending: all.slice(BATCH) };
  }
}

function definedOnly(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Filters;
}

/** Topics close to a query that found nothing, as links under the status line. */
async function suggest(q: string): Promise<void> {
  if (!suggestions) return;
  const topics = await loadJson<{ name: string; url: string }[]>('/search/topics.json', []);
  const near = nearestNames(q, topics);
  suggestions.replaceChildren();
  if (near.length === 0) return;
  suggestions.append('相近的专题：');
  near.forEach((topic, i) => {
    if (i > 0) suggestions.append('、');
    suggestions.append(Object.assign(document.createElement('a'), { href: topic.url, textContent: topic.name }));
  });
}

function sortHits(hits: Hit[]): Hit[] {
  return hits.sort(compareHits);
}

// ---------------------------------------------------------------- page

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');
const suggestions = document.querySelector<HTMLElement>('#search-suggestions');
const selects = Object.fromEntries(
  FILTER_KEYS.map((k) => [k, document.querySelector<HTMLSelectElement>(`#search-filter-${k}`)]),
) as Record<FilterKey, HTMLSelectElement | null>;

function readUrl(): { q: string; filters: Filters } {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  return { q: params.get('q') ?? '', filters };
}

function writeUrl(q: string, filters: Filters, push: boolean): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const k of FILTER_KEYS) if (filters[k]) params.set(k, filters[k]!);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function formFilters(): Filters {
  const filters: Filters = {};
  for (const k of FILTER_KEYS) if (selects[k]?.value) filters[k] = selects[k]!.value;
  return filters;
}

function hitElement(hit: Hit): HTMLLIElement {
  const m = hit.meta;
  const li = document.createElement('li');
  li.className = 'search-hit';
  const a = document.createElement('a');
  a.href = hit.url;
  a.dataset.clauseId = hit.id;
  // The document's full title, cut to one line by .title-short, then the clause's place in it.
  const title = document.createElement('span');
  title.className = 'search-hit-title';
  const source = Object.assign(document.createElement('span'), { className: 'search-hit-document title-short', textContent: m.doc ?? '', title: m.doc ?? '' });
  const place = Object.assign(document.createElement('span'), { className: 'search-hit-place', textContent: m.place ?? hit.id });
  title.append(source, place);
  const excerpt = document.createElement('span');
  excerpt.className = 'search-hit-excerpt';
  excerpt.innerHTML = highlightExcerpt(m.text ?? '', hit.phrases); // escaped in highlightExcerpt
  const info = document.createElement('span');
  info.className = 'search-hit-meta';
  info.textContent = [m.province, m.kind, m.path].filter(Boolean).join(' · ');
  a.append(title, excerpt, info);
  if (hit.rank === 1) a.append(Object.assign(document.createElement('span'), { className: 'search-hit-note', textContent: '同义词匹配' }));
  if (hit.rank === 2) a.append(Object.assign(document.createElement('span'), { className: 'search-hit-note', textContent: '责任单位标注匹配' }));
  li.append(a);
  return li;
}

let sequence = 0;
let current: Outcome | undefined;

function describe(q: string, count: number, outcome: Outcome, filters: Filters): string {
  const scope = Object.values(filters).filter(Boolean).join('、');
  const where = scope ? `（筛选：${scope}）` : '';
  if (!normalize(q)) return `共 ${count} 条条款${where}`;
  if (count === 0) return `未找到包含“${q}”的条款${where}。请换个说法，或减少筛选条件。`;
  const split = outcome.split ? '（未找到完整短语，以下条款同时包含各个词）' : '';
  const more = outcome.pending.length ? `，已显示前 ${count} 条` : '';
  // Say how many hits are not literal matches, so 青马工程 finding 青年马克思主义者培养工程 is no surprise.
  const byAlias = outcome.hits.filter((h) => h.rank === 1).length;
  const byUnit = outcome.hits.filter((h) => h.rank === 2).length;
  const extra = [byAlias && `${byAlias} 条为同义词匹配`, byUnit && `${byUnit} 条为责任单位标注匹配`].filter(Boolean).join('，');
  const head = extra ? `找到 ${count} 条与“${q}”相关的条款（${extra}）` : `找到 ${count} 条包含“${q}”的条款`;
  return `${head}${where}${split}${more}`;
}

async function search(): Promise<void> {
  if (!list || !status) return;
  const seq = ++sequence;
  const { q, filters } = readUrl();
  if (input && document.activeElement !== input) input.value = q;
  for (const k of FILTER_KEYS) if (selects[k]) selects[k]!.value = filters[k] ?? '';
  document.title = q ? `${q} - 搜索 - 政策条款库` : '搜索 - 政策条款库';
  // Nothing to search for (empty, or only spaces and quote marks) and no filter: an empty page.
  // Filters alone list every clause they select, so the filters also work for browsing.
  if (!normalize(q) && !Object.keys(filters).length) {
    list.replaceChildren();
    status.textContent = '';
    if (more) more.hidden = true;
    return;
  }
  list.setAttribute('aria-busy', 'true');
  status.textContent = '正在搜索…';
  let outcome: Outcome;
  try {
    outcome = await runSearch(q, filters);
  } catch (error) {
    if (seq !== sequence) return;
    console.error(error);
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    status.textContent = '搜索索引加载失败，请刷新页面重试。';
    return;
  }
  if (seq !== sequence) return;
  current = outcome;
  const hits = sortHits(outcome.hits);
  suggestions?.replaceChildren();
  if (hits.length === 0 && outcome.query) void suggest(outcome.query);
  list.replaceChildren(...hits.map(hitElement));
  list.dataset.candidates = String(outcome.candidates);
  list.dataset.verified = String(outcome.verified);
  list.removeAttribute('aria-busy');
  status.textContent = describe(outcome.query || q.trim(), hits.length, outcome, outcome.filters);
  if (more) more.hidden = outcome.pending.length === 0;
  restoreScroll();
}

/**
 * Back from a result returns to the same place in the list: the results are drawn after the page
 * loads, too late for the browser's own scroll restoration, so the position is kept per query.
 */
const scrollKey = () => `search-scroll:${location.search}`;
let restored = false;
function restoreScroll(): void {
  if (restored) return;
  restored = true;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const saved = sessionStorage.getItem(scrollKey());
  if (navigation?.type === 'back_forward' && saved !== null) window.scrollTo(0, Number(saved));
}
window.addEventListener('pagehide', () => sessionStorage.setItem(scrollKey(), String(window.scrollY)));

async function showMore(): Promise<void> {
  if (!current || !list) return;
  const batch = current.pending.splice(0, BATCH);
  const hits = sortHits(await verify(current.plan, batch));
  current.verified += batch.length;
  list.append(...hits.map(hitElement));
  if (more) more.hidden = current.pending.length === 0;
  if (status) status.textContent = `已显示 ${list.children.length} 条条款`;
}

if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(input.value.trim(), formFilters(), true);
    void search();
  });
  for (const k of FILTER_KEYS) {
    selects[k]?.addEventListener('change', () => {
      writeUrl(input.value.trim(), formFilters(), false);
      void search();
    });
  }
  more?.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => void search());

  // Filter choices come from the index itself (Pagefind's filter counts), so they are never stale.
  void loadPagefind()
    .then((pf) => pf.filters())
    .then((all) => {
      const { filters } = readUrl();
      for (const k of FILTER_KEYS) {
        const select = selects[k];
        if (!select) continue;
        const values = Object.entries(all[k] ?? {}).sort((a, b) => a[0].localeCompare(b[0], 'zh-CN'));
        for (const [value, count] of values) select.append(new Option(`${value}（${count}）`, value));
        select.value = filters[k] ?? '';
      }
    });
  void search();
}

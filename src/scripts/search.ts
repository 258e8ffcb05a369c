/**
 * The search page's client: reads ?q= (and filters) from the URL, finds where the phrase occurs in
 * the index, and renders the hits that are on screen.
 *
 * Retrieval (src/lib/search-text.ts, src/lib/search-records.ts, src/lib/pagefind-index.ts): the index
 * holds one record per document, each clause in a slot of S word positions. A phrase is searched as its
 * bigram words; where they stand at consecutive positions the phrase occurs, and the position gives the
 * clause (⌊position / S⌋). Filters are index words at the start of each clause, so a filter is one more
 * word, intersected by clause. Every hit is thus known, counted and ranked before any clause is loaded;
 * only the texts shown are fetched (/search/c/<record>/<slot>.json). A small atlas names all its clauses
 * in one table, so every hit is listed at once; a large one lists them a batch at a time.
 */
import aliasFile from '../lib/search-aliases.json';
import { PagefindIndex } from '../lib/pagefind-index.ts';
import { tableClause, type ClauseHead, type ClauseTable, type ShownClause } from '../lib/search-records.ts';
import type { ChoiceGroups } from '../lib/search-choices.ts';
import { foldQuery, nearestNames, parseQuery, type QueryVocabulary } from '../lib/query-forms.ts';
import {
  compareHits,
  FILTER_KEYS,
  filterWord,
  highlightExcerpt,
  normalize,
  parseUnitFilterValue,
  phraseStarts,
  phraseWords,
  planQuery,
  type FilterKey,
  type QueryPlan,
} from '../lib/search-text.ts';

type Filters = Partial<Record<FilterKey, string>>;

interface Hit {
  /** "<record id>/<slot>": where the clause's file is. */
  key: string;
  rank: number;
  count: number;
  order: number;
}

/**
 * Hits whose texts come with the first render: about a desktop screen's worth. Without the clause
 * table (a large atlas) that is all the first render lists, then this many more per 显示更多.
 */
const FIRST_BATCH = 5;
const MORE_BATCH = 20;
/** Hits that fill a phone screen at the most. */
const SCREEN_HITS = 10;

const aliasGroups = (aliasFile as { groups: string[][] }).groups;
const form = document.querySelector<HTMLFormElement>('#search-form');
const slotSize = Number(form?.dataset.slot ?? 0);
/** Further index bundles of a very large atlas, after the first (search-records.ts searchBundles). */
const bundles = (form?.dataset.bundles ?? '').split(' ').filter(Boolean);
/** The clause table of a small atlas (search-records.ts hasClauseTable): every hit is listed at once. */
const tableUrl = form?.dataset.table;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let indexesPromise: Promise<PagefindIndex[]> | undefined;
function loadIndexes(): Promise<PagefindIndex[]> {
  if (!indexesPromise) {
    indexesPromise = Promise.all(['/pagefind/', ...bundles].map((base) => PagefindIndex.open(base, fetchBytes)));
    // A failed load is tried again by the next search.
    indexesPromise.catch(() => (indexesPromise = undefined));
  }
  return indexesPromise;
}

/** A word's positions in one record, and the record's place in the result order (bundles in turn, records in index order). */
type RecordPositions = Map<string, { order: number; positions: number[] }>;

/** Every position of an index word (or, for a 4-letter code, of every word it starts) in every record. */
async function wordPositions(word: string): Promise<RecordPositions> {
  const indexes = await loadIndexes();
  const found: RecordPositions = new Map();
  let offset = 0;
  for (const [index, postings] of await Promise.all(indexes.map(async (index) => [index, await index.positions(word)] as const))) {
    for (const [record, positions] of postings) found.set(index.meta.records[record]!, { order: offset + record, positions });
    offset += index.meta.records.length;
  }
  return found;
}

type SlotHits = Map<string, { count: number; order: number }>;

/** Counts positions by clause: slot key → occurrences, with the clause's place in the result order. */
function bySlot(starts: { record: string; order: number; positions: readonly number[] }[]): SlotHits {
  const found: SlotHits = new Map();
  for (const { record, order, positions } of starts) {
    for (const position of positions) {
      const slot = Math.floor(position / slotSize);
      const key = `${record}/${slot}`;
      const seen = found.get(key);
      if (seen) seen.count++;
      else found.set(key, { count: 1, order: order * slotSize + slot });
    }
  }
  return found;
}

/** Every clause carrying an index word (a filter word). */
async function wordSlots(word: string): Promise<SlotHits> {
  return bySlot([...(await wordPositions(word))].map(([record, at]) => ({ record, ...at })));
}

/** Clauses containing a phrase, with how often (see phraseStarts). */
async function phraseSlots(phrase: string): Promise<SlotHits> {
  const words = phraseWords(phrase);
  if (words.length === 0) return new Map();
  const unique = [...new Set(words)];
  const found = await Promise.all(unique.map(wordPositions));
  const of = (word: string) => found[unique.indexOf(word)]!;
  const starts = [...of(words[0]!)]
    .filter(([record]) => words.every((w) => of(w).has(record)))
    .map(([record, { order }]) => ({ record, order, positions: phraseStarts(words.map((w) => of(w).get(record)!.positions)) }));
  return bySlot(starts);
}

/** Clauses containing every phrase (the split-words fallback has several), occurrences summed. */
async function allPhrasesSlots(phrases: readonly string[]): Promise<SlotHits> {
  const [first, ...rest] = await Promise.all(phrases.map(phraseSlots));
  const both: SlotHits = new Map();
  for (const [key, hit] of first ?? []) {
    if (rest.every((r) => r.has(key))) both.set(key, { count: hit.count + rest.reduce((n, r) => n + r.get(key)!.count, 0), order: hit.order });
  }
  return both;
}

interface Outcome {
  /** The query as searched: full-width folded, traditional characters read as simplified, names taken out as filters. */
  query: string;
  /** The filters searched with: the page's, plus those named in the query (河南 团校). */
  filters: Filters;
  hits: Hit[];
  plan: QueryPlan;
  split: boolean;
}

async function findHits(plan: QueryPlan, filters: Filters): Promise<Hit[]> {
  const unitValues = plan.units.length ? await loadUnitValues() : [];
  const active = FILTER_KEYS.filter((k) => filters[k]);
  const allowed = await Promise.all(active.map((k) => wordSlots(filterWord(k, filters[k]!))));
  const passes = (key: string) => allowed.every((set) => set.has(key));
  const hits = new Map<string, Hit>();
  const add = (key: string, rank: number, count: number, order: number) => {
    if (!passes(key)) return;
    const seen = hits.get(key);
    if (!seen || rank < seen.rank) hits.set(key, { key, rank, count, order });
  };

  if (plan.alternatives.length === 0) {
    // No phrase: the filters alone select the clauses.
    const [first] = allowed;
    for (const [key, hit] of first ?? []) add(key, 0, 0, hit.order);
  }
  const searches = [
    ...plan.alternatives.map(async (alt) => ({ rank: alt.kind === 'literal' ? 0 : 1, found: await allPhrasesSlots(alt.phrases) })),
    // A unit named exactly: its tagged clauses in every province that has it (within the province and
    // unit filters), as the 部门 filter's values name units with their province.
    ...unitValues
      .filter((value) => {
        const { province, unit } = parseUnitFilterValue(value);
        return plan.units.includes(unit) && (!filters.unit || filters.unit === value) && (!filters.province || filters.province === province);
      })
      .map(async (value) => ({ rank: 2, found: await wordSlots(filterWord('unit', value)) })),
  ];
  for (const { rank, found } of await Promise.all(searches)) {
    for (const [key, hit] of found) add(key, rank, rank === 2 ? 0 : hit.count, hit.order);
  }
  return [...hits.values()].sort(compareHits);
}

/** Tables fetched only when a query needs them: document titles, traditional characters, topic names. */
const lazyJson = new Map<string, Promise<unknown>>();
function loadJson<T>(url: string, fallback: T): Promise<T> {
  if (!lazyJson.has(url)) lazyJson.set(url, fetch(url).then((r) => (r.ok ? r.json() : fallback)).catch(() => fallback));
  return lazyJson.get(url) as Promise<T>;
}

/**
 * Names a query word can stand for: the filters' own choices. Only a query of several words reads
 * names out of itself, so only then are the document titles loaded.
 */
async function vocabularyFor(query: string): Promise<QueryVocabulary> {
  const several = query.includes(' ');
  const provinces = [...(selects.province?.options ?? [])].map((o) => o.value).filter(Boolean);
  const [documents, units] = several ? await Promise.all([loadChoices('document'), loadUnitValues()]) : [[], []];
  return {
    provinces: provinces.map((name) => ({ name, slug: name })),
    units: units.map((value) => {
      const { province, unit } = parseUnitFilterValue(value);
      return { names: [unit], key: value, province };
    }),
    documents: documents.map((title) => ({ names: [title], id: title })),
  };
}

function definedOnly(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Filters;
}

export async function runSearch(typed: string, pageFilters: Filters): Promise<Outcome> {
  const folded = foldQuery(typed, {});
  // 河南 团校: a province, unit or document named beside a term filters; the page's own filters win.
  const parsed = parseQuery(folded, await vocabularyFor(folded));
  const filters: Filters = { ...definedOnly({ province: parsed.province, unit: parsed.unit, document: parsed.document }), ...definedOnly(pageFilters) };
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

  async function searchFor(q: string): Promise<Omit<Outcome, 'query' | 'filters'>> {
    let plan = planQuery(q, aliasGroups, unitNames);
    let hits = await findHits(plan, filters);
    let split = false;
    if (hits.length === 0 && /\S\s+\S/.test(q.trim())) {
      // Nothing contains the query as one phrase: fall back to "every word somewhere in the clause".
      split = true;
      plan = planQuery(q, aliasGroups, unitNames, true);
      hits = await findHits(plan, filters);
    }
    return { hits, plan, split };
  }
}

const clauseCache = new Map<string, Promise<ShownClause>>();
function loadClause(key: string): Promise<ShownClause> {
  let loading = clauseCache.get(key);
  if (!loading) {
    loading = fetch(`/search/c/${key}.json`).then((r) => {
      if (!r.ok) throw new Error(`clause ${key}: HTTP ${r.status}`);
      return r.json() as Promise<ShownClause>;
    });
    clauseCache.set(key, loading);
  }
  return loading;
}

// ---------------------------------------------------------------- page

const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');
const suggestions = document.querySelector<HTMLElement>('#search-suggestions');
const selects = Object.fromEntries(FILTER_KEYS.map((k) => [k, document.querySelector<HTMLSelectElement>(`#search-filter-${k}`)])) as Record<FilterKey, HTMLSelectElement | null>;
/** The names of the units tagged anywhere (宣传部): a query that is one of them also finds the clauses tagged with it. */
const unitNames = (form?.dataset.unitNames ?? '').split('\n').filter(Boolean);

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

/**
 * The document and unit filters list every document and unit of the atlas: their choices load when
 * first wanted (the select used, or a query naming one), not with the page. Resolves with the values.
 */
const loadedChoices = new Map<FilterKey, Promise<string[]>>();
function loadChoices(key: 'document' | 'unit'): Promise<string[]> {
  const select = selects[key];
  if (!select?.dataset.src) return Promise.resolve([]);
  let loading = loadedChoices.get(key);
  if (!loading) {
    loading = loadJson<ChoiceGroups>(select.dataset.src, []).then((groups) => {
      const chosen = select.value;
      select.replaceChildren(new Option('全部', ''));
      for (const group of groups) {
        const optgroup = document.createElement('optgroup');
        optgroup.label = group.province;
        // A unit keeps its province in the label (河南·宣传部): the closed select shows only the label.
        for (const [value, count] of group.choices) optgroup.append(new Option(`${value}（${count}）`, value));
        select.append(optgroup);
      }
      selectValue(select, chosen);
      return groups.flatMap((g) => g.choices.map(([value]) => value));
    });
    loadedChoices.set(key, loading);
  }
  return loading;
}

/** The unit filter's values, each a unit with its province (河南·宣传部): the units a query may name exactly. */
function loadUnitValues(): Promise<string[]> {
  return loadChoices('unit');
}

/** Shows a filter value from the URL even before (or without) its select's full list of choices. */
function selectValue(select: HTMLSelectElement, value: string): void {
  if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
  select.value = value;
}

function hitElement(hit: Hit, clause: ClauseHead | ShownClause, phrases: string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const a = document.createElement('a');
  a.href = clause.url;
  a.dataset.clauseId = clause.id;
  // The document's full title, cut to one line by .title-short, then the clause's place in it.
  const title = document.createElement('span');
  title.className = 'search-hit-title';
  const source = Object.assign(document.createElement('span'), { className: 'search-hit-document title-short', textContent: clause.doc, title: clause.doc });
  const place = Object.assign(document.createElement('span'), { className: 'search-hit-place', textContent: clause.place });
  title.append(source, place);
  const excerpt = document.createElement('span');
  excerpt.className = 'search-hit-excerpt';
  const info = document.createElement('span');
  info.className = 'search-hit-meta';
  info.textContent = [clause.province, clause.kind].join(' · ');
  a.append(title, excerpt, info);
  if (hit.rank === 1) a.append(Object.assign(document.createElement('span'), { className: 'search-hit-note', textContent: '同义词匹配' }));
  if (hit.rank === 2) a.append(Object.assign(document.createElement('span'), { className: 'search-hit-note', textContent: '责任单位标注匹配' }));
  li.append(a);
  if ('text' in clause) showText(li, clause, phrases);
  else textWhenNear(li, hit.key, phrases);
  return li;
}

/** Fills in a hit's excerpt, the phrases marked, and the headings above the clause. */
function showText(li: HTMLLIElement, clause: ShownClause, phrases: string[]): void {
  li.querySelector('.search-hit-excerpt')!.innerHTML = highlightExcerpt(clause.text, phrases); // escaped in highlightExcerpt
  li.querySelector('.search-hit-meta')!.textContent = [clause.province, clause.kind, clause.path].filter(Boolean).join(' · ');
}

/** Hits listed from the clause table get their texts as they come near the screen. */
const waiting = new WeakMap<Element, { key: string; phrases: string[] }>();
const nearScreen = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const wanted = waiting.get(entry.target);
      if (!entry.isIntersecting || !wanted) continue;
      nearScreen.unobserve(entry.target);
      waiting.delete(entry.target);
      loadClause(wanted.key).then(
        (clause) => showTextInPlace(entry.target as HTMLLIElement, clause, wanted.phrases),
        () => undefined,
      );
    }
  },
  { rootMargin: '1000px 0px' },
);
/**
 * Shows a text that came in for a hit. A hit starting above the screen grows the page above what is
 * read, so the page scrolls by as much and what is on screen stays put. (The list opts out of the
 * browser's own scroll anchoring, which not every browser has, so that it is done once, here.)
 */
function showTextInPlace(li: HTMLLIElement, clause: ShownClause, phrases: string[]): void {
  const above = li.getBoundingClientRect().top < 0;
  const height = li.offsetHeight;
  showText(li, clause, phrases);
  if (above) window.scrollBy(0, li.offsetHeight - height);
}
function textWhenNear(li: HTMLLIElement, key: string, phrases: string[]): void {
  waiting.set(li, { key, phrases });
  nearScreen.observe(li);
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

let sequence = 0;
let current: (Outcome & { shown: number }) | undefined;

function describe(q: string, outcome: Outcome, filters: Filters): string {
  const count = outcome.hits.length;
  const scope = Object.values(filters).filter(Boolean).join('、');
  const where = scope ? `（筛选：${scope}）` : '';
  if (!normalize(q)) return `共 ${count} 条条款${where}`;
  if (count === 0) return `未找到包含“${q}”的条款${where}。请换个说法，或减少筛选条件。`;
  const split = outcome.split ? '（未找到完整短语，以下条款同时包含各个词）' : '';
  // Say how many hits are not literal matches, so 青马工程 finding 青年马克思主义者培养工程 is no surprise.
  const byAlias = outcome.hits.filter((h) => h.rank === 1).length;
  const byUnit = outcome.hits.filter((h) => h.rank === 2).length;
  const extra = [byAlias && `${byAlias} 条为同义词匹配`, byUnit && `${byUnit} 条为责任单位标注匹配`].filter(Boolean).join('，');
  const head = extra ? `找到 ${count} 条与“${q}”相关的条款（${extra}）` : `找到 ${count} 条包含“${q}”的条款`;
  return `${head}${where}${split}`;
}

/**
 * The next hits as list items, appearing in one update: the first `withText` of the list with their
 * texts; with the clause table, the others named from it and their texts loaded as they come near the screen.
 */
async function renderBatch(outcome: Outcome, from: number, size: number, withText = FIRST_BATCH): Promise<HTMLLIElement[]> {
  const batch = outcome.hits.slice(from, from + size);
  const phrases = outcome.plan.alternatives.flatMap((a) => a.phrases).concat(outcome.plan.units.map(normalize));
  const table = tableUrl ? await loadJson<ClauseTable | null>(tableUrl, null) : null;
  const clauses = await Promise.all(
    batch.map((hit, i) => {
      const head = table && from + i >= withText ? tableClause(table, hit.key) : undefined;
      return head ?? loadClause(hit.key);
    }),
  );
  return batch.map((hit, i) => hitElement(hit, clauses[i]!, phrases));
}

/** How many hits the first render lists: all of them with the clause table, a screen's worth without. */
function firstBatchSize(outcome: Outcome): number {
  return tableUrl ? outcome.hits.length : FIRST_BATCH;
}

function showMoreButton(): void {
  if (!more || !current) return;
  const left = current.hits.length - current.shown;
  more.hidden = left <= 0;
  more.textContent = `显示更多（还有 ${left} 条）`;
}

async function search(): Promise<void> {
  if (!list || !status) return;
  const seq = ++sequence;
  const { q, filters } = readUrl();
  if (input && document.activeElement !== input) input.value = q;
  for (const k of FILTER_KEYS) if (selects[k]) selectValue(selects[k]!, filters[k] ?? '');
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
  let items: HTMLLIElement[];
  try {
    outcome = await runSearch(q, filters);
    // Back from a result: as many hits as were shown before, and the texts of those down to the one
    // that was on screen, so the place in the list is still there.
    const place = savedPlace();
    items = await renderBatch(outcome, 0, Math.max(firstBatchSize(outcome), place?.shown ?? 0), Math.max(FIRST_BATCH, (place?.hit ?? 0) + SCREEN_HITS));
  } catch (error) {
    if (seq !== sequence) return;
    console.error(error);
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    status.textContent = '搜索索引加载失败，请刷新页面重试。';
    return;
  }
  if (seq !== sequence) return;
  current = { ...outcome, shown: items.length };
  suggestions?.replaceChildren();
  if (outcome.hits.length === 0 && outcome.query) void suggest(outcome.query);
  list.replaceChildren(...items);
  list.dataset.hits = String(outcome.hits.length);
  list.removeAttribute('aria-busy');
  status.textContent = describe(outcome.query || q.trim(), outcome, outcome.filters);
  showMoreButton();
  restoreScroll();
}

/**
 * Back from a result returns to the same place in the list: the results are drawn after the page
 * loads, too late for the browser's own scroll restoration, so the place is kept per query: how many
 * hits were shown, and which hit was at the top of the screen, how far down. (Hits above it may not
 * have their texts yet, so the hit, not the scroll offset, marks the place.)
 */
interface Place {
  shown: number;
  y: number;
  /** The first hit on screen, by its position in the list; -1 when the list was not on screen. */
  hit: number;
  top: number;
}
const placeKey = () => `search-place:${location.search}`;
let restored = false;
function savedPlace(): Place | undefined {
  if (restored) return undefined;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const saved = sessionStorage.getItem(placeKey());
  return navigation?.type === 'back_forward' && saved !== null ? (JSON.parse(saved) as Place) : undefined;
}
function restoreScroll(): void {
  const place = savedPlace();
  restored = true;
  if (!place) return;
  const hit = list?.children[place.hit];
  window.scrollTo(0, hit ? hit.getBoundingClientRect().top + window.scrollY - place.top : place.y);
}
window.addEventListener('pagehide', () => {
  const items = [...(list?.children ?? [])];
  const hit = items.findIndex((li) => li.getBoundingClientRect().bottom > 0);
  const top = hit >= 0 ? items[hit]!.getBoundingClientRect().top : 0;
  sessionStorage.setItem(placeKey(), JSON.stringify({ shown: current?.shown ?? 0, y: window.scrollY, hit, top } satisfies Place));
});

async function showMore(): Promise<void> {
  if (!current || !list) return;
  const shown = current;
  const items = await renderBatch(shown, shown.shown, MORE_BATCH);
  if (current !== shown) return;
  shown.shown += items.length;
  list.append(...items);
  showMoreButton();
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
  for (const key of ['document', 'unit'] as const) {
    for (const event of ['focus', 'pointerdown'] as const) selects[key]?.addEventListener(event, () => void loadChoices(key));
  }
  more?.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => void search());
  // The page is there to search: its index's table of contents (preloaded by the page) loads at once,
  // so a first query typed here needs only the chunks of its words.
  void loadIndexes().catch(() => undefined);
  void search();
}

/**
 * What a reader's browser pays, measured in Chromium against a built site served on 127.0.0.1:
 * requests and compressed bytes for a first search, a clause page and a document page (fresh cache
 * each), and how long searches take to show their results.
 *
 * Compressed bytes: text responses as gzip would send them (any static host compresses them);
 * the search index's files are compressed already and count as they are.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic } from '../site/static-server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The query of the first search, and the set whose latencies are reported. */
export const FIRST_QUERY = '学社衔接';
export const LATENCY_QUERIES = ['学社衔接', '团青比', '青年之家', '智慧团建', '志愿服务', '推优', '乡村振兴', '团员', '基层组织建设', '少先队', '青马工程', '宣传部'];

export interface Transfer {
  requests: number;
  /** Bytes on the wire with compression. */
  bytes: number;
  /** Bytes of the response bodies. */
  rawBytes: number;
}

export interface BrowserMetrics {
  firstSearch: Transfer & { milliseconds: number; status: string };
  /** Milliseconds from submitting a first query, typed into the search page opened empty, to its results. */
  typedFirstSearch: number;
  clausePage: Transfer;
  documentPage: Transfer;
  /** Milliseconds from submitting a query to its results on screen, with the index already loaded. */
  latencies: { query: string; milliseconds: number }[];
}

const PRECOMPRESSED = /\.(?:pf_meta|pf_index)$/;

/** A response's bytes on the wire, compressed as described above. */
export function compressedBytes(pathname: string, body: Buffer): number {
  return PRECOMPRESSED.test(pathname) ? body.length : gzipSync(body).length;
}
const SETTLED = /^(找到|未找到|共)/;

async function measureTransfer<T>(browser: Browser, url: string, ready: (page: Page) => Promise<T>): Promise<Transfer & { page: Page; ready: T }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const totals: Transfer = { requests: 0, bytes: 0, rawBytes: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          totals.requests++;
          totals.rawBytes += body.length;
          totals.bytes += compressedBytes(new URL(response.url()).pathname, body);
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url);
  const value = await ready(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return { ...totals, page, ready: value };
}

/** Waits for the search status to report results; resolves with the page's clock at that moment. */
async function settledAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (pattern) => new RegExp(pattern).test(document.querySelector('#search-status')?.textContent ?? '') && performance.now(),
    SETTLED.source,
    { timeout: 120_000, polling: 5 },
  );
  return (await handle.jsonValue()) as number;
}

/** Submits a query in the page and resolves with the milliseconds until the status reports the results. */
function timedQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    ({ query, pattern }) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('#search-status')!;
        const input = document.querySelector<HTMLInputElement>('#search-q')!;
        const form = document.querySelector<HTMLFormElement>('#search-form')!;
        status.textContent = '';
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (new RegExp(pattern).test(status.textContent ?? '')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = query;
        form.requestSubmit();
      }),
    { query, pattern: SETTLED.source },
  );
}

export async function measureBrowser(dist: string, clauseUrl: string, documentUrl: string): Promise<BrowserMetrics> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    // From the start of navigation to the results on screen: page, index and results together.
    const first = await measureTransfer(browser, `${server.url}/search/?q=${encodeURIComponent(FIRST_QUERY)}`, settledAt);
    const milliseconds = first.ready;
    const status = (await first.page.textContent('#search-status')) ?? '';
    const latencies: BrowserMetrics['latencies'] = [];
    for (const query of LATENCY_QUERIES) latencies.push({ query, milliseconds: await timedQuery(first.page, query) });
    await first.page.context().close();

    // Someone opens the search page and types: the index's table of contents loads while they type.
    const typed = await measureTransfer(browser, `${server.url}/search/`, async (page) => {
      await page.focus('#search-q');
    });
    await typed.page.waitForTimeout(1000);
    const typedFirstSearch = await timedQuery(typed.page, FIRST_QUERY);
    await typed.page.context().close();

    const clause = await measureTransfer(browser, server.url + clauseUrl, async () => {});
    await clause.page.context().close();
    const document = await measureTransfer(browser, server.url + documentUrl, async () => {});
    await document.page.context().close();
    const strip = ({ requests, bytes, rawBytes }: Transfer): Transfer => ({ requests, bytes, rawBytes });
    return { firstSearch: { ...strip(first), milliseconds, status }, typedFirstSearch, clausePage: strip(clause), documentPage: strip(document), latencies };
  } finally {
    await browser.close();
    await server.close();
  }
}

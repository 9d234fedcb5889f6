// The search benchmark's measurements in Chromium: typed searches timed from the last keystroke,
// bytes a first search transfers (as a gzip-serving web server would send them), first results.
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPING_DEBOUNCE_MS } from '../../src/lib/search/query.ts';

const TEXT_TYPES = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '']);

/** Bytes a server sends for a built file: text gzipped (level 6), Pagefind's own files as they are (already compressed). */
export function servedBytes(url: string, outDir: string, basePath: string): number {
  let path = decodeURIComponent(new URL(url).pathname).slice(basePath.length);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const body = readFileSync(join(outDir, path));
  return TEXT_TYPES.has(extname(path)) ? gzipSync(body).length : body.length;
}

/** Types a query into the search page; ms from the last keystroke to results drawn, less the debounce. */
export async function timedSearch(page: Page, query: string): Promise<number> {
  await page.locator('[data-search-input]').fill('');
  await page.evaluate(() => {
    const list = document.querySelector('[data-search-results]')!;
    (window as unknown as { drawn: Promise<number> }).drawn = new Promise((resolve) =>
      new MutationObserver((_, observer) => {
        observer.disconnect();
        resolve(performance.now());
      }).observe(list, { childList: true }),
    );
  });
  await page.locator('[data-search-input]').pressSequentially(query);
  const lastKey = await page.evaluate(() => performance.now());
  const drawn = await page.evaluate(() => (window as unknown as { drawn: Promise<number> }).drawn);
  return drawn - lastKey - TYPING_DEBOUNCE_MS;
}

/** What a first search fetches, by kind. */
export const KINDS = [
  'the search page (HTML, CSS, scripts)',
  "Pagefind's script, worker and WebAssembly",
  "Pagefind's page list (`.pf_meta`)",
  'search catalog',
  'index chunks (`.pf_index`)',
  'result text (`.pf_fragment`, one per result shown)',
] as const;

function kindOf(url: string): (typeof KINDS)[number] {
  const path = new URL(url).pathname;
  if (path.endsWith('.pf_meta')) return KINDS[2];
  if (/\/catalog\.[0-9a-f]+\.json$/.test(path)) return KINDS[3];
  if (path.endsWith('.pf_index')) return KINDS[4];
  if (path.endsWith('.pf_fragment')) return KINDS[5];
  if (path.includes('/pagefind/')) return KINDS[1];
  return KINDS[0];
}

export interface ColdSearch {
  ms: number;
  /** The search page itself (HTML, CSS, scripts), before anything is typed. */
  pageBytes: number;
  /** Everything fetched from then until the results are drawn. */
  searchBytes: number;
  searchRequests: number;
  /** All of it by kind. */
  byKind: Map<(typeof KINDS)[number], number>;
}

/** A first search in a fresh browser context (empty cache), from opening the search page. */
export async function coldSearch(
  browser: Browser,
  siteUrl: string,
  outDir: string,
  query: string,
): Promise<ColdSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(request.url()));
  const basePath = new URL(siteUrl).pathname;
  await page.goto(`${siteUrl}search/`, { waitUntil: 'networkidle' });
  const before = fetched.length;
  const ms = await timedSearch(page, query);
  await page.waitForLoadState('networkidle');
  await context.close();
  const bytes = (urls: string[]) =>
    urls.reduce((sum, url) => sum + servedBytes(url, outDir, basePath), 0);
  const byKind = new Map(KINDS.map((kind) => [kind, 0]));
  for (const url of fetched)
    byKind.set(kindOf(url), byKind.get(kindOf(url))! + servedBytes(url, outDir, basePath));
  return {
    ms,
    pageBytes: bytes(fetched.slice(0, before)),
    searchBytes: bytes(fetched.slice(before)),
    searchRequests: fetched.length - before,
    byKind,
  };
}

/** The first result's link and match tier for a query opened by URL. */
export async function firstResult(page: Page, siteUrl: string, query: string) {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('ol[data-search-results] > li');
  const first = page.locator('ol[data-search-results] > li').first();
  return {
    href: (await first.locator('a').first().getAttribute('href')) ?? '',
    match: (await first.getAttribute('data-match')) ?? '',
  };
}

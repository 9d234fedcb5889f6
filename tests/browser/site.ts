// Shared by the browser tests: one Chromium, pages that record every request, and the site's page list.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tools/lib/chromium.ts';

/** The absolute origin and base the fixture archive is built for (tests/helpers/build.ts). */
export const BUILT_SITE = 'https://archive.example.org/archive/';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh page (own storage) that lists every URL it requests in `requests`. */
export async function recordingPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests, close: () => context.close() };
}

/** Every <loc> of the built sitemap, read with the browser's own XML parser. */
export async function sitemapLocs(page: Page, siteUrl: string): Promise<string[]> {
  await page.goto(siteUrl);
  return page.evaluate(async (indexUrl) => {
    const parse = async (url: string) => {
      const xml = new DOMParser().parseFromString(
        await (await fetch(url)).text(),
        'application/xml',
      );
      if (xml.querySelector('parsererror')) throw new Error(`${url} is not well-formed XML`);
      return [...xml.querySelectorAll('loc')].map((loc) => loc.textContent!.trim());
    };
    const local = (loc: string) => new URL(new URL(loc).pathname, indexUrl).href;
    const sitemaps = await parse(indexUrl);
    const pages = await Promise.all(sitemaps.map((sitemap) => parse(local(sitemap))));
    return pages.flat();
  }, `${siteUrl}sitemap-index.xml`);
}

/** The same address on the local test server: https://archive.example.org/archive/x → siteUrl + x. */
export function localUrl(builtUrl: string, siteUrl: string): string {
  if (!builtUrl.startsWith(BUILT_SITE)) throw new Error(`${builtUrl} is not below ${BUILT_SITE}`);
  return siteUrl + builtUrl.slice(BUILT_SITE.length);
}

/** The file in dist/ that a built URL is served from, or undefined when there is none. */
export function distFile(builtUrl: string, siteDir: string): string | undefined {
  const path = new URL(builtUrl).pathname.slice(new URL(BUILT_SITE).pathname.length);
  const file = join(siteDir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  return existsSync(file) ? file : undefined;
}

/** Every page a reader can land on: the sitemap's pages and the 404 page. */
export async function allPages(page: Page, siteUrl: string): Promise<string[]> {
  const locs = await sitemapLocs(page, siteUrl);
  return [...locs.map((loc) => localUrl(loc, siteUrl)), `${siteUrl}404.html`];
}

/** For one test file: a Chromium and the site's page list, ready before its first test, closed after. */
export function useSiteBrowser(siteUrl: string): { browser: Browser; pages: string[] } {
  const site = { browser: undefined as unknown as Browser, pages: [] as string[] };
  beforeAll(async () => {
    site.browser = await launchChromium();
    const lister = await site.browser.newPage();
    site.pages = await allPages(lister, siteUrl);
    await lister.close();
  });
  afterAll(() => site.browser?.close());
  return site;
}

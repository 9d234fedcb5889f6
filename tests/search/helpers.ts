// Shared by the search tests on the realistic fixture: opening searches, and reading a built
// report's sections to know what the right answer is.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes } from 'hast';
import { launchChromium, recordingPage } from '../browser/site.ts';

/** For one test file: a Chromium, ready before its first test and closed after its last. */
export function useChromium(): { browser: Browser } {
  const holder = { browser: undefined as unknown as Browser };
  beforeAll(async () => {
    holder.browser = await launchChromium();
  });
  afterAll(() => holder.browser?.close());
  return holder;
}

/** Waits until the status line has left its loading state, and returns it. */
export async function settledStatus(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return text !== '' && !text.includes('正在搜索');
    },
    null,
    { timeout: 60_000 },
  );
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** Opens the search page at `query` (e.g. `?q=…`) in a fresh context and waits for results. */
export async function openSearch(
  browser: Browser,
  siteUrl: string,
  query: string,
  viewport?: { width: number; height: number },
) {
  const session = await recordingPage(browser, viewport ? { viewport } : {});
  await session.page.goto(`${siteUrl}search/${query}`);
  const status = await settledStatus(session.page);
  const items = session.page.locator('ol[data-search-results] > li');
  return { ...session, status, items };
}

/** The first result's first link, its match tier, and the link's path and fragment decoded. */
export async function firstResult(page: Page) {
  const item = page.locator('ol[data-search-results] > li').first();
  const href = (await item.locator('a').first().getAttribute('href')) ?? '';
  const url = new URL(href, 'http://x');
  return {
    href,
    path: decodeURIComponent(url.pathname),
    section: decodeURIComponent(url.hash.slice(1)),
    match: await item.getAttribute('data-match'),
  };
}

function elements(
  node: Nodes,
  test: (element: Element) => boolean,
  found: Element[] = [],
): Element[] {
  if (node.type === 'element' && test(node)) found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, test, found);
  return found;
}

/** A built report's text (its data-pagefind-body) and its sections: each heading with what follows. */
export function builtReport(siteDir: string, id: string) {
  const tree = fromHtml(readFileSync(join(siteDir, 'reports', id, 'index.html'), 'utf8'));
  const body = elements(tree, (e) => e.properties['dataPagefindBody'] !== undefined)[0]!;
  const sections: { id: string; text: string }[] = [];
  for (const child of body.children) {
    if (child.type !== 'element') continue;
    if (/^h[2-4]$/.test(child.tagName) && typeof child.properties['id'] === 'string')
      sections.push({ id: child.properties['id'], text: '' });
    const last = sections.at(-1);
    if (last) last.text += toText(child);
  }
  return { text: toText(body), sections };
}

/** How many times `needle` stands in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

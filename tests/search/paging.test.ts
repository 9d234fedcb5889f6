// More results than one page: every result counted, ten shown, ten more per 「显示更多结果」, and the
// number shown kept in the URL, so reload and Back bring the same rows and the same scroll back.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordingPage } from '../browser/site.ts';
import { settledStatus, useChromium } from './helpers.ts';

const siteUrl = inject('searchSiteUrl');
const corpus = inject('searchCorpus');
const chromium = useChromium();

const rows = (page: Page) => page.locator('ol[data-search-results] > li');

/** Scrolls so that row `index` is at the top, and waits until the page has noted where it is. */
async function scrollToRow(page: Page, index: number): Promise<number> {
  await rows(page)
    .nth(index)
    .evaluate((row) => row.scrollIntoView({ block: 'start', behavior: 'instant' }));
  const y = await page.evaluate(() => scrollY);
  await page.waitForFunction(
    (at) => (history.state as { scrollY?: number } | null)?.scrollY === at,
    y,
  );
  return y;
}

describe('more results than one page', () => {
  it('counts every report, shows ten, and loads ten more on request, focus on the first new one', async () => {
    const { page, close } = await recordingPage(chromium.browser);
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('政协')}`);
    expect(await settledStatus(page)).toBe(`找到 ${corpus.length} 份报告。`);
    expect(await rows(page).count()).toBe(10);
    const more = page.locator('[data-search-more]');
    expect(await more.textContent()).toBe(`显示更多结果（还有 ${corpus.length - 10} 份待查看）`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).count()).toBe(20);
    await page.waitForURL(/shown=20$/);
    const links = await rows(page).evaluateAll((lis) =>
      lis.map((li) => li.querySelector('a')!.getAttribute('href')!.split('?')[0]),
    );
    expect(new Set(links).size).toBe(20);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('ol[data-search-results] > li')].indexOf(
          document.activeElement!.closest('li')!,
        ),
      ),
    ).toBe(10);
    await close();
  });

  it('shows as many results again after a reload, scrolled where the reader was', async () => {
    const { page, close } = await recordingPage(chromium.browser, {
      viewport: { width: 360, height: 740 },
    });
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('政协')}&shown=30`);
    await settledStatus(page);
    await expect.poll(() => rows(page).count()).toBe(30);
    const y = await scrollToRow(page, 24);
    await page.reload();
    await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBe(30);
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(y);
    await close();
  });

  it('comes back from a report with the same rows and scroll', async () => {
    const { page, close } = await recordingPage(chromium.browser, {
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('政协')}`);
    await settledStatus(page);
    await page.locator('[data-search-more]').click();
    await expect.poll(() => rows(page).count()).toBe(20);
    const y = await scrollToRow(page, 14);
    const target = rows(page).nth(14).locator('a').first();
    const href = await target.getAttribute('href');
    await target.click();
    await page.waitForURL((url) => url.pathname.includes('/reports/'));
    await page.goBack();
    await page.waitForURL(/shown=20$/);
    await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBe(20);
    expect(await rows(page).nth(14).locator('a').first().getAttribute('href')).toBe(href);
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(y);
    await close();
  });
});

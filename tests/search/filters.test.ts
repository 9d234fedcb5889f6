// Filters that scale to big archives: a year range with decade shortcuts kept in the URL, a long
// committee list folded (most frequent first, narrowed by typing), and counts that always count
// what is shown — the part filter included — on a phone and on a desktop.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSearch, settledStatus, useChromium } from './helpers.ts';

const siteUrl = inject('searchSiteUrl');
const corpus = inject('searchCorpus');
const chromium = useChromium();

const total = (status: string) => Number(/找到 (\d+) 份报告/.exec(status)?.[1] ?? 0);

/** Opens the filter column (folded on a phone) and returns the count shown beside each option. */
async function counts(page: Page, name: string) {
  await page.evaluate(
    () =>
      ((document.querySelector('[data-search-filter-panel]') as HTMLDetailsElement).open = true),
  );
  return page.locator(`[data-options="${name}"] label`).evaluateAll((labels) =>
    labels.map((label) => ({
      label: label.querySelector('.label')!.textContent!,
      count: Number(label.querySelector('.count')!.textContent),
      checked: label.querySelector('input')!.checked,
    })),
  );
}

/** Each year's count, as the year range offers it: [year, count]. */
const yearCounts = (page: Page) =>
  page
    .locator('[data-year-from] option')
    .evaluateAll((options) =>
      options
        .filter((o) => (o as HTMLOptionElement).value)
        .map((o) => [
          Number((o as HTMLOptionElement).value),
          Number(/（(\d+)）/.exec(o.textContent!)![1]),
        ]),
    );

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  describe(`at ${viewport.width} px`, () => {
    it('narrows to a year range by decade shortcut and by from–to, kept in the URL', async () => {
      const { page, close } = await openSearch(
        chromium.browser,
        siteUrl,
        '?q=' + encodeURIComponent('提案'),
        viewport,
      );
      await page.evaluate(
        () =>
          ((document.querySelector('[data-search-filter-panel]') as HTMLDetailsElement).open =
            true),
      );
      const decade = page.locator('[data-decades] button[data-from="2010"]');
      expect(await decade.isVisible()).toBe(true);
      // The open filter column fits the screen: nothing to scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
        true,
      );
      const decadeCount = Number(await decade.locator('.count').textContent());
      await decade.click();
      await page.waitForURL(/from=2010&to=2019/);
      const status = await settledStatus(page);
      expect(total(status)).toBe(decadeCount);
      expect(
        await page.locator('[data-decades] button[data-from="2010"]').getAttribute('aria-pressed'),
      ).toBe('true');
      const years = await page.locator('ol[data-search-results] .result-year').allTextContents();
      for (const year of years) expect(Number.parseInt(year, 10)).toBeGreaterThanOrEqual(2010);
      await page.locator('[data-year-to]').selectOption('2012');
      await page.waitForURL(/from=2010&to=2012/);
      const narrowed = total(await settledStatus(page));
      expect(narrowed).toBeLessThan(decadeCount);
      await page.reload();
      expect(total(await settledStatus(page))).toBe(narrowed);
      expect(await page.locator('[data-year-to]').inputValue()).toBe('2012');
      await close();
    });

    it('folds a long committee list, most frequent first, and narrows it by typing', async () => {
      const { page, close } = await openSearch(
        chromium.browser,
        siteUrl,
        '?q=' + encodeURIComponent('提案'),
        viewport,
      );
      const committees = await counts(page, 'committee');
      expect(committees).toHaveLength(8);
      const countsShown = committees.map((c) => c.count);
      expect(countsShown).toEqual([...countsShown].sort((a, b) => b - a));
      const unfold = page.locator('[data-committee-unfold]');
      const all = new Set(corpus.map((r) => r.committee)).size;
      expect(await unfold.textContent()).toBe(`显示全部 ${all} 个委员会`);
      await unfold.click();
      expect(await counts(page, 'committee')).toHaveLength(all);
      const wanted = committees[3]!.label;
      await page.locator('[data-committee-narrow]').fill(wanted.slice(0, 2));
      const narrowed = await counts(page, 'committee');
      expect(narrowed.map((c) => c.label)).toContain(wanted);
      expect(narrowed.every((c) => c.label.includes(wanted.slice(0, 2)))).toBe(true);
      await page.locator(`[data-options="committee"] label:has-text("${wanted}") input`).check();
      await page.waitForURL(new RegExp(`committee=${encodeURIComponent(wanted)}`));
      expect(total(await settledStatus(page))).toBe(committees[3]!.count);
      expect((await counts(page, 'committee')).find((c) => c.label === wanted)?.checked).toBe(true);
      await close();
    });
  });
}

describe('counts', () => {
  it('add up to the results shown, with and without a part filter', async () => {
    for (const query of [
      '?q=提案办理',
      '?q=提案办理&part=plan',
      '?q=提案办理&part=summary&from=1990',
    ]) {
      const { page, status, close } = await openSearch(chromium.browser, siteUrl, query);
      const shown = total(status);
      const from = Number(new URLSearchParams(query).get('from') ?? 0);
      expect(shown, query).toBeGreaterThan(0);
      // A year's count is what choosing it would show: those inside the chosen range add up.
      const inRange = (await yearCounts(page)).filter(([year]) => year! >= from);
      expect(
        inRange.reduce((sum, [, count]) => sum + count!, 0),
        query,
      ).toBe(shown);
      expect((await counts(page, 'committee')).length).toBeGreaterThan(0);
      await page.locator('[data-committee-unfold]').click();
      expect(
        (await counts(page, 'committee')).reduce((a, c) => a + c.count, 0),
        query,
      ).toBe(shown);
      await close();
    }
  });

  it('counts under a part the reports whose match stands in that part', async () => {
    const { page, close } = await openSearch(
      chromium.browser,
      siteUrl,
      '?q=' + encodeURIComponent('提案办理'),
    );
    const parts = await counts(page, 'part');
    await close();
    for (const part of parts) {
      const kind = part.label === '工作安排' ? 'plan' : 'summary';
      const filtered = await openSearch(
        chromium.browser,
        siteUrl,
        `?q=${encodeURIComponent('提案办理')}&part=${kind}`,
      );
      expect(total(filtered.status), part.label).toBe(part.count);
      await filtered.close();
    }
  });
});

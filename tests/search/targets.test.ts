// Touch targets on a phone (WCAG 2.2, 2.5.8): every result link, "more sections" link and filter
// control of a search with results is at least 24 × 24 px at 360 px wide.
import { describe, expect, inject, it } from 'vitest';
import { openSearch, useChromium } from './helpers.ts';

const siteUrl = inject('searchSiteUrl');
const chromium = useChromium();

describe('touch targets at 360 px', () => {
  it('are 24 × 24 px at least: results, more sections, filters', async () => {
    const query = '?q=' + encodeURIComponent('地下管网 加装电梯');
    const { page, close } = await openSearch(chromium.browser, siteUrl, query, {
      width: 360,
      height: 780,
    });
    await page.evaluate(
      () =>
        ((document.querySelector('[data-search-filter-panel]') as HTMLDetailsElement).open = true),
    );
    await page.locator('[data-committee-unfold]').click();
    const sizes = await page.evaluate(() => {
      const selectors = {
        result: 'ol[data-search-results] a.result-link',
        more: 'ol[data-search-results] .more-sections a',
        option: '[data-search-filters] label.option',
        decade: '[data-decades] button',
        control:
          '[data-search-filters] select, [data-committee-narrow], [data-committee-unfold], [data-search-more]',
      };
      return Object.entries(selectors).map(([kind, selector]) => {
        const boxes = [...document.querySelectorAll(selector)]
          .filter((element) => (element as HTMLElement).checkVisibility())
          .map((element) => element.getBoundingClientRect());
        return {
          kind,
          count: boxes.length,
          smallest: Math.min(...boxes.map((box) => Math.min(box.width, box.height))),
        };
      });
    });
    for (const { kind, count, smallest } of sizes) {
      expect(count, kind).toBeGreaterThan(0);
      expect(smallest, kind).toBeGreaterThanOrEqual(24);
    }
    await close();
  });
});

// WCAG 2.2 AA as axe-core checks it, on every page of the sitemap and the 404 page, in both themes;
// plus what axe cannot see: keyboard reach of every control and the visible focus ring.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { recordingPage, useSiteBrowser } from './site.ts';

const siteUrl = inject('siteUrl');
const BACKGROUND = { light: 'rgb(253, 252, 249)', dark: 'rgb(22, 23, 27)' };

const site = useSiteBrowser(siteUrl);

describe('axe-core, WCAG 2.2 AA', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violation on any page in the ${colorScheme} theme`, async () => {
      expect(site.pages.length).toBeGreaterThanOrEqual(7);
      // axe is injected as an inline script, which the site's Content-Security-Policy refuses.
      const { page, close } = await recordingPage(site.browser, { colorScheme, bypassCSP: true });
      const found: Record<string, string[]> = {};
      for (const url of site.pages) {
        await page.goto(url);
        // The theme under test is really showing (the tokens of src/styles/global.css).
        expect(
          await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
        ).toBe(BACKGROUND[colorScheme]);
        // An open outline exposes its links to the contrast checks too.
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((details) => (details.open = true)),
        );
        const violations = await axeViolations(page);
        if (violations.length > 0) found[url] = violations;
      }
      await close();
      expect(found).toEqual({});
    });
  }
});

describe('axe-core on the search page with results, on a phone', () => {
  it('finds no violation, target sizes included, with results and filters showing', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // bypassCSP lets axe's own script in; the page's policy is tested in nginx.test.ts.
      const { page, close } = await recordingPage(site.browser, {
        colorScheme,
        viewport: { width: 360, height: 780 },
        bypassCSP: true,
      });
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent('提案')}`);
      await page.waitForSelector('ol[data-search-results] > li .more-sections a');
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((details) => (details.open = true)),
      );
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await close();
    }
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const { page, close } = await recordingPage(site.browser);
    await page.goto(`${siteUrl}reports/alpha/2017/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await close();
  });

  it('reaches every link, button and field by Tab, each with a visible focus ring', async () => {
    const { page, close } = await recordingPage(site.browser, {
      viewport: { width: 360, height: 780 },
    });
    await page.goto(`${siteUrl}reports/alpha/2017/`);
    // What a sighted keyboard user can reach: rendered controls (a closed outline's links are not).
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select')]
        .filter((element) => element.checkVisibility())
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    const reached: string[] = [];
    for (let step = 0; step < visible.length + 3; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body) return null;
        const style = getComputedStyle(active);
        return {
          key: active.outerHTML.slice(0, 120),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focus) continue;
      expect(focus.outline, focus.key).toBe(true);
      if (!reached.includes(focus.key)) reached.push(focus.key);
    }
    expect(visible.length).toBeGreaterThan(8);
    expect(reached).toEqual(visible);
    await close();
  });

  it('opens the outline on a phone with the keyboard and follows its links', async () => {
    const { page, close } = await recordingPage(site.browser, {
      viewport: { width: 360, height: 780 },
    });
    await page.goto(`${siteUrl}reports/alpha/2017/`);
    await page.focus('.outline summary');
    await page.keyboard.press('Enter');
    const firstItem = page.locator('.outline .items a').first();
    expect(await firstItem.isVisible()).toBe(true);
    await firstItem.focus();
    await page.keyboard.press('Enter');
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toBe(
      '#一落实提案办理回头看',
    );
    await close();
  });

  it('switches the theme with Enter and Space on the toggle', async () => {
    const { page, close } = await recordingPage(site.browser, { colorScheme: 'light' });
    await page.goto(siteUrl);
    await page.focus('[data-theme-toggle]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await close();
  });
});

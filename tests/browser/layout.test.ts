// Phones first: 360 px wide without sideways scrolling, an outline in reach, a comfortable measure
// on desktop, motion only for those who want it, and nothing fetched from another origin.
import { describe, expect, inject, it } from 'vitest';
import { recordingPage, useSiteBrowser } from './site.ts';

const siteUrl = inject('siteUrl');
const REPORT = `${siteUrl}reports/alpha/2017/`;

const site = useSiteBrowser(siteUrl);

describe('360 px phone', () => {
  it('never scrolls sideways, on any page, with the outline open or closed', async () => {
    expect(site.pages.some((url) => url.includes('/reports/'))).toBe(true);
    expect(site.pages.some((url) => url.endsWith('404.html'))).toBe(true);
    const { page, close } = await recordingPage(site.browser, {
      viewport: { width: 360, height: 780 },
    });
    const overflowing: Record<string, number> = {};
    for (const url of site.pages) {
      await page.goto(url);
      for (const open of [false, true]) {
        await page.evaluate(
          (state) =>
            document.querySelectorAll('details').forEach((details) => (details.open = state)),
          open,
        );
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) overflowing[`${url} (outline ${open ? 'open' : 'closed'})`] = width;
      }
    }
    await close();
    expect(overflowing).toEqual({});
  });

  it('shows the outline toggle on the first screen of a report, above the text', async () => {
    const { page, close } = await recordingPage(site.browser, {
      viewport: { width: 360, height: 780 },
    });
    await page.goto(REPORT);
    const summary = await page.locator('.outline summary').boundingBox();
    const text = await page.locator('[data-pagefind-body]').boundingBox();
    expect(summary!.y + summary!.height).toBeLessThanOrEqual(780);
    expect(summary!.y).toBeLessThan(text!.y);
    await page.click('.outline summary');
    expect(await page.locator('.outline a').first().isVisible()).toBe(true);
    await close();
  });

  it('keeps the header to the brand, navigation and theme switch on one line', async () => {
    const { page, close } = await recordingPage(site.browser, {
      viewport: { width: 360, height: 780 },
    });
    await page.goto(REPORT);
    const brand = await page.locator('.site-header .brand').boundingBox();
    const toggle = await page.locator('[data-theme-toggle]').boundingBox();
    expect(Math.abs(brand!.y + brand!.height / 2 - (toggle!.y + toggle!.height / 2))).toBeLessThan(
      8,
    );
    await close();
  });
});

describe('desktop reading', () => {
  it('sets the report text in lines of 30–45 characters, indented two characters, 1.5–2 line height', async () => {
    const { page, close } = await recordingPage(site.browser, {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(REPORT);
    const paragraph = await page.evaluate(() => {
      const p = document.querySelector('[data-pagefind-body] p')!;
      const style = getComputedStyle(p);
      const fontSize = parseFloat(style.fontSize);
      return {
        charsPerLine: p.getBoundingClientRect().width / fontSize,
        indentInChars: parseFloat(style.textIndent) / fontSize,
        lineHeight: parseFloat(style.lineHeight) / fontSize,
      };
    });
    expect(paragraph.charsPerLine).toBeGreaterThanOrEqual(30);
    expect(paragraph.charsPerLine).toBeLessThanOrEqual(45);
    expect(paragraph.indentInChars).toBeCloseTo(2, 5);
    expect(paragraph.lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(paragraph.lineHeight).toBeLessThanOrEqual(2);
    await close();
  });

  it('keeps the outline beside the text while the reader scrolls', async () => {
    const { page, close } = await recordingPage(site.browser, {
      viewport: { width: 1280, height: 600 },
    });
    await page.goto(REPORT);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const outline = await page.locator('.outline').boundingBox();
    expect(outline!.y).toBeGreaterThanOrEqual(0);
    expect(outline!.y).toBeLessThan(600);
    await close();
  });

  it('sizes headings by level: h1 > h2 > h3 > body text', async () => {
    const { page, close } = await recordingPage(site.browser, {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(REPORT);
    const sizes = await page.evaluate(() =>
      ['h1', '[data-pagefind-body] h2', '[data-pagefind-body] h3', '[data-pagefind-body] p'].map(
        (selector) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize),
      ),
    );
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(new Set(sizes).size).toBe(4);
    await close();
  });
});

describe('motion', () => {
  it('scrolls smoothly to a section only when the reader has not asked for reduced motion', async () => {
    for (const [reducedMotion, expected] of [
      ['reduce', 'auto'],
      ['no-preference', 'smooth'],
    ] as const) {
      const { page, close } = await recordingPage(site.browser, { reducedMotion });
      await page.goto(REPORT);
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
      ).toBe(expected);
      await close();
    }
  });
});

describe('nothing from outside', () => {
  it('requests nothing from another origin on any page, in either theme, on phone or desktop', async () => {
    const origin = new URL(siteUrl).origin;
    const foreign: string[] = [];
    for (const options of [
      { viewport: { width: 360, height: 780 }, colorScheme: 'dark' as const },
      { viewport: { width: 1280, height: 900 } },
    ]) {
      const { page, requests, close } = await recordingPage(site.browser, options);
      for (const url of site.pages) {
        await page.goto(url, { waitUntil: 'networkidle' });
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((details) => (details.open = true)),
        );
      }
      await page.waitForLoadState('networkidle');
      foreign.push(...requests.filter((url) => new URL(url).origin !== origin));
      expect(requests.length).toBeGreaterThanOrEqual(site.pages.length);
      await close();
    }
    expect(foreign).toEqual([]);
  });
});

// The cross-year pages in Chromium: axe in both themes, 360 px, and figure links that land on
// their sentence without script; part of tests/build/crossyear.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../../tools/lib/serve-static.ts';
import { axeViolations } from '../../browser/axe.ts';
import { launchChromium, recordingPage } from '../../browser/site.ts';
import { BASE, type CrossYearSite } from './site.ts';

const PAGES = [
  '',
  'reports/bing/2020/review/',
  'reports/ding/2021/review/',
  'reports/bing/2019/',
  'reports/bing/2023/',
  'reports/wu/2021/',
  'topics/',
  'topics/tian-gongzuo/',
  'topics/tian-gongzuo/page/2/',
  'figures/',
  'committees/',
  'committees/bing/',
];

export function browserTests(site: CrossYearSite): void {
  describe('in the browser', () => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveStatic(site.dist, BASE);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`passes axe in the ${colorScheme} theme and never scrolls sideways at 360 px`, async () => {
        // bypassCSP lets axe's own script in; the policy itself is tested in nginx.test.ts.
        const { page, close } = await recordingPage(browser, {
          colorScheme,
          viewport: { width: 360, height: 780 },
          bypassCSP: true,
        });
        const found: Record<string, string[] | number> = {};
        for (const path of PAGES) {
          await page.goto(server.url + path);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 360) found[`${path} width`] = width;
          const violations = await axeViolations(page);
          if (violations.length > 0) found[path] = violations;
        }
        await close();
        expect(found).toEqual({});
      });
    }

    it('takes a figure’s link to its sentence (a text fragment), without script', async () => {
      const { page, close } = await recordingPage(browser, {
        javaScriptEnabled: false,
        viewport: { width: 360, height: 400 },
      });
      await page.goto(`${server.url}figures/`);
      const href = await page.locator('td a', { hasText: '312' }).getAttribute('href');
      // The text directive alone, without the section's id to fall back on: only a match scrolls.
      const [address, fragment] = new URL(href!, server.url).href.split('#');
      await page.goto(`${address}#${fragment!.slice(fragment!.indexOf(':~:'))}`);
      // Scrolled (smoothly) until the sentence's paragraph is on screen.
      const sentenceInView = () =>
        page.evaluate(() => {
          const paragraph = [...document.querySelectorAll('main p')].find((p) =>
            p.textContent!.includes('全年共收到提案312件'),
          )!;
          const box = paragraph.getBoundingClientRect();
          return scrollY > 0 && box.bottom > 0 && box.top < innerHeight;
        });
      await expect.poll(sentenceInView).toBe(true);
      await close();
    });
  });
}

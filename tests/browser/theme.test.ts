// Light and dark: the system decides until the reader chooses; the choice survives reloads and
// other pages, and is applied before the first paint (no light flash on a dark page).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, recordingPage } from './site.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const DARK_BG = 'rgb(22, 23, 27)';
const LIGHT_BG = 'rgb(253, 252, 249)';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

// Read as soon as the document is parsed, before load: by then only the head script can have run.
async function stateAtDomContentLoaded(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForLoadState('domcontentloaded');
  return page.evaluate(() => ({
    theme: document.documentElement.dataset['theme'] ?? null,
    background: getComputedStyle(document.documentElement).backgroundColor,
    pressed: document.querySelector('[data-theme-toggle]')?.getAttribute('aria-pressed') ?? null,
  }));
}

describe('theme', () => {
  it('follows the system preference when the reader has not chosen', async () => {
    for (const [colorScheme, expected] of [
      ['light', LIGHT_BG],
      ['dark', DARK_BG],
    ] as const) {
      const { page, close } = await recordingPage(browser, { colorScheme });
      await page.goto(siteUrl);
      expect(await background(page)).toBe(expected);
      expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe(
        String(colorScheme === 'dark'),
      );
      await close();
    }
  });

  it('keeps the toggled theme across reloads and pages, applied before the page finishes loading', async () => {
    const { page, close } = await recordingPage(browser, { colorScheme: 'light' });
    await page.goto(siteUrl);
    await page.click('[data-theme-toggle]');
    expect(await background(page)).toBe(DARK_BG);
    for (const url of [siteUrl, `${siteUrl}reports/alpha/2017/`, `${siteUrl}404.html`]) {
      expect(await stateAtDomContentLoaded(page, url)).toEqual({
        theme: 'dark',
        background: DARK_BG,
        pressed: 'true',
      });
    }
    await page.click('[data-theme-toggle]');
    expect(await stateAtDomContentLoaded(page, siteUrl)).toEqual({
      theme: 'light',
      background: LIGHT_BG,
      pressed: 'false',
    });
    await close();
  });

  it('paints the chosen theme in the first frame: the theme script blocks parsing before any style or body', () => {
    for (const file of ['index.html', 'reports/alpha/2017/index.html', '404.html']) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      const script = html.search(/<script data-theme-script>/);
      expect(script, file).toBeGreaterThan(0);
      expect(script).toBeLessThan(html.indexOf('</head>'));
      const firstStyle = html.search(/<link rel="stylesheet"|<style/);
      expect(firstStyle === -1 || script < firstStyle, file).toBe(true);
    }
  });

  it('shows the switch only where script runs, so it never sits there dead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl);
    expect(await page.isVisible('[data-theme-toggle]')).toBe(false);
    await context.close();
  });
});

// Printing a report gives an official document after GB/T 9704-2012.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, recordingPage } from './site.ts';

const siteUrl = inject('siteUrl');
const REPORT = `${siteUrl}reports/alpha/2017/`;
const PT = 4 / 3; // CSS px per point
const MM = 96 / 25.4; // CSS px per millimetre

let browser: Browser;
let page: Page;
let close: () => Promise<void>;
beforeAll(async () => {
  browser = await launchChromium();
  // Dark on screen must not reach the paper; the page is as wide as the standard's type area.
  ({ page, close } = await recordingPage(browser, {
    colorScheme: 'dark',
    viewport: { width: Math.round(156 * MM), height: 900 },
  }));
  await page.goto(REPORT);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
});
afterAll(async () => {
  await close?.();
  await browser?.close();
});

const styleOf = (selector: string) =>
  page.evaluate((target) => {
    const style = getComputedStyle(document.querySelector(target)!);
    return {
      fontSize: parseFloat(style.fontSize),
      fontFamily: style.fontFamily,
      fontWeight: style.fontWeight,
      textAlign: style.textAlign,
      textIndent: parseFloat(style.textIndent),
      letterSpacing: parseFloat(style.letterSpacing),
      lineHeight: parseFloat(style.lineHeight),
      color: style.color,
      breakAfter: style.breakAfter,
      marginBlockEnd: parseFloat(style.marginBlockEnd),
    };
  }, selector);

describe('print (GB/T 9704-2012)', () => {
  it('sets the title in 小标宋 22 pt, centred, black', async () => {
    const title = await styleOf('h1');
    expect(title.fontSize).toBeCloseTo(22 * PT, 1);
    expect(title.textAlign).toBe('center');
    expect(title.fontFamily).toMatch(/^"?FZXiaoBiaoSong/);
    expect(title.color).toBe('rgb(0, 0, 0)');
  });

  it('sets the body in 仿宋 16 pt, 22 lines to the 225 mm type area, indented two characters, no gaps', async () => {
    const body = await styleOf('[data-pagefind-body] p');
    expect(body.fontSize).toBeCloseTo(16 * PT, 1);
    expect(body.fontFamily).toMatch(/^"?FangSong/);
    expect(body.textIndent).toBeCloseTo(2 * (body.fontSize + body.letterSpacing), 1);
    expect((225 * MM) / body.lineHeight).toBeCloseTo(22, 1);
    expect(body.marginBlockEnd).toBe(0);
  });

  it('fits 28 characters to a line: 26 after the two-character indent, then 28 on each line after', async () => {
    const linesFor = (count: number) =>
      page.evaluate((characters) => {
        const text = document.querySelector('[data-pagefind-body]')!;
        const probe = text.appendChild(document.createElement('p'));
        probe.textContent = '政'.repeat(characters);
        const lines = Math.round(
          probe.getBoundingClientRect().height / parseFloat(getComputedStyle(probe).lineHeight),
        );
        probe.remove();
        return lines;
      }, count);
    expect(await linesFor(26)).toBe(1);
    expect(await linesFor(27)).toBe(2);
    expect(await linesFor(26 + 28)).toBe(2);
    expect(await linesFor(26 + 28 + 1)).toBe(3);
  });

  it('sets 一、 parts in 黑体 and （一） items in 楷体, never left alone at a page bottom', async () => {
    const part = await styleOf('[data-pagefind-body] h2');
    const item = await styleOf('[data-pagefind-body] h3');
    expect(part.fontFamily).toMatch(/^"?SimHei/);
    expect(item.fontFamily).toMatch(/^"?KaiTi/);
    for (const heading of [part, item]) {
      expect(heading.fontSize).toBeCloseTo(16 * PT, 1);
      expect(heading.breakAfter).toBe('avoid-page');
    }
  });

  it('leaves out navigation, outline, theme switch, self-links and the download link; prints the address', async () => {
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        [
          '.skip-link',
          'body > header',
          'nav[aria-label="报告目录"]',
          '[data-theme-toggle]',
          '.self-link',
          'a[download]',
          '.year-nav',
          'body > footer',
          '.source-url',
        ].map((selector) => [
          selector,
          [...document.querySelectorAll(selector)].some((element) => element.checkVisibility()),
        ]),
      ),
    );
    expect(shown).toEqual({
      '.skip-link': false,
      'body > header': false,
      'nav[aria-label="报告目录"]': false,
      '[data-theme-toggle]': false,
      '.self-link': false,
      'a[download]': false,
      '.year-nav': false,
      'body > footer': false,
      '.source-url': true,
    });
    expect(await page.textContent('.source-url')).toContain(
      'https://archive.example.org/archive/reports/alpha/2017/',
    );
  });

  it('puts the title on page one: it ends within the first 225 mm of the type area', async () => {
    const title = await page.locator('h1').boundingBox();
    expect(title!.y + title!.height).toBeLessThan(225 * MM);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      Math.round(156 * MM),
    );
  });

  it('makes an A4 PDF (595 × 842 pt) on every page', async () => {
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
      (match) => [Number(match[1]), Number(match[2])],
    );
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    for (const [width, height] of boxes) {
      expect(width).toBeCloseTo(595.28, -0.5);
      expect(height).toBeCloseTo(841.89, -0.5);
    }
  });
});

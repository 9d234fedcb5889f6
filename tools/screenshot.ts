// Takes screenshots of built pages for a human look: node tools/screenshot.ts URL OUT.png [WIDTH] [HEIGHT] [full]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const [url, out, width = '360', height = '780', full] = process.argv.slice(2);
if (!url || !out)
  throw new Error('usage: node tools/screenshot.ts URL OUT.png [WIDTH] [HEIGHT] [full]');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
// Let smooth scrolling to a #section finish before the picture is taken.
await page.waitForTimeout(url.includes('#') ? 1000 : 0);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();

import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '/work/wt-crossyear/tests/browser/chromium.ts';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 360, height: 400 }, javaScriptEnabled: false });
const page = await ctx.newPage();
const base = process.argv[2]!;
for (const frag of process.argv.slice(3)) {
  await page.goto('about:blank');
  await page.goto(base + frag);
  await page.waitForTimeout(800);
  console.log(frag.slice(0, 40), await page.evaluate(() => scrollY));
}
await browser.close();

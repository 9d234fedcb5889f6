// npm run bench -- search: a synthetic archive of 1,000 reports — index size, bytes the first search
// transfers, time from the last keystroke to results (after the debounce), and top-1 accuracy.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, removeDir, TMP } from '../../tests/helpers/build.ts';
import { serveStatic } from '../../tests/helpers/serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/chromium.ts';
import { writeSyntheticArchive } from './synthetic.ts';

const REPORTS = 1000;
const DEBOUNCE_MS = 250;
const TIMED_QUERIES = 20;
const COLD_SEARCHES = 5;
const ACCURACY_QUERIES = 100;

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Types a query into the search page and returns ms from the last keystroke to results drawn, less the debounce. */
async function timedSearch(page: Page, query: string): Promise<number> {
  await page.locator('[data-search-input]').fill('');
  await page.evaluate(() => {
    const list = document.querySelector('[data-search-results]')!;
    (window as unknown as { drawn: Promise<number> }).drawn = new Promise((resolve) =>
      new MutationObserver((_, observer) => {
        observer.disconnect();
        resolve(performance.now());
      }).observe(list, { childList: true }),
    );
  });
  await page.locator('[data-search-input]').pressSequentially(query);
  const lastKey = await page.evaluate(() => performance.now());
  const drawn = await page.evaluate(() => (window as unknown as { drawn: Promise<number> }).drawn);
  return drawn - lastKey - DEBOUNCE_MS;
}

/** A first search in a fresh context (empty cache): ms after the debounce, and bytes fetched from /pagefind/. */
async function coldSearch(browser: Browser, url: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().includes('/pagefind/'))
      sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
  });
  await page.goto(url);
  const ms = await timedSearch(page, query);
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { ms, bytes };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(): Promise<string> {
  const contentDir = mkdtempSync(join(TMP, 'bench-search-'));
  const reports = writeSyntheticArchive(contentDir, REPORTS);
  const started = performance.now();
  const build = buildArchive({ contentDir });
  if (!build.ok) throw new Error(build.output);
  const buildSeconds = (performance.now() - started) / 1000;
  const index = folderBytes(join(build.outDir, 'pagefind'));
  const server = await serveStatic(build.outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // A first search is cold (script, WebAssembly, index chunks): one sample is at the mercy of
    // whatever else the machine does, so it is timed in several fresh browser contexts.
    const cold: { ms: number; bytes: number }[] = [];
    for (const report of reports.slice(0, COLD_SEARCHES))
      cold.push(await coldSearch(browser, `${server.url}search/`, report.name));
    const firstBytes = cold[0]!.bytes;
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    const timings: number[] = [];
    for (const report of reports.slice(COLD_SEARCHES, COLD_SEARCHES + TIMED_QUERIES))
      timings.push(await timedSearch(page, report.name));
    const coldMs = cold.map((sample) => sample.ms);
    let correct = 0;
    const step = Math.floor(REPORTS / ACCURACY_QUERIES);
    for (let index = 0; index < REPORTS; index += step) {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(reports[index]!.name)}`);
      await page.waitForSelector('ol[data-search-results] > li');
      const href = await page
        .locator('ol[data-search-results] > li >> nth=0 >> a >> nth=0')
        .getAttribute('href');
      if (href?.startsWith(`/reports/${reports[index]!.id}/`)) correct += 1;
    }
    // 工程 is in every report: the status must count all of them, not only the page loaded.
    await page.goto(`${server.url}search/?q=${encodeURIComponent('工程')}`);
    await page.waitForSelector('ol[data-search-results] > li');
    const everyReport = await page.locator('[data-search-status]').textContent();
    const shown = await page.locator('ol[data-search-results] > li').count();
    return [
      `## Search (${REPORTS} synthetic reports, headless Chromium, ${new Date().toISOString().slice(0, 10)})`,
      '',
      '| figure | value | target |',
      '| --- | --- | --- |',
      `| build time (astro + Pagefind) | ${buildSeconds.toFixed(1)} s | — |`,
      `| index size (\`dist/pagefind\`) | ${kb(index.bytes)} in ${index.files} files | — |`,
      `| bytes transferred by the first search | ${kb(firstBytes)} | < 300 KB |`,
      `| last keystroke → results, after the ${DEBOUNCE_MS} ms debounce (first search, median of ${COLD_SEARCHES} fresh contexts; slowest) | ${median(coldMs).toFixed(0)} ms; ${Math.max(...coldMs).toFixed(0)} ms | < 150 ms |`,
      `| last keystroke → results, after the debounce (later searches, median of ${TIMED_QUERIES}) | ${median(timings).toFixed(0)} ms | < 150 ms |`,
      `| top-1 accuracy, queries found in exactly one report | ${correct}/${ACCURACY_QUERIES} | 100% |`,
      `| status for a word in every report (工程), results drawn | ${everyReport} ${shown} | all ${REPORTS} counted |`,
      '',
      'Results are ordered by match tier from page ids alone (exact-phrase search, and one search per',
      'word only when the phrase is not found); text (one fragment per result) loads for the ten',
      'results shown, and ten more per 「显示更多结果」.',
    ].join('\n');
  } finally {
    await browser.close();
    await server.close();
    removeDir(contentDir);
    removeDir(build.outDir);
  }
}

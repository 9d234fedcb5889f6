// Paging and exact counts need more reports than one page of results (10), so this file builds a
// small realistic archive of its own (tools/corpus, as the benchmark uses) under /archive/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, removeDir, TMP } from '../helpers/build.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { writeCorpusArchive, type CorpusReport } from '../../tools/corpus/archive.ts';
import { launchChromium, recordingPage } from './site.ts';

const REPORTS = 13;
let browser: Browser;
let server: StaticServer;
let contentDir: string;
let outDir: string;
let reports: CorpusReport[];

beforeAll(async () => {
  contentDir = mkdtempSync(join(TMP, 'paging-content-'));
  reports = writeCorpusArchive(contentDir, { reports: REPORTS });
  const build = buildArchive({ contentDir, basePath: '/archive/' });
  outDir = build.outDir;
  if (!build.ok) throw new Error(build.output);
  server = await serveStatic(outDir, '/archive/');
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeDir(contentDir);
  removeDir(outDir);
});

describe('more results than one page', () => {
  it('counts every report, shows ten, and loads the rest on request, focus on the first new one', async () => {
    const { page, close } = await recordingPage(browser);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('政协')}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe(`找到 ${REPORTS} 份报告。`);
    const items = page.locator('ol[data-search-results] > li');
    expect(await items.count()).toBe(10);
    const more = page.locator('[data-search-more]');
    expect(await more.textContent()).toBe(`显示更多结果（还有 ${REPORTS - 10} 份待查看）`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(REPORTS);
    expect(await more.isHidden()).toBe(true);
    const links = await items.evaluateAll((lis) =>
      lis.map((li) => li.querySelector('a')!.getAttribute('href')!.split('?')[0]),
    );
    expect(new Set(links).size).toBe(REPORTS);
    const focused = await page.evaluate(() =>
      [...document.querySelectorAll('ol[data-search-results] > li')].indexOf(
        document.activeElement!.closest('li')!,
      ),
    );
    expect(focused).toBe(10);
    await close();
  });

  it('ranks the one report holding a unique name first among reports sharing its other word', async () => {
    const { page, close } = await recordingPage(browser);
    // Each report names its own project, and shares the place and the kind of project with others.
    const target = reports[7]!;
    await page.goto(`${server.url}search/?q=${encodeURIComponent(target.name)}`);
    const first = page.locator('ol[data-search-results] > li >> nth=0 >> a >> nth=0');
    await expect
      .poll(() => first.getAttribute('href'), { timeout: 20_000 })
      .toMatch(new RegExp(`^/archive/reports/${target.id}/\\?pagefind-highlight=`));
    expect(
      await page.locator('ol[data-search-results] > li >> nth=0').getAttribute('data-match'),
    ).toBe('exact');
    await close();
  });
});

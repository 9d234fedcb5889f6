// Staff paste part of a sentence: a verbatim phrase that starts or ends inside a word (门农贸市场
// out of 石门农贸市场) must bring up the one report holding it first, although Pagefind splits the
// page text and the query differently and many reports hold the same words apart.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtReport, firstResult, occurrences, settledStatus, useChromium } from './helpers.ts';

const siteUrl = inject('searchSiteUrl');
const siteDir = inject('searchSiteDir');
const corpus = inject('searchCorpus');
const chromium = useChromium();
let page: Page;
beforeAll(async () => {
  page = await chromium.browser.newPage();
});

async function search(query: string) {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await settledStatus(page);
  return firstResult(page);
}

describe('verbatim phrases cutting across words', () => {
  const withPhrase = corpus.filter((report) => report.crossPhrase);

  it('has phrases of 5–6 characters, each in one report, whose words many other reports hold', () => {
    expect(withPhrase.length).toBeGreaterThanOrEqual(40);
    const { crossPhrase, id } = withPhrase[0]!;
    expect([5, 6]).toContain(crossPhrase!.length);
    expect(occurrences(builtReport(siteDir, id).text, crossPhrase!)).toBeGreaterThan(0);
  });

  it('always puts the one report holding the phrase first, marked 完整匹配, on its section', async () => {
    const misses: string[] = [];
    for (const report of withPhrase.slice(0, 40)) {
      const first = await search(report.crossPhrase!);
      const section = builtReport(siteDir, report.id).sections.find((s) => s.id === first.section);
      const right =
        first.path === `/archive/reports/${report.id}/` &&
        first.match === 'exact' &&
        section?.text.includes(report.crossPhrase!);
      if (!right)
        misses.push(`${report.crossPhrase} → ${first.path}#${first.section} (${first.match})`);
    }
    expect(misses).toEqual([]);
  });

  it("puts a report's own project name first", async () => {
    const misses: string[] = [];
    for (const report of corpus.filter((_, i) => i % 15 === 0)) {
      const first = await search(report.name);
      if (first.path !== `/archive/reports/${report.id}/`)
        misses.push(`${report.name} → ${first.path}`);
    }
    expect(misses).toEqual([]);
  });
});

// Several words land on the section holding them all, and the report a result opens marks what
// was searched: the phrase where it stands verbatim, each word of a multi-word query, a lone
// character only when it is the whole query — and scrolls to the first mark of that section.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROJECT_TYPES } from '../../tools/corpus/names.ts';
import { recordingPage } from '../browser/site.ts';
import { builtReport, firstResult, occurrences, settledStatus, useChromium } from './helpers.ts';

const siteUrl = inject('searchSiteUrl');
const siteDir = inject('searchSiteDir');
const corpus = inject('searchCorpus');
const chromium = useChromium();

/** Searches, opens the first result, and returns the marks on the report and the report's text. */
async function openFirst(query: string) {
  const { page, close } = await recordingPage(chromium.browser);
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await settledStatus(page);
  const result = await firstResult(page);
  await page.locator('ol[data-search-results] > li a').first().click();
  await page.waitForURL(/\/reports\//);
  const marks = await marksOn(page);
  const id = result.path.split('/reports/')[1]!.replace(/\/$/, '');
  return { marks, text: builtReport(siteDir, id).text, close };
}

/** Pairs of project kinds that one section of some report holds together while others hold one. */
function wordPairs(count: number): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const report of corpus) {
    for (const section of builtReport(siteDir, report.id).sections) {
      const held = PROJECT_TYPES.filter((word) => section.text.includes(word));
      if (held.length >= 2 && !pairs.has(`${held[0]}|${held[1]}`))
        pairs.set(`${held[0]}|${held[1]}`, [held[0]!, held[1]!]);
      if (pairs.size >= count) return [...pairs.values()];
    }
  }
  return [...pairs.values()];
}

/** The marks a report page shows, their text, and whether the first in the target section comes into view. */
async function marksOn(page: Page) {
  await page.waitForFunction(
    () => document.querySelector('[data-pagefind-body] mark') !== null,
    null,
    { timeout: 30_000 },
  );
  const texts = await page.locator('[data-pagefind-body] mark').allTextContents();
  // The page scrolls (smoothly, where motion is welcome) once it has loaded.
  const firstInView = await page
    .waitForFunction(
      () => {
        const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        const first = [...document.querySelectorAll('[data-pagefind-body] mark')].find(
          (mark) =>
            !target || target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        const box = first?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
      },
      null,
      { timeout: 10_000 },
    )
    .then(() => true)
    .catch(() => false);
  return { texts, firstInView };
}

describe('several words', () => {
  it('land on a section holding every word, as words, in each of the first results', async () => {
    const { page, close } = await recordingPage(chromium.browser);
    const misses: string[] = [];
    const pairs = wordPairs(6);
    expect(pairs.length).toBe(6);
    for (const [first, second] of pairs) {
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent(`${first} ${second}`)}`);
      await settledStatus(page);
      const links = await page
        .locator('ol[data-search-results] > li > a.result-link')
        .evaluateAll((as) =>
          as.slice(0, 5).map((a) => decodeURIComponent(a.getAttribute('href')!)),
        );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const [, id, section] = /\/archive\/reports\/(.+?)\/\?[^#]*#(.+)$/.exec(link) ?? [];
        const sections = builtReport(siteDir, id!).sections;
        const holdsBoth = (text: string) => text.includes(first) && text.includes(second);
        const target = sections.find((s) => s.id === section);
        if (sections.some((s) => holdsBoth(s.text)) && !holdsBoth(target?.text ?? ''))
          misses.push(`${first} ${second} → ${link}`);
      }
    }
    expect(misses).toEqual([]);
    await close();
  });
});

describe('the opened report marks what was searched', () => {
  it('marks a verbatim phrase whole, as often as the page holds it, and shows the first', async () => {
    const report = corpus.find((r) => r.crossPhrase)!;
    const { page, close } = await recordingPage(chromium.browser, {
      viewport: { width: 360, height: 740 },
    });
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(report.crossPhrase!)}`);
    await settledStatus(page);
    await page.locator('ol[data-search-results] > li a').first().click();
    await page.waitForURL(new RegExp(`/reports/${report.id}/`));
    const marks = await marksOn(page);
    expect(marks.texts).toEqual(
      Array(occurrences(builtReport(siteDir, report.id).text, report.crossPhrase!)).fill(
        report.crossPhrase,
      ),
    );
    expect(marks.firstInView).toBe(true);
    await close();
  });

  it('marks each word of a multi-word query, never their single characters', async () => {
    const [first, second] = wordPairs(1)[0]!;
    const { marks, text, close } = await openFirst(`${first} ${second}`);
    expect(new Set(marks.texts)).toEqual(new Set([first, second]));
    expect(marks.texts).toHaveLength(occurrences(text, first) + occurrences(text, second));
    expect(marks.firstInView).toBe(true);
    await close();
  });

  it('marks every instance of a single character only when the query is that character', async () => {
    const { marks, text, close } = await openFirst('院');
    expect(marks.texts.every((mark) => mark === '院')).toBe(true);
    expect(marks.texts).toHaveLength(occurrences(text, '院'));
    await close();
  });
});

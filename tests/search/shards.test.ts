// The realistic fixture is indexed in three shards (tests/global-search.ts), as a big archive is:
// one search must count every report once across them and find a report in any of them.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardBundle } from '../../src/lib/search/shards.ts';
import { SEARCH_CORPUS } from '../global-search.ts';
import { firstResult, openSearch, useChromium } from './helpers.ts';

const siteUrl = inject('searchSiteUrl');
const siteDir = inject('searchSiteDir');
const corpus = inject('searchCorpus');
const chromium = useChromium();

const pageCount = (bundle: string) =>
  JSON.parse(readFileSync(join(siteDir, bundle, 'pagefind-entry.json'), 'utf8')).languages['zh-cn']
    .page_count as number;

describe('a search index in shards', () => {
  it('holds every report in exactly one of three Pagefind bundles the catalog names', () => {
    const bundles = [0, 1, 2].map(shardBundle);
    expect(bundles.map(pageCount)).toEqual([100, 100, 100]);
    const name = /data-catalog="(pagefind\/catalog\.[0-9a-f]{12}\.json)"/.exec(
      readFileSync(join(siteDir, 'search/index.html'), 'utf8'),
    )![1]!;
    const catalog = JSON.parse(readFileSync(join(siteDir, name), 'utf8'));
    expect(catalog.indexes).toEqual(bundles);
    expect(catalog.keyedByShard).toBe(false);
    expect(Object.keys(catalog.pages)).toHaveLength(SEARCH_CORPUS.reports);
  });

  it('counts a word every report holds once per report, over all shards', async () => {
    const { status, close } = await openSearch(chromium.browser, siteUrl, '?q=政协');
    expect(status).toContain(`找到 ${SEARCH_CORPUS.reports} 份报告`);
    await close();
  });

  it('puts a report of each shard first for its own name', async () => {
    // Shards hold the reports in path order: the first, middle and last report by path.
    const byPath = [...corpus].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const report of [byPath[0]!, byPath[150]!, byPath.at(-1)!]) {
      const { page, close } = await openSearch(
        chromium.browser,
        siteUrl,
        `?q=${encodeURIComponent(report.name)}`,
      );
      expect((await firstResult(page)).path).toBe(`/archive/reports/${report.id}/`);
      await close();
    }
  });
});

// What search engines and feed readers get: sitemap, feed, canonical links and JSON-LD all parse
// and point at pages that exist in dist/.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILT_SITE, distFile, launchChromium, localUrl, sitemapLocs } from './site.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const REPORT_IDS = ['alpha/2019', 'alpha/2017', 'alpha/2016', 'beta/2018', 'beta/2017'];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

describe('sitemap', () => {
  it('lists the index and every report at its absolute address, and nothing that is not a page', async () => {
    const locs = await sitemapLocs(page, siteUrl);
    expect(locs).toContain(BUILT_SITE);
    for (const id of REPORT_IDS) expect(locs).toContain(`${BUILT_SITE}reports/${id}/`);
    for (const loc of locs) {
      expect(distFile(loc, siteDir), loc).toMatch(/index\.html$/);
    }
    expect(locs.some((loc) => loc.includes('404'))).toBe(false);
  });

  it('is announced in robots.txt under the base path', async () => {
    const response = await page.goto(`${siteUrl}robots.txt`);
    expect(await response!.text()).toMatch(
      new RegExp(`^Sitemap: ${BUILT_SITE}sitemap-index\\.xml$`, 'm'),
    );
  });
});

describe('RSS feed', () => {
  it('parses as RSS 2.0 with one item per report, each linking to a built report page', async () => {
    await page.goto(siteUrl);
    const feed = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(
        await (await fetch(url)).text(),
        'application/xml',
      );
      if (xml.querySelector('parsererror')) return null;
      return {
        version: xml.documentElement.getAttribute('version'),
        title: xml.querySelector('channel > title')?.textContent,
        items: [...xml.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent ?? '',
          pubDate: item.querySelector('pubDate')?.textContent ?? null,
        })),
      };
    }, `${siteUrl}rss.xml`);
    expect(feed).not.toBeNull();
    expect(feed!.version).toBe('2.0');
    expect(feed!.title).toBe('测试档案');
    // Newest first across committees: a reader subscribed to the archive sees each new year on top.
    const newestFirst = ['alpha/2019', 'beta/2018', 'alpha/2017', 'beta/2017', 'alpha/2016'];
    expect(feed!.items.map((item) => item.link)).toEqual(
      newestFirst.map((id) => `${BUILT_SITE}reports/${id}/`),
    );
    for (const item of feed!.items) expect(distFile(item.link, siteDir), item.link).toBeDefined();
    const alpha2017 = feed!.items[2]!;
    expect(alpha2017.title).toBe('甲区政协2017年工作总结');
    expect(new Date(alpha2017.pubDate!).toISOString().slice(0, 10)).toBe('2018-01-12');
  });

  it('is linked from every page', async () => {
    await page.goto(`${siteUrl}reports/alpha/2017/`);
    const feedLink = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    expect(await feedLink.getAttribute('href')).toBe('/archive/rss.xml');
  });
});

describe('canonical links, OpenGraph and JSON-LD', () => {
  const headOf = (url: string) =>
    page.goto(url).then(() =>
      page.evaluate(() => ({
        canonical:
          document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href') ??
          null,
        ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null,
        ogType: document.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? null,
        description:
          document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
          JSON.parse(script.textContent!),
        ),
      })),
    );

  it('describes each report: canonical address, summary, Report with the committee as author', async () => {
    for (const id of REPORT_IDS) {
      const head = await headOf(`${siteUrl}reports/${id}/`);
      const address = `${BUILT_SITE}reports/${id}/`;
      expect(head.canonical).toBe(address);
      expect(head.ogUrl).toBe(address);
      expect(head.ogType).toBe('article');
      expect(head.jsonLd).toHaveLength(1);
      const report = head.jsonLd[0];
      expect(report['@type']).toBe('Report');
      expect(report.url).toBe(address);
      expect(report.description).toBe(head.description);
      expect(report.author['@type']).toBe('GovernmentOrganization');
      expect(distFile(report.url, siteDir)).toBeDefined();
      expect(distFile(report.encoding.contentUrl, siteDir), report.encoding.contentUrl).toMatch(
        /\.txt$/,
      );
      expect(distFile(report.isPartOf.url, siteDir)).toBeDefined();
    }
    const alpha2017 = (await headOf(`${siteUrl}reports/alpha/2017/`)).jsonLd[0];
    expect(alpha2017).toMatchObject({
      name: '甲区政协2017年工作总结',
      datePublished: '2018-01-12',
      author: { name: '甲区政协' },
    });
    expect(alpha2017.about.map((topic: { name: string }) => topic.name)).toEqual([
      '提案工作',
      '调查研究',
    ]);
  });

  it('describes the archive on the index, published by the committee, listing real report pages', async () => {
    const head = await headOf(siteUrl);
    expect(head.canonical).toBe(BUILT_SITE);
    const [archive] = head.jsonLd;
    expect(archive).toMatchObject({
      '@type': 'WebSite',
      url: BUILT_SITE,
      publisher: { '@type': 'GovernmentOrganization', name: '甲区政协' },
    });
    expect(archive.hasPart).toHaveLength(REPORT_IDS.length);
    for (const part of archive.hasPart) expect(distFile(part.url, siteDir), part.url).toBeDefined();
  });

  it('keeps the 404 page out of search engines', async () => {
    const head = await headOf(`${siteUrl}404.html`);
    expect(head.robots).toBe('noindex');
    expect(head.canonical).toBeNull();
  });

  it('resolves every canonical address to the same page on the server', async () => {
    for (const id of REPORT_IDS) {
      const head = await headOf(localUrl(`${BUILT_SITE}reports/${id}/`, siteUrl));
      expect(head.canonical).toBe(`${BUILT_SITE}reports/${id}/`);
    }
  });
});

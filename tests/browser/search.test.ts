// Search against the built fixture archive (BASE_PATH=/archive/), in Debian's Chromium.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, recordingPage } from './site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Waits until the status line has left its loading state, and returns it. */
async function settledStatus(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.includes('正在搜索');
  });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

async function openSearch(query: string) {
  const session = await recordingPage(browser);
  await session.page.goto(`${siteUrl}search/${query}`);
  const status = await settledStatus(session.page);
  const items = session.page.locator('ol[data-search-results] > li');
  return { ...session, status, items };
}

const firstLinkOf = (page: Page) =>
  page.locator('ol[data-search-results] > li >> nth=0 >> a >> nth=0');

describe('search finds what staff mean', () => {
  it('lands a query with one known answer on its report and section', async () => {
    const { page, status, items, close } = await openSearch('?q=河道清淤');
    expect(status).toBe('找到 1 份报告。');
    await expect.poll(() => items.count()).toBe(1);
    const href = decodeURIComponent((await firstLinkOf(page).getAttribute('href'))!);
    expect(href).toBe('/archive/reports/alpha/2016/?hl=河道清淤#一狠抓提案办理提升办理质量');
    expect(await items.first().locator('mark').count()).toBeGreaterThan(0);
    await firstLinkOf(page).click();
    await page.waitForURL(/reports\/alpha\/2016\//);
    await page.waitForSelector('[data-pagefind-body] mark');
    const marked = await page.locator('[data-pagefind-body] mark').allTextContents();
    expect(marked).toEqual(['河道清淤']);
    const inView = await page.evaluate(() => {
      const box = document.getElementById('一狠抓提案办理提升办理质量')!.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight;
    });
    expect(inView).toBe(true);
    await close();
  });

  it('ranks verbatim matches above the rest and marks partial matches last', async () => {
    const { items, status, close } = await openSearch('?q=' + encodeURIComponent('河道清淤 zzzz'));
    expect(status).toContain('只部分匹配');
    const matches = await items.evaluateAll((lis) =>
      lis.map((li) => (li as HTMLElement).dataset['match']),
    );
    expect(matches).toEqual(['partial']);
    expect(await items.first().textContent()).toContain('不含「zzzz」');
    await close();

    const exact = await openSearch('?q=提案办理');
    const kinds = await exact.items.evaluateAll((lis) =>
      lis.map((li) => (li as HTMLElement).dataset['match']),
    );
    expect(kinds[0]).toBe('exact');
    expect(kinds.indexOf('exact')).toBe(0);
    expect(kinds.lastIndexOf('exact')).toBeLessThan(
      kinds.findIndex((kind) => kind !== 'exact') === -1
        ? Infinity
        : kinds.findIndex((kind) => kind !== 'exact'),
    );
    await exact.close();
  });

  it('finds Simplified text for a Traditional query, loading the converter only then', async () => {
    const traditional = await openSearch('?q=' + encodeURIComponent('提案辦理'));
    expect(traditional.status).toMatch(/^找到 \d+ 份报告/);
    expect(await traditional.page.locator('[data-search-notes]').textContent()).toContain(
      '已将繁体「提案辦理」按简体「提案办理」搜索',
    );
    expect(traditional.requests.some((url) => url.includes('t2cn'))).toBe(true);
    await traditional.close();
    const simplified = await openSearch('?q=' + encodeURIComponent('提案办理'));
    expect(simplified.requests.some((url) => url.includes('t2cn'))).toBe(false);
    await simplified.close();
  });
});

describe('filters', () => {
  it('narrow by a year range, with counts', async () => {
    const all = await openSearch('?q=提案');
    const total = await all.items.count();
    const option = all.page.locator('[data-year-from] option[value="2017"]');
    expect(await option.textContent()).toMatch(/^2017（\d+）$/);
    await all.close();
    const narrowed = await openSearch('?q=提案&from=2017&to=2017');
    const links = await narrowed.items
      .locator('a.result-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(total);
    for (const link of links) expect(link).toContain('/2017/');
    expect(await narrowed.page.locator('[data-year-from]').inputValue()).toBe('2017');
    await narrowed.close();
  });

  it('keeps only sections of the chosen part: plan or summary', async () => {
    const plan = await openSearch('?q=提案&part=plan');
    const titles = await plan.items.locator('.result-section').allTextContents();
    expect(titles).toEqual(['（一）继续做好提案工作。']);
    await plan.close();
    const summary = await openSearch('?q=提案&part=summary');
    const summaryTitles = await summary.items.locator('.result-section').allTextContents();
    expect(summaryTitles).not.toContain('（一）继续做好提案工作。');
    expect(summaryTitles.length).toBeGreaterThan(0);
    await summary.close();
  });
});

describe('sorting', () => {
  it('orders full matches newest year first with sort=year', async () => {
    const { items, close } = await openSearch('?q=提案&sort=year');
    const rows = await items.evaluateAll((lis) =>
      lis.map(
        (li) =>
          [
            (li as HTMLElement).dataset['match'],
            Number.parseInt(li.querySelector('.result-meta')!.textContent!, 10),
          ] as const,
      ),
    );
    const full = rows.filter(([match]) => match !== 'partial').map(([, year]) => year);
    expect(full.length).toBeGreaterThan(1);
    expect(full).toEqual([...full].sort((a, b) => b - a));
    await close();
  });
});

describe('the URL is the state', () => {
  it('round-trips through typing, filters, reload and the back button', async () => {
    const { page, close } = await recordingPage(browser);
    await page.goto(`${siteUrl}search/`);
    await page.locator('[data-search-input]').fill('提案');
    await page.locator('[data-search-input]').press('Enter');
    await page.waitForURL(/search\/\?q=%E6%8F%90%E6%A1%88$/);
    await settledStatus(page);
    await page.locator('[data-year-from]').selectOption('2016');
    await page.waitForURL(/from=2016/);
    const filtered = await settledStatus(page);
    await page.reload();
    expect(await settledStatus(page)).toBe(filtered);
    expect(await page.locator('[data-year-from]').inputValue()).toBe('2016');
    expect(await page.locator('[data-search-input]').inputValue()).toBe('提案');
    await page.goBack();
    await page.waitForURL(/search\/\?q=%E6%8F%90%E6%A1%88$/);
    await settledStatus(page);
    expect(await page.locator('[data-year-from]').inputValue()).toBe('');
    await close();
  });
});

describe('without JavaScript and by keyboard', () => {
  it('submits the header form to /search/?q= with no script at all', async () => {
    const { page, close } = await recordingPage(browser, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}reports/alpha/2017/`);
    await page.locator('#site-search-input').fill('湿地');
    await page.locator('#site-search-input').press('Enter');
    await page.waitForURL(`${siteUrl}search/?q=%E6%B9%BF%E5%9C%B0`);
    expect(await page.locator('noscript').count()).toBe(1);
    await close();
  });

  it('focuses the box with / and Ctrl+K, searches with Enter, and opens a result by keyboard', async () => {
    const { page, requests, close } = await recordingPage(browser);
    await page.goto(`${siteUrl}reports/alpha/2017/`);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(false);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.locator('body').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('湿地');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=/);
    expect(await settledStatus(page)).toBe('找到 1 份报告。');
    await page.keyboard.press('Control+k');
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input')),
    ).toBe(true);
    await firstLinkOf(page).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/reports\/alpha\/2019\/.*#/);
    await close();
  });
});

describe('plain page views', () => {
  it('request nothing of Pagefind: the index, a report, the search page before a search', async () => {
    const { page, requests, close } = await recordingPage(browser);
    for (const path of ['', 'reports/alpha/2016/', 'search/']) {
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    }
    expect(await page.locator('[data-search-status]').textContent()).toContain(
      '请输入要搜索的词语',
    );
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(requests.filter((url) => url.includes('t2cn'))).toEqual([]);
    await page.locator('[data-search-input]').focus();
    await expect
      .poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js')))
      .toBe(true);
    await close();
  });
});

describe('without an index', () => {
  it('says search needs the built site when Pagefind cannot load (as under npm run dev)', async () => {
    const { page, close } = await recordingPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${siteUrl}search/?q=提案`);
    expect(await settledStatus(page)).toContain('全文搜索只在构建后的站点上可用');
    await close();
  });
});

describe('bad input', () => {
  it.each([
    ['', '请输入要搜索的词语'],
    ['?q=%20%20%E3%80%80', '请输入要搜索的词语'],
    ['?q=' + encodeURIComponent('，。！？…'), '搜索词需要包含文字或数字'],
    ['?q=' + encodeURIComponent('(.*)[\\^$|+?'), '搜索词需要包含文字或数字'],
    ['?q=' + encodeURIComponent('湿地(.*)[$'), '找到 1 份报告'],
  ])('%s says something sensible', async (query, expected) => {
    const { status, page, close } = await openSearch(query);
    expect(status).toContain(expected);
    expect(page.url()).toBe(`${siteUrl}search/${query}`);
    await close();
  });

  it('runs no script from the query and shows it as text', async () => {
    const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const { page, status, close } = await openSearch('?q=' + encodeURIComponent(attack));
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-search-input]').inputValue()).toBe(attack);
    expect(status).toContain('没有找到');
    await close();
  });

  it('cuts a 2,000-character query and ignores unknown filters, keeping the URL', async () => {
    const long = await openSearch('?q=' + 'a'.repeat(2000));
    expect(await long.page.locator('[data-search-notes]').textContent()).toContain('搜索词过长');
    await long.close();
    // Typed or pasted: the notice shows, and the URL keeps only the searched part.
    const typed = await openSearch('');
    await typed.page.locator('[data-search-input]').fill('提案'.repeat(1000));
    await typed.page.locator('[data-search-input]').press('Enter');
    await typed.page.waitForURL(/q=/);
    expect(await settledStatus(typed.page)).toMatch(/找到|没有找到/);
    expect(await typed.page.locator('[data-search-notes]').textContent()).toContain('搜索词过长');
    expect(new URL(typed.page.url()).searchParams.get('q')).toBe('提案'.repeat(50));
    await typed.close();
    const unknown = await openSearch('?q=提案&year=1899&part=nonsense');
    expect(await unknown.page.locator('[data-search-notes]').textContent()).toContain(
      'year=1899、part=nonsense',
    );
    expect(unknown.status).toMatch(/^找到 \d+ 份报告/);
    expect(unknown.page.url()).toContain('year=1899');
    await unknown.close();
  });
});

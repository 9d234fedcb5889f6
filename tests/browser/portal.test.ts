// A portal (丙市) searching its own reports and two member archives (甲区, 乙县) that were built
// on their own, each below its own base path on one server; two more members are unreachable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { buildPortal, type PortalServer } from '../helpers/portal.ts';
import { settledStatus } from '../search/helpers.ts';
import { axeViolations } from './axe.ts';
import { launchChromium, recordingPage } from './site.ts';

const TITLES = {
  city: '丙市政协工作报告档案',
  jia: '甲区政协工作报告档案',
  yi: '乙县政协工作报告档案',
};
const UNREACHABLE = '丁区政协工作报告档案（无法访问）、戊区政协工作报告档案（无法访问）';

let portal: PortalServer;
let browser: Browser;
beforeAll(async () => {
  portal = await buildPortal();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

/** Opens the portal's search at `query`, after `prepare` (e.g. routes that break a member). */
async function portalSearch(
  query: string,
  prepare?: (page: Page) => Promise<unknown>,
  context: BrowserContextOptions = {},
) {
  const session = await recordingPage(browser, context);
  const errors: string[] = [];
  session.page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await prepare?.(session.page);
  await session.page.goto(`${portal.origin}/city/search/${query}`);
  const status = await settledStatus(session.page);
  const rows = await session.page.locator('ol[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      archive: item.querySelector('.result-archive')?.textContent ?? '',
      href: decodeURIComponent(item.querySelector('a')!.getAttribute('href')!),
      match: (item as HTMLElement).dataset['match'],
    })),
  );
  const notes = (await session.page.locator('[data-search-notes]').textContent()) ?? '';
  return { ...session, status, rows, notes, errors };
}

const pathOf = (href: string) => href.replace(/[?#].*$/, '');

describe('a portal’s search over its member archives', () => {
  it('finds a phrase from each member and from its own reports, naming the archive and linking into it', async () => {
    for (const [phrase, archive, report] of [
      ['背街小巷微改造', TITLES.jia, '/districts/jia/reports/2019/'],
      ['高标准农田建设', TITLES.yi, '/districts/yi/reports/2020/'],
      ['城市更新协商会', TITLES.city, '/city/reports/2021/'],
    ] as const) {
      const { status, rows, notes, close } = await portalSearch(`?q=${encodeURIComponent(phrase)}`);
      expect(status, phrase).toBe('找到 1 份报告。');
      expect(rows).toEqual([{ archive, href: expect.any(String), match: 'exact' }]);
      expect(pathOf(rows[0]!.href)).toBe(report);
      expect(rows[0]!.href).toContain(`?hl=${phrase}#`);
      const page = await fetch(portal.origin + rows[0]!.href);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(phrase);
      expect(notes).toContain(UNREACHABLE);
      await close();
    }
  });

  it('opens a member’s report from a result, marking the phrase there', async () => {
    const { page, close } = await portalSearch(`?q=${encodeURIComponent('高标准农田建设')}`);
    await page.locator('ol[data-search-results] > li a').first().click();
    await page.waitForURL(/\/districts\/yi\/reports\/2020\//);
    await page.waitForSelector('[data-pagefind-body] mark');
    expect(await page.locator('[data-pagefind-body] mark').first().textContent()).toBe(
      '高标准农田建设',
    );
    await close();
  });

  it('ranks every archive’s results in one list, counting the committees of all exactly', async () => {
    const { status, rows, notes, page, close } = await portalSearch('?q=提案办理');
    expect(status).toBe('找到 4 份报告。');
    expect(rows.map((row) => pathOf(row.href)).sort()).toEqual([
      '/city/reports/2021/',
      '/districts/jia/reports/2019/',
      '/districts/jia/reports/2020/',
      '/districts/yi/reports/2020/',
    ]);
    for (const row of rows)
      expect(row.archive).toBe(
        row.href.startsWith('/city/')
          ? TITLES.city
          : row.href.startsWith('/districts/jia/')
            ? TITLES.jia
            : TITLES.yi,
      );
    expect(notes).toContain(UNREACHABLE);
    // Committees from every archive, each counted exactly.
    const committees = await page
      .locator('[data-options="committee"] label')
      .evaluateAll((labels) =>
        labels.map(
          (label) =>
            `${label.querySelector('.label')!.textContent}${label.querySelector('.count')!.textContent}`,
        ),
      );
    expect(committees.sort()).toEqual(['丙市政协1', '乙县政协1', '甲区政协2']);
    await close();

    const yiOnly = await portalSearch(`?q=提案办理&committee=${encodeURIComponent('乙县政协')}`);
    expect(yiOnly.status).toBe('找到 1 份报告。');
    expect(pathOf(yiOnly.rows[0]!.href)).toBe('/districts/yi/reports/2020/');
    await yiOnly.close();
  });

  it('tells apart pages that have one Pagefind id in two archives', async () => {
    // 乙县's index answered with 甲区's very files: the same pages, so the same ids, in two indexes.
    const { status, rows, page, close } = await portalSearch(
      `?q=${encodeURIComponent('背街小巷微改造')}`,
      (page) =>
        page.route('**/districts/yi/pagefind/**', (route) => {
          const path = new URL(route.request().url()).pathname.split('/pagefind/')[1]!;
          return route.fulfill({ path: join(portal.dirs.jia, 'pagefind', path) });
        }),
    );
    expect(status).toBe('找到 2 份报告。');
    expect(rows.map((row) => [row.archive, pathOf(row.href)]).sort()).toEqual([
      [TITLES.yi, '/districts/yi/reports/2019/'],
      [TITLES.jia, '/districts/jia/reports/2019/'],
    ]);
    const committees = await page
      .locator('[data-options="committee"] label')
      .evaluateAll((labels) => labels.map((label) => label.textContent?.replace(/\s/g, '')));
    expect(committees).toContain('甲区政协2');
    await close();
  });

  it('browses by filters alone across archives', async () => {
    const { status, rows, close } = await portalSearch('?from=2020&to=2020');
    expect(status).toBe('找到 2 份报告。');
    expect(rows.map((row) => row.archive).sort()).toEqual([TITLES.yi, TITLES.jia].sort());
    await close();
  });

  it('asks nothing of any other origin: the policy refuses the member on one', async () => {
    const { requests, errors, close } = await portalSearch('?q=提案办理');
    expect(requests.filter((url) => !url.startsWith(portal.origin))).toEqual([]);
    const refused = errors.filter((error) => /Content Security Policy/.test(error));
    expect(refused.length).toBeGreaterThan(0);
    for (const error of refused)
      expect(error).toContain('http://127.0.0.1:9/wu/pagefind/archive.json');
    await close();
  });

  it('passes axe with results from several archives and the notice shown', async () => {
    // bypassCSP lets axe's own script in; the policy is kept in the test above.
    const { page, rows, notes, close } = await portalSearch('?q=提案办理', undefined, {
      bypassCSP: true,
    });
    expect(rows).toHaveLength(4);
    expect(notes).toContain(UNREACHABLE);
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((details) => (details.open = true)),
    );
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('a member that fails', () => {
  it('is left out when its index fails to load though its catalog did', async () => {
    const { status, rows, notes, close } = await portalSearch('?q=提案办理', (page) =>
      page.route('**/districts/jia/pagefind/pagefind-entry.json*', (route) =>
        route.fulfill({ status: 404 }),
      ),
    );
    expect(status).toBe('找到 2 份报告。');
    expect(rows.map((row) => row.archive).sort()).toEqual([TITLES.city, TITLES.yi].sort());
    expect(notes).toContain(`${TITLES.jia}（无法访问）`);
    await close();
  });

  it('leaves the members searchable when the portal’s own index is missing', async () => {
    const { status, rows, notes, close } = await portalSearch('?q=提案办理', (page) =>
      page.route('**/city/pagefind/catalog.*.json', (route) => route.abort()),
    );
    expect(status).toBe('找到 3 份报告。');
    expect(rows.every((row) => row.href.startsWith('/districts/'))).toBe(true);
    expect(notes).toContain(`${TITLES.city}（无法访问）`);
    await close();
  });

  it('is named as built differently when its search format is not the portal’s', async () => {
    const { status, notes, close } = await portalSearch('?q=提案办理', (page) =>
      page.route('**/districts/yi/pagefind/archive.json', (route) =>
        route.fulfill({ json: { format: '0/0.0.0', catalog: 'pagefind/catalog.0.json' } }),
      ),
    );
    expect(status).toBe('找到 3 份报告。');
    expect(notes).toContain(`${TITLES.yi}（版本不同，需用同一版本重新构建）`);
    await close();
  });
});

// Topic pages, the figures page and the timeline index; part of tests/build/crossyear.test.ts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../../tools/lib/build-archive.ts';
import { byAttribute, byTag, findAll, hrefsIn, pageTree, textIn } from '../../helpers/hast.ts';
import { BASE, REALISTIC, withId, type CrossYearSite } from './site.ts';

const TOPICS = readFileSync(join(ROOT, 'tests/fixtures/crossyear/topics.yaml'), 'utf8')
  .match(/^- id: (.+)$/gm)!
  .map((line) => line.slice('- id: '.length));
const classes = (element: { properties: Record<string, unknown> }) =>
  (element.properties['className'] as string[] | undefined) ?? [];

export function pageTests(site: CrossYearSite): void {
  const page = (path: string) => pageTree(site.dist, path);

  describe('topics', () => {
    it('lists every topic of topics.yaml on /topics/, in its order, each linking to its page', () => {
      const links = hrefsIn(page('topics/')).filter((href) => /topics\/[^/]+\/$/.test(href));
      expect(links).toEqual(TOPICS.map((id) => `${BASE}topics/${id}/`));
    });

    it('shows year by year the sections on a topic, each linking to a heading of its report', () => {
      const tree = page('topics/minzhu-jiandu/');
      const years = findAll(tree, byTag('section', 'year')).map((section) =>
        textIn(findAll(section, byTag('h2'))[0]!),
      );
      expect(years.slice(0, 2)).toEqual(['2021年', '2020年']);
      const links = hrefsIn(tree)
        .filter((href) => href.includes('/reports/bing/') && href.includes('#'))
        .map(decodeURIComponent);
      expect(links).toContain(`${BASE}reports/bing/2021/#二长江大保护专项民主监督取得实效`);
      for (const href of links) {
        const [path, id] = href.slice(BASE.length).split('#');
        expect(withId(page(path!), id!), href).toHaveLength(1);
      }
    });

    it('draws how much each year says about it, with the numbers as a table', () => {
      const chart = findAll(page('topics/tian-gongzuo/'), byTag('figure', 'year-chart'))[0]!;
      const bars = findAll(chart, byTag('rect', 'bar')).map((bar) => bar.properties['dataYear']);
      expect(bars).toContain('2020');
      expect(textIn(findAll(chart, byTag('table'))[0]!)).toMatch(/2020年 \d+ 字，\d+ 节/);
    });

    it('pages a topic with many reports, 60 reports a page', () => {
      const first = page('topics/tian-gongzuo/');
      expect(hrefsIn(first)).toContain(`${BASE}topics/tian-gongzuo/page/2/`);
      expect(findAll(first, byAttribute('dataReport'))).toHaveLength(60);
      const second = page('topics/tian-gongzuo/page/2/');
      expect(findAll(second, byAttribute('dataReport')).length).toBeLessThanOrEqual(60);
    });
  });

  describe('key figures /figures/', () => {
    const table = () =>
      findAll(page('figures/'), byTag('table')).find((t) =>
        textIn(t).startsWith('丙市政协历年主要数据'),
      )!;

    it('tables every figure of a committee across its years, redacted values as redacted', () => {
      const cells = (row: Parameters<typeof textIn>[0]) =>
        findAll(row, (element) => element.tagName === 'td' || element.tagName === 'th').map(textIn);
      expect(findAll(table(), byTag('tr')).map(cells)).toEqual([
        ['年度', '提案（件）', '社情民意信息（条）', '捐款捐物（万元）'],
        ['2019年', '312', '146', '—未载'],
        ['2020年', '298', '163', 'XX隐去'],
        ['2021年', '305', '171', '—未载'],
        ['2023年', '326', '—未载', '—未载'],
      ]);
      expect(findAll(table(), byAttribute('dataValue', 'redacted'))).toHaveLength(1);
    });

    it('links each value to the sentence it came from, in the section that holds it', () => {
      const link = findAll(table(), byTag('a')).find((a) => textIn(a) === '312')!;
      const href = decodeURIComponent(String(link.properties['href']));
      const [, id, sentence] = /^\/archive\/reports\/bing\/2019\/#([^:]+):~:text=(.+)$/.exec(href)!;
      expect(sentence).toBe('全年共收到提案312件，,办复率达到百分之百。');
      expect(textIn(withId(page('reports/bing/2019/'), id!)[0]!)).toContain(
        '（二）扎实做好提案工作。',
      );
    });

    it('draws a chart per figure, the redacted year as a mark and not a bar, with a table', () => {
      const charts = findAll(page('figures/'), byTag('figure', 'year-chart'));
      expect(charts.map((chart) => textIn(findAll(chart, byTag('figcaption'))[0]!))).toEqual([
        '提案（件）',
        '社情民意信息（条）',
        '捐款捐物（万元）',
        '提案（件）',
      ]);
      const donations = charts[2]!;
      expect(findAll(donations, byTag('rect', 'bar'))).toEqual([]);
      expect(findAll(donations, byTag('g', 'redacted'))).toHaveLength(1);
      expect(textIn(findAll(donations, byTag('table'))[0]!)).toContain('2020年 XX（原文隐去）');
      const years = findAll(charts[0]!, byTag('rect', 'bar')).map(
        (bar) => bar.properties['dataYear'],
      );
      expect(years).toEqual(['2019', '2020', '2021', '2023']);
    });
  });

  describe('timeline index', () => {
    it('shows each committee’s years by decade, marking term boundaries, with lead topics', () => {
      const bing = findAll(page(''), byAttribute('dataCommittee', '丙市政协'))[0]!;
      const years = findAll(bing, byTag('li', 'year'));
      expect(years.map((year) => year.properties['dataYear'])).toEqual([
        '2023',
        '2021',
        '2020',
        '2019',
      ]);
      const changes = years.filter((year) => classes(year).includes('term-change'));
      expect(changes.map((year) => year.properties['dataYear'])).toEqual(['2021']);
      expect(textIn(years[1]!)).toMatch(/^换届 第十三届 2021年/);
      expect(textIn(findAll(years[0]!, byTag('ul', 'topics'))[0]!)).toBe('协商议政 委员履职');
    });

    it('stays under 15 KB gzip with over a thousand reports, linking on to the rest', () => {
      expect(gzipSync(readFileSync(join(site.dist, 'index.html'))).length).toBeLessThan(15 * 1024);
      const tree = page('');
      expect(textIn(tree)).toContain(`共收录 ${REALISTIC + 1000} 份报告，来自 43 个委员会`);
      expect(hrefsIn(tree)).toContain(`${BASE}committees/`);
    });

    it('lets no page but a report’s list more than 60 reports', () => {
      const LINK = /href="\/archive\/reports\/([^"#]+?)\/(?:review\/)?(?:#[^"]*)?"/g;
      const pages = readdirSync(site.dist, { recursive: true })
        .map(String)
        .filter((path) => path.endsWith('.html'))
        .filter((path) => !/^reports\/.+\/index\.html$/.test(path) || path.includes('/review/'));
      expect(pages.length).toBeGreaterThan(1000);
      for (const path of pages) {
        const html = readFileSync(join(site.dist, path), 'utf8');
        const reports = new Set([...html.matchAll(LINK)].map((match) => match[1]));
        expect(reports.size, path).toBeLessThanOrEqual(60);
      }
    });
  });
}

import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  attribute,
  attributeValues,
  elements,
  readPage,
  regionWith,
  textOf,
} from '../helpers/html.ts';

const dist = inject('siteDir');
const BASE = '/archive/';

describe('archive index (fixture built with BASE_PATH=/archive/)', () => {
  let html: string;
  beforeAll(() => {
    html = readPage(dist, '');
  });

  it('is Chinese and loads only the bundled search shortcut, nothing of Pagefind', () => {
    expect(attributeValues(html, 'html', 'lang')).toEqual(['zh-CN']);
    const scripts = attributeValues(html, 'script', 'src');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/archive\/_astro\/SearchBox\.[\w.-]+\.js$/);
    expect(html).not.toContain('pagefind');
  });

  it('shows each committee’s years on a timeline, committees and years newest first', () => {
    expect(attributeValues(html, 'div', 'data-committee')).toEqual(['甲区政协', '乙县政协']);
    const reportLinks = attributeValues(html, 'a', 'href').filter((link) =>
      /\/reports\/[^/]+\/\d{4}\/$/.test(link),
    );
    expect(reportLinks).toEqual([
      `${BASE}reports/alpha/2019/`,
      `${BASE}reports/alpha/2017/`,
      `${BASE}reports/alpha/2016/`,
      `${BASE}reports/beta/2018/`,
      `${BASE}reports/beta/2017/`,
    ]);
  });

  it('shows each year’s lead topics and marks the change of term', () => {
    const text = textOf(html);
    expect(text).toMatch(/第九届 2019年\s*甲区政协2019年工作报告 民主监督/);
    expect(text).toMatch(/换届 第八届 2017年\s*甲区政协2017年工作总结 提案工作 调查研究/);
    expect(text).toContain('2016–2019年，3 份报告');
  });

  it('links to topics, figures, every committee and the open data', () => {
    const links = attributeValues(html, 'a', 'href');
    for (const path of [
      'topics/',
      'figures/',
      'committees/',
      'committees/alpha/',
      'data/reports.json',
      'data/figures.csv',
    ])
      expect(links).toContain(`${BASE}${path}`);
  });
});

describe('committee page', () => {
  it('shows each year with title, summary, lead topics and its plan review', () => {
    const html = readPage(dist, 'committees/alpha/');
    const text = textOf(html);
    expect(text).toMatch(
      /2016年\s*甲区政协2016年工作总结 提案工作 民主监督 甲区政协2016年围绕提案办理和民主监督开展工作/,
    );
    expect(attributeValues(html, 'a', 'href')).toContain(`${BASE}reports/alpha/2017/review/`);
  });
});

describe('report page', () => {
  let html: string;
  let body: ReturnType<typeof regionWith>;
  beforeAll(() => {
    html = readPage(dist, 'reports/alpha/2017/');
    body = regionWith(html, 'data-pagefind-body');
  });

  it('has a header with title, years, committee, term, meeting and date', () => {
    const text = textOf(html);
    const titles = elements(html).filter((element) => element.tagName === 'h1');
    expect(titles.map((title) => textOf(title))).toEqual(['甲区政协2017年工作总结']);
    for (const fact of [
      '总结年度 2017年',
      '安排年度 2018年',
      '委员会 甲区政协',
      '届次 第八届',
      '第八届委员会第二次会议',
      '2018年1月12日',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('gives every part and item heading an id and a visible link to itself', () => {
    const headingIds = attributeValues(body, 'h[23]', 'id');
    expect(headingIds).toEqual([
      '一2017年工作完成情况',
      '一落实提案办理回头看',
      '二完成乡村振兴专题调研',
      '二2018年工作安排',
      '一加强理论学习',
    ]);
    const selfLinks = attributeValues(body, 'a', 'href');
    expect(selfLinks).toEqual(headingIds.map((id) => `#${id}`));
  });

  it('has an outline whose links all resolve to headings, marking summary and plan', () => {
    const outline = regionWith(html, 'aria-label="报告目录"');
    const targets = attributeValues(outline, 'a', 'href').map((link) => link.slice(1));
    expect(targets).toHaveLength(5);
    const ids = attributeValues(html, '[a-z0-9]+', 'id');
    for (const target of targets) expect(ids).toContain(decodeURIComponent(target));
    const parts = elements(outline).filter((element) =>
      attribute(element, 'class')?.split(' ').includes('part'),
    );
    const partLink = (part: (typeof parts)[number]) =>
      elements(part).find((element) => element.tagName === 'a')!;
    const kindOf = (part: (typeof parts)[number]) =>
      elements(part).find((element) => attribute(element, 'class') === 'kind');
    expect(parts.map((part) => attribute(part, 'class'))).toEqual([
      'part part-summary',
      'part part-plan',
    ]);
    expect(parts.map((part) => textOf(kindOf(part)!))).toEqual(['工作总结', '工作安排']);
    expect(parts.map((part) => textOf(partLink(part)))).toEqual([
      '一、2017年工作完成情况工作总结',
      '二、2018年工作安排工作安排',
    ]);
  });

  it('links to the same committee’s previous and next year, skipping gaps', () => {
    const neighbours = (page: string) =>
      Object.fromEntries(
        elements(readPage(dist, page))
          .filter((element) => element.tagName === 'a' && attribute(element, 'rel'))
          .map((link) => [attribute(link, 'rel'), attribute(link, 'href')]),
      );
    expect(neighbours('reports/alpha/2017/')).toEqual({
      prev: `${BASE}reports/alpha/2016/`,
      next: `${BASE}reports/alpha/2019/`,
    });
    expect(neighbours('reports/alpha/2019/')).toEqual({ prev: `${BASE}reports/alpha/2017/` });
    expect(neighbours('reports/beta/2017/')).toEqual({ next: `${BASE}reports/beta/2018/` });
  });

  it('keeps navigation and outline out of the indexed text', () => {
    const text = textOf(body);
    expect(text).not.toContain('报告目录');
    expect(text).not.toContain('上一年');
    expect(text).toContain('对2016年的提案逐件回访');
  });
});

describe('404 page', () => {
  it('is Chinese and links back home under the base path', () => {
    const html = readPage(dist, '404.html');
    expect(textOf(html)).toContain('页面未找到');
    expect(attributeValues(html, 'a', 'href')).toContain(BASE);
  });

  it('every internal link and asset stays below the base path', () => {
    for (const page of ['', 'reports/alpha/2016/', '404.html']) {
      const html = readPage(dist, page);
      const urls = [
        ...attributeValues(html, 'a', 'href'),
        ...attributeValues(html, 'link', 'href'),
        ...attributeValues(html, 'script', 'src'),
      ];
      for (const url of urls.filter((link) => link.startsWith('/')))
        expect(url.startsWith(BASE)).toBe(true);
    }
    expect(existsSync(join(dist, 'reports/alpha/2016/index.html'))).toBe(true);
  });
});

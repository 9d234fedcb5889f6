import { describe, expect, it } from 'vitest';
import { indexArchive } from '../../src/lib/crossyear/archive-index.ts';
import { reportPageData } from '../../src/lib/report-page.ts';
import { homePageData } from '../../src/lib/home-page.ts';
import { reportFacts } from '../../src/lib/report-facts.ts';
import { topicYears, groupByYear } from '../../src/lib/crossyear/topic-pages.ts';
import type { ReportData } from '../../src/lib/schema/report.ts';

const SITE = { title: '测试档案', committee: '甲区政协', description: '说明。', members: [] };
const SITE_URL = new URL('https://archive.example.org');

function report(id: string, committee: string, year: number, extra: Partial<ReportData> = {}) {
  const data: ReportData = {
    title: `${committee}${year}年工作总结`,
    year,
    committee,
    summary: '这是一份用于测试的报告摘要。',
    topics: ['tian'],
    figures: [],
    draft: false,
    ...extra,
  };
  return { id, committee, year, term: data.term, topicNames: ['提案工作'], entry: { data } };
}

const ARCHIVE = [
  report('alpha/2016', '甲区政协', 2016, { planYear: 2017 }),
  report('alpha/2017', '甲区政协', 2017, {
    planYear: 2018,
    term: '第八届',
    date: new Date('2018-01-12'),
  }),
  report('alpha/2019', '甲区政协', 2019),
  report('gamma/2020', '丙市政协', 2020),
];
const index = indexArchive(ARCHIVE);
const HEADINGS = [
  { depth: 2, slug: '一2016年工作完成情况', text: '一、2016年工作完成情况' },
  { depth: 3, slug: 'a', text: '（一）甲。' },
  { depth: 2, slug: '二2017年工作安排', text: '二、2017年工作安排' },
];
const page = (at: number, headings = HEADINGS) =>
  reportPageData(ARCHIVE[at]!, { index, headings, site: SITE, siteUrl: SITE_URL });

describe('reportPageData', () => {
  it('builds the outline with the report’s year, its facts, neighbours and JSON-LD', () => {
    const data = page(1);
    expect(data.outline.map((part) => part.kind)).toEqual(['summary', 'plan']);
    expect(data.facts.map((fact) => fact.label)).toEqual([
      '委员会',
      '届次',
      '总结年度',
      '安排年度',
      '日期',
    ]);
    expect([data.neighbours.previous?.id, data.neighbours.next?.id]).toEqual([
      'alpha/2016',
      'alpha/2019',
    ]);
    expect(data.pageUrl).toBe('https://archive.example.org/reports/alpha/2017/');
    expect(data.jsonLd).toMatchObject({
      '@type': 'Report',
      about: [{ name: '提案工作' }],
      url: data.pageUrl,
    });
  });

  it('links a report to its review when last year exists, and its plan parts to next year’s', () => {
    const first = page(0).crossYear;
    expect(first.review).toBeUndefined();
    expect(first.nextReview).toEqual({ href: '/reports/alpha/2017/review/', year: 2017 });
    expect(first.planPartIds).toEqual(['二2017年工作安排']);
    const second = page(1).crossYear;
    expect(second.review).toEqual({ href: '/reports/alpha/2017/review/', planYear: 2017 });
    // 2018 is missing: no review of 2017's plan to link to.
    expect(second.nextReview).toBeUndefined();
  });

  it('says when last year’s report is missing, naming the nearest earlier one', () => {
    const links = page(2, []).crossYear;
    expect(links.review).toBeUndefined();
    expect(links.gap).toEqual({
      missingYear: 2018,
      nearest: { href: '/reports/alpha/2017/', year: 2017 },
    });
    expect(links.alone).toBe(false);
  });

  it('says when a committee has no other report, and links to its page', () => {
    const links = page(3, []).crossYear;
    expect(links).toMatchObject({
      alone: true,
      gap: undefined,
      review: undefined,
      nextReview: undefined,
    });
    expect(links.committee).toEqual({ name: '丙市政协', href: '/committees/gamma/', reports: 1 });
  });

  it('has no next-year review link for a report without a plan part', () => {
    const summaryOnly = [{ depth: 2, slug: 's', text: '一、2016年工作完成情况' }];
    expect(page(0, summaryOnly).crossYear.nextReview).toBeUndefined();
  });
});

describe('reportFacts', () => {
  it('lists the labelled facts in reading order, leaving out absent ones', () => {
    expect(
      reportFacts({
        committee: '甲区政协',
        year: 2017,
        planYear: 2018,
        date: new Date('2018-01-12'),
        source: '来源行',
      }),
    ).toEqual([
      { key: 'committee', label: '委员会', text: '甲区政协' },
      { key: 'year', label: '总结年度', text: '2017年' },
      { key: 'planYear', label: '安排年度', text: '2018年' },
      { key: 'date', label: '日期', text: '2018年1月12日', datetime: '2018-01-12' },
      { key: 'source', label: '来源', text: '来源行' },
    ]);
  });
});

describe('homePageData', () => {
  it('lists in its JSON-LD exactly the reports the index shows, and which have a review', () => {
    const home = homePageData(index, SITE, SITE_URL);
    expect((home.jsonLd['hasPart'] as unknown[]).length).toBe(home.shown.length);
    expect(home.shown.map((r) => r.id)).toEqual([
      'gamma/2020',
      'alpha/2019',
      'alpha/2017',
      'alpha/2016',
    ]);
    expect([...home.reviewed]).toEqual(['alpha/2017']);
  });
});

describe('topic pages', () => {
  it('count every archive year, a year without a section on the topic as 0, a year without reports not at all', () => {
    const years = topicYears(
      [
        { report: { year: 2017 }, sections: [{ chars: 100 }, { chars: 20 }] },
        { report: { year: 2017 }, sections: [{ chars: 5 }] },
        { report: { year: 2020 }, sections: [{ chars: 7 }] },
      ],
      [2016, 2017, 2017, 2020],
    );
    expect(years).toEqual([
      { year: 2016, sections: 0, chars: 0 },
      { year: 2017, sections: 3, chars: 125 },
      { year: 2020, sections: 1, chars: 7 },
    ]);
  });

  it('group a page’s reports under their years', () => {
    const groups = groupByYear([
      { report: { year: 2019 } },
      { report: { year: 2019 } },
      { report: { year: 2017 } },
    ]);
    expect(groups.map((group) => [group.year, group.items.length])).toEqual([
      [2019, 2],
      [2017, 1],
    ]);
  });
});

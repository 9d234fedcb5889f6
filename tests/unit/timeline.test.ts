import { describe, expect, it } from 'vitest';
import { indexArchive } from '../../src/lib/crossyear/archive-index.ts';
import {
  committeeTimeline,
  decadeLabel,
  recentTimeline,
  yearSpan,
} from '../../src/lib/crossyear/timeline.ts';
import {
  committeePages,
  COMMITTEE_PAGE_REPORTS,
  DIRECTORY_PAGE_COMMITTEES,
  directoryPages,
  HOME_COMMITTEES,
  HOME_YEARS,
  homeData,
  pageOfDecade,
} from '../../src/lib/crossyear/home.ts';
import {
  pageParam,
  pagePath,
  paginate,
  paginateGroups,
  pagerNumbers,
} from '../../src/lib/crossyear/paging.ts';

const report = (id: string, committee: string, year: number, term?: string) => ({
  id,
  committee,
  year,
  term,
});

const ARCHIVE = [
  report('alpha/2016', '甲区政协', 2016, '第八届'),
  report('alpha/2017', '甲区政协', 2017, '第八届'),
  report('alpha/2019', '甲区政协', 2019, '第九届'),
  report('beta/2017', '乙县政协', 2017),
  report('beta/2021', '乙县政协', 2021),
  report('2020', '丙市政协', 2020),
];

describe('indexArchive', () => {
  const index = indexArchive(ARCHIVE);

  it('groups reports by committee, oldest first, the committee with the newest report first', () => {
    expect(index.committees.map((c) => [c.name, c.slug, c.reports.map((r) => r.year)])).toEqual([
      ['乙县政协', 'beta', [2017, 2021]],
      ['丙市政协', '丙市政协', [2020]],
      ['甲区政协', 'alpha', [2016, 2017, 2019]],
    ]);
  });

  it('looks a committee’s year up directly, and finds neighbours across gaps', () => {
    expect(index.at('甲区政协', 2017)?.id).toBe('alpha/2017');
    expect(index.at('甲区政协', 2018)).toBeUndefined();
    const { previous, next } = index.neighbours(ARCHIVE[2]!);
    expect([previous?.id, next?.id]).toEqual(['alpha/2017', undefined]);
    expect(index.neighbours(ARCHIVE[0]!).previous).toBeUndefined();
  });

  it('names the report when its committee is not in the archive', () => {
    expect(() => index.committeeOf(report('x/1', '无此委员会', 2000))).toThrow(/无此委员会.*x\/1/);
  });

  it('uses the committee’s name as its slug when its reports sit in different folders', () => {
    const mixed = indexArchive([report('a/2018', '丁', 2018), report('b/2019', '丁', 2019)]);
    expect(mixed.committees[0]!.slug).toBe('丁');
  });
});

describe('committeeTimeline', () => {
  const alpha = ARCHIVE.slice(0, 3);

  it('groups years by decade, newest first', () => {
    const decades = committeeTimeline(alpha);
    expect(decades.map((d) => [decadeLabel(d.decade), d.years.map((y) => y.report.year)])).toEqual([
      ['2010年代', [2019, 2017, 2016]],
    ]);
  });

  it('marks where the term changes and names each term where its run of years begins', () => {
    const [decade] = committeeTimeline(alpha);
    expect(decade!.years.map((y) => [y.report.year, y.termLabel, y.termChanges])).toEqual([
      [2019, '第九届', false],
      [2017, '第八届', true],
      [2016, undefined, false],
    ]);
  });

  it('names the term again at the top of each decade, and marks nothing without stated terms', () => {
    const spanning = committeeTimeline([
      report('a', 'c', 2009, '第七届'),
      report('b', 'c', 2010, '第七届'),
    ]);
    expect(spanning.map((d) => d.years[0]!.termLabel)).toEqual(['第七届', '第七届']);
    const bare = committeeTimeline(ARCHIVE.slice(3, 5));
    expect(bare.flatMap((d) => d.years.map((y) => [y.termLabel, y.termChanges]))).toEqual([
      [undefined, false],
      [undefined, false],
    ]);
  });

  it('keeps the newest years and counts the rest by decade', () => {
    const years = Array.from({ length: 25 }, (_, i) => report(`c/${1995 + i}`, 'c', 1995 + i));
    const { shown, older } = recentTimeline(committeeTimeline(years), 10);
    expect(shown.flatMap((d) => d.years).length).toBe(10);
    expect(shown.map((d) => d.decade)).toEqual([2010]);
    expect(older).toEqual([
      { decade: 2000, count: 10 },
      { decade: 1990, count: 5 },
    ]);
  });
});

describe('paging', () => {
  it('cuts a list into pages, at least one', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => [p.number, p.count, p.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]],
    ]);
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow();
  });

  it('never splits a group, and gives an oversized group a page alone', () => {
    const pages = paginateGroups([3, 4, 9, 1, 1], (n) => n, 8);
    expect(pages.map((p) => p.items)).toEqual([[3, 4], [9], [1, 1]]);
  });

  it('shows a bounded pager: first, last, and two either side of the current page', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(5, 200)).toEqual([1, null, 3, 4, 5, 6, 7, null, 200]);
    expect(pagerNumbers(200, 200)).toEqual([1, null, 198, 199, 200]);
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('builds page paths and route parameters, page 1 being the list itself', () => {
    expect([pagePath('topics/a/', 1), pagePath('topics/a/', 3)]).toEqual([
      'topics/a/',
      'topics/a/page/3/',
    ]);
    expect([pageParam('a', 1), pageParam('a', 2), pageParam('', 2), pageParam('', 1)]).toEqual([
      'a',
      'a/page/2',
      'page/2',
      '',
    ]);
  });
});

describe('home and committee pages stay bounded on a large archive', () => {
  // 400 committees of 60 years each: 24,000 reports.
  const big = Array.from({ length: 400 }, (_, c) =>
    Array.from({ length: 60 }, (_, y) =>
      report(`c${c}/${1960 + y}`, `第${c}委员会`, 1960 + y, `第${Math.floor(y / 5)}届`),
    ),
  ).flat();
  const index = indexArchive(big);

  it('shows a few committees and their newest years on the index, the rest by link', () => {
    const home = homeData(index);
    expect(home.committees).toHaveLength(HOME_COMMITTEES);
    expect(home.shown.length).toBe(HOME_COMMITTEES * HOME_YEARS);
    expect(home.moreCommittees).toBe(400 - HOME_COMMITTEES);
    expect(home.total).toBe(24_000);
    const [first] = home.committees;
    expect(first!.older.map((d) => [d.decade, d.count])).toEqual([
      [2000, 10],
      [1990, 10],
      [1980, 10],
      [1970, 10],
      [1960, 10],
    ]);
  });

  it('cuts a committee into pages of whole decades, and finds the page of each decade', () => {
    const pages = committeePages(index.committees[0]!);
    expect(pages.map((p) => p.items.map((d) => d.decade))).toEqual([
      [2010, 2000, 1990, 1980, 1970],
      [1960],
    ]);
    for (const page of pages)
      expect(page.items.reduce((n, d) => n + d.years.length, 0)).toBeLessThanOrEqual(
        COMMITTEE_PAGE_REPORTS,
      );
    expect(pageOfDecade(pages, 1960)).toBe(2);
    expect(pageOfDecade(pages, 2010)).toBe(1);
  });

  it('pages the committee directory', () => {
    const pages = directoryPages(index);
    expect(pages).toHaveLength(Math.ceil(400 / DIRECTORY_PAGE_COMMITTEES));
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(DIRECTORY_PAGE_COMMITTEES);
  });
});

describe('yearSpan', () => {
  it('writes a range of years, or a single year alone', () => {
    expect(yearSpan([2019, 2016, 2017])).toBe('2016–2019年');
    expect(yearSpan([2021])).toBe('2021年');
    expect(yearSpan([])).toBe('');
  });
});

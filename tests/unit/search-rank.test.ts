import { describe, expect, it } from 'vitest';
import { describePage, describeResult } from '../../src/lib/search/describe.ts';
import { orderResults } from '../../src/lib/search/rank.ts';
import { loadPage } from '../../src/lib/search/paging.ts';
import { resultStatus } from '../../src/lib/search/messages.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { sectionsOf, type PageData } from '../../src/lib/search/sections.ts';

/** A page as Pagefind's data() gives it: words split by U+200B, headings at their first word. */
function page(blocks: [heading: string | undefined, text: string][]): PageData {
  const words: string[] = [];
  const anchors: PageData['anchors'] = [];
  for (const [heading, text] of blocks) {
    if (heading) {
      anchors.push({
        element: 'h3',
        id: heading.replace(/[（）、，。]/g, ''),
        text: heading,
        location: words.length,
      });
      words.push(...[...heading], '. ');
    }
    words.push(...text.match(/[\u4e00-\u9fff]{1,2}|[^\u4e00-\u9fff]/g)!);
  }
  return {
    url: '/archive/reports/a/2019/',
    raw_content: words.join('\u200B'),
    meta: { title: '甲区政协2019年工作报告', year: '2019' },
    anchors,
  };
}

const report = page([
  [undefined, '2019年，区政协围绕中心工作履职。'],
  ['（一）推进城市更新。', '地下管网改造全面展开，地下管网长度增加，地下管网运行良好。'],
  ['（二）关注电梯安全。', '加装电梯事关群众，加装电梯的补贴到位。电梯检验合格。'],
  ['（三）统筹民生工程。', '老旧小区改造中，地下管网和加装电梯同步推进，群众满意。'],
  ['（四）开展调研。', '围绕地下管网开展调研，另行研究电梯维护，此外还有加装电梯的提案。'],
]);

describe('sections of a page', () => {
  it('cuts the text at headings, each section keeping its words and its text after the heading', () => {
    const sections = sectionsOf(report);
    expect(sections.map((s) => s.id)).toEqual([
      undefined,
      '一推进城市更新',
      '二关注电梯安全',
      '三统筹民生工程',
      '四开展调研',
    ]);
    expect(sections[1]!.body.startsWith('地下管网改造')).toBe(true);
    expect(sections[1]!.words.end + 1).toBe(sections[2]!.words.start);
  });
});

describe('describeResult', () => {
  it('lands several words on the section holding them all, closest together first', () => {
    const row = describeResult(planQuery('地下管网 加装电梯'), report)!;
    expect(row.sectionTitle).toBe('（三）统筹民生工程。');
    expect(row.url).toBe(`/archive/reports/a/2019/#${encodeURIComponent('三统筹民生工程')}`);
    // Then the section holding both further apart, then those holding one of them.
    expect(row.moreSections.map((s) => s.title)).toEqual([
      '（四）开展调研。',
      '（一）推进城市更新。',
      '（二）关注电梯安全。',
    ]);
    expect(row.match).toBe('all-words');
    expect(row.highlight).toEqual(['地下管网', '加装电梯']);
    expect(row.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual([
      '地下管网',
      '加装电梯',
    ]);
  });

  it('never counts a word from loose characters: 电梯 alone does not hold 加装电梯', () => {
    const plain = page([['（一）关注电梯安全。', '电梯检验合格，加快装修。']]);
    expect(describeResult(planQuery('加装电梯'), plain)).toBeUndefined();
  });

  it('marks the whole phrase where the page holds it verbatim, and says so', () => {
    const row = describeResult(planQuery('管网和加装'), report)!;
    expect(row.match).toBe('exact');
    expect(row.highlight).toEqual(['管网和加装']);
    expect(row.sectionTitle).toBe('（三）统筹民生工程。');
  });

  it('keeps the missing words of a partial match', () => {
    const row = describeResult(planQuery('加装电梯 zzzz'), report)!;
    expect([row.match, row.missingWords]).toEqual(['partial', ['zzzz']]);
  });

  it('looks only inside the allowed word ranges (a part filter)', () => {
    const third = sectionsOf(report)[3]!;
    const row = describeResult(planQuery('加装电梯'), report, [third.words])!;
    expect(row.sectionTitle).toBe('（三）统筹民生工程。');
    expect(row.moreSections).toEqual([]);
    expect(
      describeResult(planQuery('加装电梯'), report, [sectionsOf(report)[1]!.words]),
    ).toBeUndefined();
  });

  it('describes a report without a query by the start of its text', () => {
    const row = describePage(report);
    expect([row.url, row.title, row.year]).toEqual([
      '/archive/reports/a/2019/',
      '甲区政协2019年工作报告',
      '2019',
    ]);
    expect(row.excerpt.map((part) => part.text).join('')).toContain('区政协围绕中心工作履职');
  });
});

describe('orderResults', () => {
  const results = [
    { id: 'a', match: 'partial' as const, missingWords: ['x'] },
    { id: 'b', match: 'all-words' as const, missingWords: [] },
    { id: 'c', match: 'exact' as const, missingWords: [] },
    { id: 'd', match: 'all-words' as const, missingWords: [] },
  ];
  const rank = new Map([
    ['a', 0],
    ['d', 1],
    ['b', 2],
    ['c', 3],
  ]);

  it("puts verbatim matches first, then every word, then partial ones, Pagefind's order within", () => {
    expect(orderResults(results, rank).map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('sorts each tier newest first when asked', () => {
    const years: Record<string, number> = { a: 2020, b: 2019, c: 2001, d: 2005 };
    expect(orderResults(results, rank, (id) => years[id]!).map((r) => r.id)).toEqual([
      'c',
      'b',
      'd',
      'a',
    ]);
  });
});

describe('loadPage', () => {
  const tiered = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => ({
    id,
    match: 'all-words' as const,
    missingWords: [],
  }));

  it('loads only as many results as a page shows, and says where the next page starts', async () => {
    const loaded: string[] = [];
    const describe = async (result: { id: string }) => (loaded.push(result.id), result.id);
    expect(await loadPage(tiered, 0, 2, describe)).toEqual({ rows: ['p1', 'p2'], next: 2 });
    expect(await loadPage(tiered, 2, 2, describe)).toEqual({ rows: ['p3', 'p4'], next: 4 });
    expect(await loadPage(tiered, 4, 2, describe)).toEqual({ rows: ['p5'], next: 5 });
    expect(loaded).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('keeps loading past turned-down results until the page is full', async () => {
    const describe = async (result: { id: string }) =>
      ['p1', 'p2', 'p4'].includes(result.id) ? undefined : result.id;
    expect(await loadPage(tiered, 0, 2, describe)).toEqual({ rows: ['p3', 'p5'], next: 5 });
  });
});

describe('resultStatus', () => {
  it('counts every result, not only the loaded ones, and says when there are none', () => {
    expect(resultStatus({ query: '提案', total: 120, partial: 3 })).toBe(
      '找到 120 份报告，其中 3 份只部分匹配（排在最后）。',
    );
    expect(resultStatus({ query: '提案', total: 0, partial: 0 })).toBe(
      '没有找到包含「提案」的报告。',
    );
    expect(resultStatus({ query: '', total: 0, partial: 0 })).toBe('没有符合筛选条件的报告。');
  });
});

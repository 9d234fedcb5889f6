import { describe, expect, it } from 'vitest';
import {
  byMatch,
  describeResult,
  partSectionFilter,
  tierResults,
  type HitData,
} from '../../src/lib/search/rank.ts';
import { loadPage } from '../../src/lib/search/paging.ts';
import { resultStatus } from '../../src/lib/search/messages.ts';
import { reportIndexData } from '../../src/lib/search/index-data.ts';

const section = (id: string, title: string, hits: number, excerpt = '') => ({
  url: `/r/${id.split('#')[0]}/#${encodeURIComponent(id.split('#')[1]!)}`,
  title,
  excerpt,
  locations: Array.from({ length: hits }, (_, index) => index),
});

function hit(
  id: string,
  year: string,
  content: string,
  subResults: HitData['sub_results'],
  meta: Record<string, string> = {},
): HitData {
  return {
    url: `/r/${id}/`,
    content,
    meta: { title: `报告${id}`, year, ...meta },
    sub_results: subResults,
  };
}

// Pagefind's own order puts the partial match first (it dropped the word 清淤 that matched nothing there).
const partial = hit('a', '2018', '提案很多，河道整治。', [section('a#一', '（一）提案', 5)]);
const allWords = hit('b', '2017', '河道的治理与清淤，另有提案。', [
  section('b#二', '（二）河道', 2),
]);
const exact = hit('c', '2016', '重点督办河道清淤提案。', [
  section('c#一', '（一）开头', 1),
  section('c#三', '（三）督办', 3, '督办<mark>河道</mark><mark>清淤</mark><mark>提案</mark>'),
]);

describe('tierResults', () => {
  const words = new Map([
    ['河道', new Set(['a', 'b', 'c'])],
    ['清淤', new Set(['b', 'c'])],
    ['提案', new Set(['a', 'b', 'c'])],
  ]);

  it('puts verbatim matches first, then all-word matches, then partial ones, whatever Pagefind says', () => {
    // Pagefind's own order puts the partial match first: it dropped 清淤, which page a lacks.
    const tiered = tierResults(['a', 'b', 'c'], new Set(['c']), words);
    expect(tiered).toEqual([
      { id: 'c', match: 'exact', missingWords: [] },
      { id: 'b', match: 'all-words', missingWords: [] },
      { id: 'a', match: 'partial', missingWords: ['清淤'] },
    ]);
  });

  it("keeps Pagefind's order (relevance or year) within each tier", () => {
    const many = new Map([
      ['甲', new Set(['p1', 'p2', 'p3', 'p4'])],
      ['乙', new Set(['p2', 'p4'])],
    ]);
    const tiered = tierResults(['p1', 'p2', 'p3', 'p4'], new Set(), many);
    expect(tiered.map((result) => [result.id, result.match])).toEqual([
      ['p2', 'all-words'],
      ['p4', 'all-words'],
      ['p1', 'partial'],
      ['p3', 'partial'],
    ]);
  });

  it('marks every page partial when one word matches nothing at all', () => {
    const withNothing = new Map([...words, ['zzzz', new Set<string>()]]);
    const tiered = tierResults(['b', 'c'], new Set(), withNothing);
    expect(tiered.every((result) => result.match === 'partial')).toBe(true);
    expect(tiered[0]!.missingWords).toEqual(['zzzz']);
  });

  it('lists a page only the phrase search returned, and treats a one-word query as full matches', () => {
    expect(tierResults(['b'], new Set(['c']), words).map((result) => result.id)).toEqual([
      'c',
      'b',
    ]);
    expect(tierResults(['x', 'y'], new Set(), new Map())).toEqual([
      { id: 'x', match: 'all-words', missingWords: [] },
      { id: 'y', match: 'all-words', missingWords: [] },
    ]);
  });
});

describe('describeResult', () => {
  it('links a verbatim match to the section showing the phrase', () => {
    const first = describeResult(
      { id: 'c', match: 'exact', missingWords: [] },
      '河道清淤提案',
      exact,
    )!;
    expect(first.url).toBe('/r/c/#' + encodeURIComponent('三'));
    expect(first.sectionTitle).toBe('（三）督办');
    expect(first.moreSections.map((more) => more.title)).toEqual(['（一）开头']);
    expect(first.title).toBe('报告c');
    expect(first.year).toBe('2016');
  });

  it('prefers sections Pagefind found for the exact phrase', () => {
    const phraseHit = { ...exact, sub_results: [section('c#一', '（一）开头', 1)] };
    const first = describeResult(
      { id: 'c', match: 'exact', missingWords: [] },
      '河道清淤提案',
      exact,
      phraseHit,
    )!;
    expect(first.sectionTitle).toBe('（一）开头');
  });

  it('lets the text improve a tier the phrase search missed, never lower one', () => {
    // Pagefind's phrase search misses 研成果 inside 调研成果; the page's text holds it verbatim.
    const page = hit('d', '2019', '加快调研成果转化。', [section('d#一', '（一）', 1)]);
    const missed = { id: 'd', match: 'partial' as const, missingWords: ['研'] };
    expect(describeResult(missed, '研成果', page)!.match).toBe('exact');
    const found = { id: 'c', match: 'exact' as const, missingWords: [] };
    expect(describeResult(found, '河道，清淤', exact)!.match).toBe('exact');
    const stillPartial = describeResult(
      { id: 'a', match: 'partial', missingWords: ['清淤', '河道'] },
      '河道清淤提案',
      partial,
    )!;
    expect([stillPartial.match, stillPartial.missingWords]).toEqual(['partial', ['清淤']]);
  });

  it('orders a loaded page by tier, keeping the order within one', () => {
    const row = (id: string, match: 'exact' | 'all-words' | 'partial') =>
      describeResult(
        { id, match, missingWords: match === 'partial' ? ['清淤'] : [] },
        '',
        match === 'partial' ? partial : allWords,
      )!;
    const rows = [
      row('1', 'all-words'),
      row('2', 'partial'),
      row('3', 'exact'),
      row('4', 'all-words'),
    ];
    expect(byMatch(rows).map((result) => result.match)).toEqual([
      'exact',
      'all-words',
      'all-words',
      'partial',
    ]);
    expect(byMatch(rows)[1]).toBe(rows[0]);
  });

  it('keeps the missing words of a partial match', () => {
    const row = describeResult(
      { id: 'a', match: 'partial', missingWords: ['清淤'] },
      '河道清淤提案',
      partial,
    )!;
    expect([row.match, row.missingWords]).toEqual(['partial', ['清淤']]);
  });

  it('keeps only sections in the chosen part and turns down pages with none there', () => {
    const outline = [
      {
        id: '一',
        text: '一、总结',
        kind: 'summary' as const,
        items: [{ id: '三', text: '（三）' }],
      },
      { id: '二', text: '二、安排', kind: 'plan' as const, items: [{ id: '四', text: '（四）' }] },
    ];
    const data = reportIndexData({ year: 2016, committee: '甲', topicNames: [] }, outline);
    const withMeta = hit(
      'c',
      '2016',
      exact.content,
      [...exact.sub_results, section('c#四', '（四）计划', 1)],
      {
        summary_sections: data.sectionsByPart.summary,
        plan_sections: data.sectionsByPart.plan,
      },
    );
    const tiered = { id: 'c', match: 'exact' as const, missingWords: [] };
    const plan = describeResult(
      tiered,
      '河道清淤提案',
      withMeta,
      undefined,
      partSectionFilter(['plan']),
    );
    expect(plan?.sectionTitle).toBe('（四）计划');
    expect(plan?.moreSections).toEqual([]);
    const summary = describeResult(
      tiered,
      '河道清淤提案',
      withMeta,
      undefined,
      partSectionFilter(['summary']),
    );
    expect(summary?.sectionTitle).toBe('（三）督办');
    expect(
      describeResult(tiered, '河道清淤提案', allWords, undefined, partSectionFilter(['plan'])),
    ).toBeUndefined();
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
  const found = {
    query: '提案',
    total: 120,
    partial: 3,
    shown: 10,
    shownPartial: 0,
    remaining: 110,
    bySection: false,
  };

  it('counts every result, not only the loaded ones', () => {
    expect(resultStatus(found)).toBe('找到 120 份报告，其中 3 份只部分匹配（排在最后）。');
    expect(resultStatus({ ...found, total: 0, partial: 0, shown: 0, remaining: 0 })).toBe(
      '没有找到包含「提案」的报告。',
    );
  });

  it('with a part filter, counts what is confirmed and says when more may follow', () => {
    const bySection = { ...found, bySection: true };
    expect(resultStatus(bySection)).toBe('已找到 10 份报告，可能还有更多。');
    expect(resultStatus({ ...bySection, shown: 4, shownPartial: 1, remaining: 0 })).toBe(
      '找到 4 份报告，其中 1 份只部分匹配（排在最后）。',
    );
    expect(resultStatus({ ...bySection, shown: 0, remaining: 0 })).toBe(
      '没有找到包含「提案」的报告。',
    );
  });
});

describe('reportIndexData', () => {
  it('gives a page the part labels it contains and its sections per part', () => {
    const outline = [
      {
        id: '一',
        text: '一、2019年主要工作',
        kind: 'summary' as const,
        items: [{ id: '甲', text: '' }],
      },
    ];
    const data = reportIndexData(
      { year: 2019, committee: '甲区政协', topicNames: ['民主监督'] },
      outline,
    );
    expect(data.filters).toEqual({
      year: ['2019'],
      committee: ['甲区政协'],
      part: ['工作总结'],
      topic: ['民主监督'],
    });
    expect(data.sectionsByPart).toEqual({ summary: '一 甲', plan: '' });
  });
});

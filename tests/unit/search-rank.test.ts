import { describe, expect, it } from 'vitest';
import { partSectionFilter, rankResults, type HitData } from '../../src/lib/search/rank.ts';
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

describe('rankResults', () => {
  const words = ['河道', '清淤', '提案'];

  it('puts verbatim matches first, then all-word matches, then partial ones, whatever Pagefind says', () => {
    const ranked = rankResults('河道清淤提案', words, [], [partial, allWords, exact]);
    expect(ranked.map((result) => [result.reportUrl, result.match])).toEqual([
      ['/r/c/', 'exact'],
      ['/r/b/', 'all-words'],
      ['/r/a/', 'partial'],
    ]);
    expect(ranked[2]!.missingWords).toEqual(['清淤']);
  });

  it('links a verbatim match to the section showing the phrase', () => {
    const [first] = rankResults('河道清淤提案', words, [], [exact]);
    expect(first!.url).toBe('/r/c/#' + encodeURIComponent('三'));
    expect(first!.sectionTitle).toBe('（三）督办');
    expect(first!.moreSections.map((more) => more.title)).toEqual(['（一）开头']);
  });

  it('prefers sections Pagefind found for the exact phrase and merges both searches per report', () => {
    const phraseHit = { ...exact, sub_results: [section('c#一', '（一）开头', 1)] };
    const ranked = rankResults('河道清淤提案', words, [phraseHit], [exact, allWords]);
    expect(ranked.map((result) => result.reportUrl)).toEqual(['/r/c/', '/r/b/']);
    expect(ranked[0]!.sectionTitle).toBe('（一）开头');
  });

  it('orders by year within a match tier when asked, never lifting partial matches', () => {
    const newerPartial = hit('d', '2020', '只有提案。', [section('d#一', '（一）', 1)]);
    const ranked = rankResults('河道清淤提案', words, [], [exact, allWords, newerPartial], {
      byYear: true,
    });
    expect(ranked.map((result) => result.year)).toEqual(['2016', '2017', '2020']);
  });

  it('lists reports without a query (browsing by filter) as plain matches', () => {
    const [only] = rankResults('', [], [], [allWords]);
    expect(only!.match).toBe('all-words');
  });

  it('keeps only sections in the chosen part and drops reports with none there', () => {
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
    const plan = rankResults('河道清淤提案', words, [], [withMeta, allWords], {
      sectionFilter: partSectionFilter(['plan']),
    });
    expect(plan.map((result) => result.sectionTitle)).toEqual(['（四）计划']);
    const summary = rankResults('河道清淤提案', words, [], [withMeta], {
      sectionFilter: partSectionFilter(['summary']),
    });
    expect(summary[0]!.sectionTitle).toBe('（三）督办');
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

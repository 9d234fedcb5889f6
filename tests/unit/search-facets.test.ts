import { describe, expect, it } from 'vitest';
import { buildCatalog, partRanges, readCatalog } from '../../src/lib/search/catalog.ts';
import { applySelection, type Candidate, type Selection } from '../../src/lib/search/facets.ts';
import { filterView, visibleCommittees } from '../../src/lib/search/filter-options.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { planResults } from '../../src/lib/search/results.ts';
import { parseState } from '../../src/lib/search/url-state.ts';
import { reportIndexData } from '../../src/lib/search/index-data.ts';
import { shardBundle, shardKey } from '../../src/lib/search/shards.ts';

// Two reports as Pagefind stores them: meta from the page, anchors with the word each heading starts at.
const indexed = [
  {
    id: 'zh-cn_a',
    meta: {
      year: '2016',
      committee: '甲区政协',
      topics: '提案工作|民主监督',
      parts: 'summary:一 plan:二',
    },
    anchors: [
      { element: 'h2', id: '一', location: 10 },
      { element: 'h3', id: '一一', location: 12 },
      { element: 'h2', id: '二', location: 100 },
    ],
  },
  {
    id: 'zh-cn_b',
    meta: { year: '2018', committee: '乙县政协', topics: '提案工作', parts: 'summary:一' },
    anchors: [{ element: 'h2', id: '一', location: 5 }],
  },
];
const json = buildCatalog(indexed);
const catalog = readCatalog(json);
const none: Selection = { from: undefined, to: undefined, committees: [], topics: [], parts: [] };

describe('the search catalog', () => {
  it('keeps filter values and where each part starts, compactly, and reads back the same', () => {
    expect(json).toEqual({
      indexes: ['pagefind/'],
      keyedByShard: false,
      committees: ['乙县政协', '甲区政协'],
      topics: ['提案工作', '民主监督'],
      pages: { 'zh-cn_a': [2016, 1, 3, 1, 10, 2, 100], 'zh-cn_b': [2018, 0, 1, 1, 5] },
    });
    expect(catalog.get('zh-cn_a')).toEqual({
      year: 2016,
      committee: '甲区政协',
      topics: ['提案工作', '民主监督'],
      parts: [
        { kind: 'summary', start: 10 },
        { kind: 'plan', start: 100 },
      ],
    });
  });

  it('names the shards’ bundles and keeps the shard in each page’s key', () => {
    const sharded = buildCatalog(
      [indexed[0]!, { ...indexed[1]!, id: shardKey(1, 'zh-cn_a') }],
      [shardBundle(0), shardBundle(1)],
      true,
    );
    expect(sharded.keyedByShard).toBe(true);
    expect(sharded.indexes).toEqual(['pagefind/', 'pagefind/shard-1/']);
    expect(Object.keys(sharded.pages).sort()).toEqual(['1:zh-cn_a', 'zh-cn_a']);
    expect(readCatalog(sharded).get('1:zh-cn_a')?.committee).toBe('乙县政协');
  });

  it('gives the word ranges of a kind of part: up to the next part, the last to the end', () => {
    const page = catalog.get('zh-cn_a')!;
    expect(partRanges(page, ['summary'])).toEqual([{ start: 10, end: 99 }]);
    expect(partRanges(page, ['plan'])).toEqual([{ start: 100, end: Number.MAX_SAFE_INTEGER - 1 }]);
    expect(partRanges(page, ['other'])).toEqual([{ start: 0, end: 9 }]);
  });

  it('is fed by the meta each report page gives Pagefind', () => {
    const outline = [
      { id: '一', text: '一、', kind: 'summary' as const, items: [{ id: '甲', text: '' }] },
      { id: '二', text: '二、', kind: 'plan' as const, items: [] },
    ];
    expect(
      reportIndexData(
        { year: 2019, committee: '甲区政协', topicNames: ['民主监督', '提案工作'] },
        outline,
      ),
    ).toEqual({
      year: '2019',
      committee: '甲区政协',
      topics: '民主监督|提案工作',
      parts: 'summary:一 plan:二',
    });
  });

  it('fails with the page named when a report has no year', () => {
    expect(() => buildCatalog([{ id: 'zh-cn_x', meta: {}, anchors: [] }])).toThrow('zh-cn_x');
  });
});

describe('filters and counts', () => {
  const candidate = (
    id: string,
    year: number,
    committee: string,
    parts: ('summary' | 'plan')[],
  ): Candidate => ({
    id,
    page: { year, committee, topics: ['提案工作'], parts: [] },
    parts: new Set(parts),
  });
  const candidates = [
    candidate('1', 2016, '甲', ['summary']),
    candidate('2', 2017, '甲', ['summary', 'plan']),
    candidate('3', 2018, '乙', ['plan']),
    candidate('4', 1995, '丙', ['summary']),
  ];

  it('keeps what every filter allows; counts each value with the other filters applied', () => {
    const { kept, facets } = applySelection(candidates, { ...none, from: 2010, parts: ['plan'] });
    expect(kept.map((c) => c.id)).toEqual(['2', '3']);
    // Counts of an unchosen filter add up to the results shown.
    expect([...facets.committee.values()].reduce((a, b) => a + b)).toBe(kept.length);
    expect(facets.year.get(1995)).toBeUndefined();
    expect(facets.part.get('summary')).toBe(2);
    expect(facets.part.get('plan')).toBe(2);
  });

  it('draws years newest first with decades, committees most frequent first', () => {
    const { facets } = applySelection(candidates, none);
    const view = filterView(
      { years: [1995, 2016, 2017, 2018], committees: ['丙', '乙', '甲'], topics: ['提案工作'] },
      facets,
      parseState('?committee=乙'),
    );
    expect(view.years.map((y) => y.year)).toEqual([2018, 2017, 2016, 1995]);
    expect(view.decades).toEqual([
      { from: 2010, to: 2019, label: '2010年代', count: 3 },
      { from: 1990, to: 1999, label: '1990年代', count: 1 },
    ]);
    expect(view.committees.map((c) => [c.label, c.count, c.checked])).toEqual([
      ['甲', 2, false],
      ['丙', 1, false],
      ['乙', 1, true],
    ]);
    expect(view.parts.map((p) => [p.value, p.label])).toEqual([
      ['summary', '工作总结'],
      ['plan', '工作安排'],
    ]);
  });

  it('folds a long committee list: the most frequent and the chosen, or what the reader typed', () => {
    const options = Array.from({ length: 20 }, (_, i) => ({
      value: `委员会${i}`,
      label: `第${i}委员会`,
      count: 20 - i,
      checked: i === 15,
    }));
    expect(visibleCommittees(options, '', false).map((o) => o.value)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `委员会${i}`),
      '委员会15',
    ]);
    expect(visibleCommittees(options, '', true)).toHaveLength(20);
    expect(visibleCommittees(options, '第1', false).map((o) => o.value)).toEqual([
      '委员会1',
      ...Array.from({ length: 10 }, (_, i) => `委员会${10 + i}`),
    ]);
  });
});

describe('planResults', () => {
  // 提案 办理 both stand in report a's summary (words 20–21), only 提案 in its plan (word 120).
  const plan = planQuery('提案办理');
  const positions = new Map([
    [
      '提案',
      new Map([
        ['zh-cn_a', [20, 120]],
        ['zh-cn_b', [30]],
      ]),
    ],
    [
      '办理',
      new Map([
        ['zh-cn_a', [21]],
        ['zh-cn_b', [31]],
      ]),
    ],
  ]);
  const found = { order: ['zh-cn_b', 'zh-cn_a'], positions };

  it('orders by tier, then by Pagefind, or by year; counts every result', () => {
    const { results, partial } = planResults(plan, found, catalog, none, false);
    expect(results.map((r) => [r.id, r.match])).toEqual([
      ['zh-cn_b', 'exact'],
      ['zh-cn_a', 'exact'],
    ]);
    expect(partial).toBe(0);
    expect(planResults(plan, found, catalog, none, true).results[0]!.id).toBe('zh-cn_b');
  });

  it('with a part filter, shows and counts only reports whose match stands in that part', () => {
    const { results, facets } = planResults(
      plan,
      found,
      catalog,
      { ...none, parts: ['plan'] },
      false,
    );
    expect(results).toEqual([]);
    expect(facets.year.size).toBe(0);
    expect(facets.part.get('summary')).toBe(2);
    expect(facets.part.get('plan') ?? 0).toBe(0);
    const summary = planResults(plan, found, catalog, { ...none, parts: ['summary'] }, false);
    expect(summary.results.map((r) => r.id)).toEqual(['zh-cn_b', 'zh-cn_a']);
    expect([...summary.facets.year.values()].reduce((a, b) => a + b)).toBe(2);
    expect(summary.results[1]!.allowed).toEqual([{ start: 10, end: 99 }]);
  });

  it('lists every report, newest first, for filters without a query', () => {
    const { results } = planResults(
      undefined,
      { order: ['zh-cn_a', 'zh-cn_b'], positions: new Map() },
      catalog,
      none,
      false,
    );
    expect(results.map((r) => r.id)).toEqual(['zh-cn_b', 'zh-cn_a']);
  });
});

// A portal's search over its member archives: which archives, how their pages are told apart, one
// relevance order, exact counts over all of them, and an index that fails to load left out.
import { describe, expect, it } from 'vitest';
import {
  archiveKey,
  archiveOfKey,
  assertMembersApart,
  combineCatalogs,
  readDescriptor,
  searchArchives,
  searchFormat,
} from '../../src/lib/search/archives.ts';
import { buildCatalog } from '../../src/lib/search/catalog.ts';
import { combineRuns } from '../../src/lib/search/combine.ts';
import { MESSAGES } from '../../src/lib/search/messages.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { planResults } from '../../src/lib/search/results.ts';

const FORMAT = searchFormat('1.6.0');
const members = [
  { title: '甲区政协', url: '/districts/jia/' },
  { title: '乙县政协', url: 'https://yi.example.gov.cn/archive/' },
];

describe('the archives a search page searches', () => {
  it('is its own archive alone, untitled, unless site.yaml lists members', () => {
    const own = { title: '丙市政协档案', base: '/city/', catalog: 'pagefind/catalog.ab12.json' };
    expect(searchArchives(own, [])).toEqual([
      { title: undefined, url: '/city/', catalogUrl: '/city/pagefind/catalog.ab12.json' },
    ]);
    expect(searchArchives(own, members)).toEqual([
      { title: '丙市政协档案', url: '/city/', catalogUrl: '/city/pagefind/catalog.ab12.json' },
      { title: '甲区政协', url: '/districts/jia/' },
      { title: '乙县政协', url: 'https://yi.example.gov.cn/archive/' },
    ]);
  });

  it('fails the build when a member is the archive itself', () => {
    const where = { siteUrl: 'https://zx.example.gov.cn', basePath: '/city/' };
    expect(() => assertMembersApart(members, where)).not.toThrow();
    expect(() => assertMembersApart([...members, { title: '本市', url: '/city/' }], where)).toThrow(
      'site.yaml: members 中的「本市」（/city/）就是本档案自己（BASE_PATH=/city/），请删去这一项',
    );
    const full = { title: '本市', url: 'https://zx.example.gov.cn/city/' };
    expect(() => assertMembersApart([full], where)).toThrow(/「本市」/);
  });

  it('reads a member’s descriptor only when it was built with the same search format', () => {
    const catalog = 'pagefind/catalog.0fc7ee22fbb4.json';
    expect(readDescriptor({ format: FORMAT, catalog }, FORMAT)).toEqual({ catalog });
    expect(readDescriptor({ format: searchFormat('1.5.2'), catalog }, FORMAT)).toEqual({
      problem: 'incompatible',
    });
    for (const bad of ['../secret.json', 'https://evil.example/catalog.json', 'pagefind/x.json'])
      expect(readDescriptor({ format: FORMAT, catalog: bad }, FORMAT)).toEqual({
        problem: 'incompatible',
      });
    expect(readDescriptor(null, FORMAT)).toEqual({ problem: 'incompatible' });
  });

  it('keys a page by its archive; the page’s own archive keeps Pagefind’s id', () => {
    expect(archiveKey(0, 'zh-cn_fe7a5ed')).toBe('zh-cn_fe7a5ed');
    expect(archiveKey(2, 'zh-cn_fe7a5ed')).toBe('2/zh-cn_fe7a5ed');
    expect(archiveOfKey('zh-cn_fe7a5ed')).toBe(0);
    expect(archiveOfKey('2/zh-cn_fe7a5ed')).toBe(2);
  });

  it('names the archives left out, and why, in one notice', () => {
    const archives = [{ title: '丙市政协' }, { title: '丁区政协' }, { title: '戊区政协' }];
    const missing = [
      { archive: 1, problem: 'unreachable' as const },
      { archive: 2, problem: 'incompatible' as const },
    ];
    expect(MESSAGES.missingArchives(missing, archives)).toBe(
      '以下档案暂时无法搜索，结果中没有它们的报告：丁区政协（无法访问）、戊区政协（版本不同，需用同一版本重新构建）。',
    );
  });
});

// Two district archives built on their own, whose reports/2020/ pages Pagefind happened to give the
// same id: ids are short hashes, unique only inside one index.
const SAME_ID = 'zh-cn_fe7a5ed';
const page = (committee: string, year: number, id: string) => ({
  id,
  meta: { year: String(year), committee, topics: '提案工作', parts: 'summary:一 plan:二' },
  anchors: [
    { element: 'h2', id: '一', location: 0 },
    { element: 'h2', id: '二', location: 50 },
  ],
});
const jia = buildCatalog([page('甲区政协', 2020, SAME_ID), page('甲区政协', 2019, 'zh-cn_1')]);
const yi = buildCatalog([page('乙县政协', 2020, SAME_ID)]);
const found = (id: string, score: number, words: number[]) => ({ id, score, words });

describe('one search over several archives', () => {
  it('keeps pages with the same id in different archives apart, with everyone’s committees', () => {
    const { catalog, committees, topics } = combineCatalogs([
      { archive: 1, json: jia },
      { archive: 2, json: yi },
    ]);
    expect([...catalog.keys()]).toEqual(['1/zh-cn_1', `1/${SAME_ID}`, `2/${SAME_ID}`]);
    expect(catalog.get(`2/${SAME_ID}`)?.committee).toBe('乙县政协');
    expect(committees).toEqual(['乙县政协', '甲区政协']);
    expect(topics).toEqual(['提案工作']);
  });

  it('keeps one archive’s order as Pagefind gave it', () => {
    const run = combineRuns(
      [{ archive: 0, main: [found('b', 1, [3]), found('a', 5, [9])], perTerm: [] }],
      [],
    );
    expect(run.order).toEqual(['b', 'a']);
  });

  it('orders several archives’ results by score, ties in archive order, positions by archive', () => {
    const plan = planQuery('提案 办理');
    const [first, second] = plan.terms as [string, string];
    const run = combineRuns(
      [
        {
          archive: 1,
          main: [found(SAME_ID, 4, [1, 2]), found('zh-cn_1', 2, [60, 61])],
          perTerm: [
            [found(SAME_ID, 4, [1]), found('zh-cn_1', 2, [60])],
            [found(SAME_ID, 4, [2]), found('zh-cn_1', 2, [61])],
          ],
        },
        {
          archive: 2,
          main: [found(SAME_ID, 4, [8, 7])],
          perTerm: [[found(SAME_ID, 4, [7])], [found(SAME_ID, 4, [8])]],
        },
      ],
      plan.terms,
    );
    expect(run.order).toEqual([`1/${SAME_ID}`, `2/${SAME_ID}`, '1/zh-cn_1']);
    expect(run.positions.get(first)?.get(`2/${SAME_ID}`)).toEqual([7]);
    expect(run.positions.get(second)?.get(`1/${SAME_ID}`)).toEqual([2]);
    expect(run.results.get(`2/${SAME_ID}`)?.words).toEqual([8, 7]);

    // Counts cover every archive exactly, and a committee filter keeps only its archive's pages.
    const { catalog } = combineCatalogs([
      { archive: 1, json: jia },
      { archive: 2, json: yi },
    ]);
    const none = { from: undefined, to: undefined, committees: [], topics: [], parts: [] };
    const all = planResults(plan, run, catalog, none, false);
    expect(all.results.map((result) => result.id)).toEqual(run.order);
    expect(all.facets.committee).toEqual(
      new Map([
        ['甲区政协', 2],
        ['乙县政协', 1],
      ]),
    );
    const yiOnly = planResults(plan, run, catalog, { ...none, committees: ['乙县政协'] }, false);
    expect(yiOnly.results.map((result) => result.id)).toEqual([`2/${SAME_ID}`]);
  });

  it('keeps apart pages of one archive’s shards that share an id, and counts them all', () => {
    const plan = planQuery('提案');
    const run = combineRuns(
      [
        {
          archive: 0,
          shard: 0,
          main: [found(SAME_ID, 3, [4])],
          perTerm: [[found(SAME_ID, 3, [4])]],
        },
        {
          archive: 0,
          shard: 1,
          main: [found(SAME_ID, 5, [9])],
          perTerm: [[found(SAME_ID, 5, [9])]],
        },
      ],
      plan.terms,
    );
    expect(run.order).toEqual([`1:${SAME_ID}`, SAME_ID]);
    expect(run.positions.get(plan.terms[0]!)?.get(`1:${SAME_ID}`)).toEqual([9]);
    const first = buildCatalog([page('甲区政协', 2020, SAME_ID)]);
    const second = buildCatalog([page('甲区政协', 2021, `1:${SAME_ID}`)]);
    const { catalog } = combineCatalogs([
      { archive: 0, json: { ...first, pages: { ...first.pages, ...second.pages } } },
    ]);
    const none = { from: undefined, to: undefined, committees: [], topics: [], parts: [] };
    const all = planResults(plan, run, catalog, none, false);
    expect(all.results.map((result) => result.id)).toEqual([`1:${SAME_ID}`, SAME_ID]);
    expect(all.facets.committee).toEqual(new Map([['甲区政协', 2]]));
  });
});

import { describe, expect, it } from 'vitest';
import { parseState, resolveFilters, serialiseState } from '../../src/lib/search/url-state.ts';
import { filterOptions, knownFilters, partKinds } from '../../src/lib/search/filter-options.ts';
import { excerptParts, withHighlight } from '../../src/lib/search/excerpt.ts';

const indexFilters = {
  year: { '2016': 1, '2017': 2, '2018': 1 },
  committee: { 甲区政协: 3, 乙县政协: 2 },
  part: { 工作总结: 5, 工作安排: 4 },
  topic: { 提案工作: 2 },
};

describe('URL state', () => {
  it('round-trips query, filters and sort in a stable order', () => {
    const state = parseState('?sort=year&part=plan&q=%E6%8F%90%E6%A1%88&year=2018&year=2017');
    expect(state).toEqual({
      q: '提案',
      filters: { year: ['2018', '2017'], committee: [], part: ['plan'], topic: [] },
      sort: 'year',
    });
    expect(serialiseState(state)).toBe(
      '?q=%E6%8F%90%E6%A1%88&year=2018&year=2017&part=plan&sort=year',
    );
    expect(parseState(serialiseState(state))).toEqual(state);
  });

  it('never throws on odd input and drops empty or repeated values', () => {
    const state = parseState('?q=%3Cscript%3E&year=&year=2018&year=2018&sort=bogus&x=1');
    expect(state.q).toBe('<script>');
    expect(state.filters.year).toEqual(['2018']);
    expect(state.sort).toBe('relevance');
    expect(serialiseState(parseState(''))).toBe('');
  });

  it('resolves known filter values to Pagefind values and reports unknown ones', () => {
    const state = parseState('?year=2018&year=1899&part=plan&part=nope&committee=甲区政协');
    const { pagefindFilters, unknown } = resolveFilters(state, knownFilters(indexFilters));
    expect(pagefindFilters).toEqual({
      year: { any: ['2018'] },
      committee: { any: ['甲区政协'] },
      part: { any: ['工作安排'] },
    });
    expect(unknown).toEqual(['year=1899', 'part=nope']);
    expect(partKinds(state)).toEqual(['plan']);
  });

  it('offers every indexed value with its current count, years newest first, parts as URL values', () => {
    const options = filterOptions(indexFilters, { year: { '2017': 1 }, part: { 工作安排: 1 } });
    expect(options.year.map((option) => [option.urlValue, option.count])).toEqual([
      ['2018', 0],
      ['2017', 1],
      ['2016', 0],
    ]);
    expect(options.part).toEqual([
      { urlValue: 'plan', label: '工作安排', count: 1 },
      { urlValue: 'summary', label: '工作总结', count: 0 },
    ]);
  });
});

describe('excerpts and links', () => {
  it('splits an excerpt into marked and plain runs without parsing HTML', () => {
    expect(
      excerptParts('重视<mark>提案</mark>办理 &lt;b&gt;x&lt;/b&gt; &amp; <img src=x>'),
    ).toEqual([
      { text: '重视', marked: false },
      { text: '提案', marked: true },
      { text: '办理 <b>x</b> & <img src=x>', marked: false },
    ]);
  });

  it('adds highlight parameters before the section anchor', () => {
    expect(withHighlight('/archive/reports/a/2016/#%E4%B8%80', ['提案', '办理'])).toBe(
      '/archive/reports/a/2016/?pagefind-highlight=%E6%8F%90%E6%A1%88&pagefind-highlight=%E5%8A%9E%E7%90%86#%E4%B8%80',
    );
    expect(withHighlight('/r/', [])).toBe('/r/');
  });
});

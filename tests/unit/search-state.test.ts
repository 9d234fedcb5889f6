import { describe, expect, it } from 'vitest';
import { parseState, resolveSelection, serialiseState } from '../../src/lib/search/url-state.ts';
import { excerptAround, withHighlight } from '../../src/lib/search/excerpt.ts';
import { highlightTerms, matchRanges } from '../../src/lib/search/highlight.ts';

describe('URL state', () => {
  it('round-trips query, year range, filters, sort and results shown in a stable order', () => {
    const state = parseState(
      '?shown=30&sort=year&part=plan&q=%E6%8F%90%E6%A1%88&to=2019&from=2010',
    );
    expect(state).toEqual({
      q: '提案',
      from: 2010,
      to: 2019,
      filters: { committee: [], part: ['plan'], topic: [] },
      sort: 'year',
      shown: 30,
    });
    expect(serialiseState(state)).toBe(
      '?q=%E6%8F%90%E6%A1%88&from=2010&to=2019&part=plan&sort=year&shown=30',
    );
    expect(parseState(serialiseState(state))).toEqual(state);
  });

  it('never throws on odd input: bad years and counts are dropped, ranges put in order', () => {
    const state = parseState(
      '?q=%3Cscript%3E&from=20x&to=1999&from=2001&shown=-5&committee=&sort=bogus',
    );
    expect(state.q).toBe('<script>');
    expect([state.from, state.to]).toEqual([undefined, 1999]);
    expect(state.shown).toBe(10);
    expect(state.filters.committee).toEqual([]);
    expect(parseState('?from=2020&to=2010')).toMatchObject({ from: 2010, to: 2020 });
    expect(parseState('?shown=25').shown).toBe(30);
    expect(parseState('?shown=999999').shown).toBe(1000);
    expect(serialiseState(parseState(''))).toBe('');
  });

  it('reads the year parameter of older links as a range', () => {
    expect(parseState('?year=2018&year=2016')).toMatchObject({ from: 2016, to: 2018 });
    expect(parseState('?year=2018')).toMatchObject({ from: 2018, to: 2018 });
  });

  it('keeps filter values the archive has and names the rest', () => {
    const state = parseState(
      '?year=1899&committee=甲区政协&committee=丙&part=plan&part=nope&topic=提案工作',
    );
    const known = {
      years: [2016, 2018],
      committees: new Set(['甲区政协']),
      topics: new Set(['提案工作']),
    };
    expect(resolveSelection(state, known)).toEqual({
      selection: {
        from: undefined,
        to: undefined,
        committees: ['甲区政协'],
        topics: ['提案工作'],
        parts: ['plan'],
      },
      unknown: ['year=1899', 'committee=丙', 'part=nope'],
    });
    const range = resolveSelection(parseState('?from=2010&to=2017'), known).selection;
    expect([range.from, range.to]).toEqual([2010, 2017]);
  });
});

describe('marking what was searched', () => {
  it('finds needles whatever the spaces and case, longest first, never overlapping', () => {
    const text = '推进XX 特色小镇规划建设，特色小镇';
    expect(matchRanges(text, ['xx特色小镇', '特色小镇'])).toEqual([
      { start: 2, end: 9 },
      { start: 14, end: 18 },
    ]);
    expect(matchRanges('亿通管业', [''])).toEqual([]);
  });

  it('marks the phrase where the page holds it, else each word, never a lone character', () => {
    const page = '促成了亿通管业与院校合作，企业发展';
    const holds = (term: string) => page.includes(term);
    expect(highlightTerms('亿通管业', ['亿通管业'], holds)).toEqual(['亿通管业']);
    expect(highlightTerms('院校企业', ['院校', '企业'], holds)).toEqual(['院校', '企业']);
    expect(highlightTerms('企 发展', ['企', '发展'], holds)).toEqual(['发展']);
    expect(highlightTerms('企', ['企'], holds)).toEqual(['企']);
  });

  it('cuts an excerpt around the first mark, with ellipses where the text goes on', () => {
    const text = `${'甲'.repeat(40)}河道清淤${'乙'.repeat(100)}`;
    const parts = excerptAround(text, matchRanges(text, ['河道清淤']));
    expect(parts[0]).toEqual({ text: '…', marked: false });
    expect(parts.find((part) => part.marked)?.text).toBe('河道清淤');
    expect(parts.at(-1)).toEqual({ text: '…', marked: false });
    expect(parts.map((part) => part.text).join('').length).toBeLessThan(80);
  });

  it('puts what to mark into a result link, before its #section', () => {
    expect(withHighlight('/archive/reports/a/2016/#%E4%B8%80', ['提案', '办理'])).toBe(
      '/archive/reports/a/2016/?hl=%E6%8F%90%E6%A1%88&hl=%E5%8A%9E%E7%90%86#%E4%B8%80',
    );
    expect(withHighlight('/r/', [])).toBe('/r/');
  });
});

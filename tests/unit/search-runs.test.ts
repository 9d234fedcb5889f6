import { describe, expect, it } from 'vitest';
import { planQuery, searchTerms } from '../../src/lib/search/query.ts';
import { runSpans, within } from '../../src/lib/search/runs.ts';
import { matchPage } from '../../src/lib/search/locate.ts';

describe('searchTerms', () => {
  it('splits as the browser does, pairing a lone Han character with its neighbour', () => {
    // Pagefind loads one index chunk per term: 完 alone would miss 完成 in the next chunk.
    expect(searchTerms('清图书馆完')).toEqual({
      terms: ['清图', '图书', '馆完', '馆完'],
      anchors: [0, 1, 3, 3],
    });
    expect(searchTerms('提案办理')).toEqual({ terms: ['提案', '办理'], anchors: [0, 2] });
    expect(searchTerms('门')).toEqual({ terms: ['门'], anchors: [0] });
  });

  it('leaves Latin letters and digits alone', () => {
    expect(searchTerms('2018年').terms[0]).toBe('2018');
    expect(searchTerms('CPPCC').terms).toEqual(['cppcc']);
  });
});

describe('planQuery', () => {
  it('keeps the words as typed, their terms and where each term stands in the whole phrase', () => {
    const plan = planQuery('地下管网 加装电梯');
    expect(plan.phrase).toBe('地下管网加装电梯');
    expect(plan.words.map((word) => word.text)).toEqual(['地下管网', '加装电梯']);
    expect(plan.words[1]!.anchors[0]).toBe(4);
    expect(plan.terms).toContain('电梯');
    expect(new Set(plan.terms).size).toBe(plan.terms.length);
  });

  it('splits words at punctuation and drops repeats', () => {
    expect(planQuery('提案，提案 办理').words.map((word) => word.text)).toEqual(['提案', '办理']);
  });
});

describe('runSpans', () => {
  // 石门|农|贸|市场 in the index; the query 门农贸市场 searches 门农 (the pair at 石门's word), 农贸, 贸市, 市场.
  it('finds terms standing one after another, one word apart at most per character', () => {
    expect(runSpans([[6], [7], [8], [9]], [0, 1, 2, 3])).toEqual([{ start: 6, end: 9 }]);
    // Two terms on one index word (研成 holds 研 and starts the pair 成果).
    expect(runSpans([[29], [29]], [0, 1])).toEqual([{ start: 29, end: 29 }]);
  });

  it('finds nothing when the terms are scattered, out of order, or one is missing', () => {
    expect(runSpans([[6], [9]], [0, 1])).toEqual([]);
    expect(runSpans([[9], [6]], [0, 1])).toEqual([]);
    expect(runSpans([[6], []], [0, 1])).toEqual([]);
  });

  it('lets a two-character term reach two words on', () => {
    expect(runSpans([[3], [5]], [0, 2])).toEqual([{ start: 3, end: 5 }]);
    expect(runSpans([[3], [5]], [0, 1])).toEqual([]);
  });

  it('keeps positions inside allowed ranges only', () => {
    expect(within([1, 5, 9], [{ start: 4, end: 9 }])).toEqual([5, 9]);
    expect(within([1, 5], undefined)).toEqual([1, 5]);
  });
});

describe('matchPage', () => {
  const plan = planQuery('地下管网 加装电梯');
  const terms = plan.terms;
  const at = (entries: Record<string, number[]>) =>
    new Map(terms.map((term) => [term, new Map([['p', entries[term] ?? []]])]));

  it('is exact where every term runs on in order', () => {
    const positions = at({ 地下: [10], 管网: [11], 加装: [12], 装电: [13], 电梯: [14] });
    expect(matchPage(plan, positions, 'p')?.match).toBe('exact');
  });

  it('holds every word apart from each other: all words; a word only scattered is missing', () => {
    const apart = at({ 地下: [10], 管网: [11], 加装: [50], 装电: [51], 电梯: [52] });
    expect(matchPage(plan, apart, 'p')).toMatchObject({ match: 'all-words', missingWords: [] });
    // 加装 here, 电梯 far away: the page does not hold 加装电梯.
    const loose = at({ 地下: [10], 管网: [11], 加装: [50], 装电: [80], 电梯: [90] });
    expect(matchPage(plan, loose, 'p')).toMatchObject({
      match: 'partial',
      missingWords: ['加装电梯'],
    });
  });

  it('counts only the allowed ranges, and nothing when no word stands there', () => {
    const positions = at({ 地下: [10], 管网: [11], 加装: [50], 装电: [51], 电梯: [52] });
    expect(matchPage(plan, positions, 'p', [{ start: 40, end: 60 }])?.missingWords).toEqual([
      '地下管网',
    ]);
    expect(matchPage(plan, positions, 'p', [{ start: 100, end: 200 }])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  bigramCounts,
  bigramKeys,
  documentFrequency,
  dot,
  weigh,
} from '../../src/lib/crossyear/bigrams.ts';

/** The value of a key in a vector, or 0. */
const valueAt = (vector: { keys: Int32Array; values: Float64Array }, key: number) =>
  vector.values[vector.keys.indexOf(key)] ?? 0;

const entries = (vector: { keys: Int32Array; values: Float64Array }) =>
  [...vector.keys].map((key, index) => [key, vector.values[index]]);

describe('bigram vectors', () => {
  it('pairs neighbouring Han characters only, not across punctuation, digits or Latin text', () => {
    expect(bigramKeys('提案办理')).toHaveLength(3);
    expect(bigramKeys('提案，办理')).toEqual([...bigramKeys('提案'), ...bigramKeys('办理')]);
    expect(bigramKeys('提案120件 ABC')).toEqual(bigramKeys('提案'));
    expect(bigramKeys('甲')).toEqual([]);
  });

  it('counts each key, weighted, in ascending order, leaving out the keys to skip', () => {
    const [tian] = bigramKeys('提案');
    const [ban] = bigramKeys('办理');
    const vector = bigramCounts(
      [
        ['提案', 2],
        ['提案办理', 1],
      ],
      new Set(bigramKeys('案办')),
    );
    expect(entries(vector)).toEqual(
      [
        [tian, 3],
        [ban, 1],
      ].sort((a, b) => a[0]! - b[0]!),
    );
    expect([...vector.keys]).toEqual([...vector.keys].sort((a, b) => a - b));
  });

  it('counts in how many vectors each key occurs, and finds values by key', () => {
    const a = bigramCounts([['提案办理', 1]]);
    const b = bigramCounts([['提案督办', 1]]);
    const frequency = documentFrequency([a, b]);
    expect(valueAt(frequency, bigramKeys('提案')[0]!)).toBe(2);
    expect(valueAt(frequency, bigramKeys('督办')[0]!)).toBe(1);
    expect(valueAt(frequency, bigramKeys('湿地')[0]!)).toBe(0);
  });

  it('weighs to unit length, so the dot product is the cosine', () => {
    // No key in any other document: the same idf for all, so weights follow the counts.
    const none = bigramCounts([]);
    const unit = (text: string) => weigh(bigramCounts([[text, 1]]), none, 1);
    const a = unit('提案办理回访');
    expect(dot(a, a)).toBeCloseTo(1, 10);
    expect(dot(a, unit('提案办理督办'))).toBeCloseTo(3 / 5, 10);
    expect(dot(a, unit('湿地保护'))).toBe(0);
    expect(dot(unit(''), a)).toBe(0);
  });

  it('weighs a key found in every document less than a rare one', () => {
    const a = bigramCounts([['提案湿地', 1]]);
    const b = bigramCounts([['提案办理', 1]]);
    const weighed = weigh(a, documentFrequency([a, b]), 2);
    const common = valueAt(weighed, bigramKeys('提案')[0]!);
    const rare = valueAt(weighed, bigramKeys('湿地')[0]!);
    expect(rare).toBeGreaterThan(common);
    expect(common).toBeGreaterThan(0);
  });
});

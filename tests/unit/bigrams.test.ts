import { describe, expect, it } from 'vitest';
import {
  bigramCounts,
  bigramKeys,
  documentFrequency,
  dot,
  valueAt,
  weigh,
} from '../../src/lib/crossyear/bigrams.ts';

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
    const a = weigh(bigramCounts([['提案办理回访', 1]]), () => 1);
    const b = weigh(bigramCounts([['提案办理督办', 1]]), () => 1);
    expect(dot(a, a)).toBeCloseTo(1, 10);
    expect(dot(a, b)).toBeCloseTo(3 / 5, 10);
    expect(
      dot(
        a,
        weigh(bigramCounts([['湿地保护', 1]]), () => 1),
      ),
    ).toBe(0);
    expect(
      dot(
        weigh(bigramCounts([]), () => 1),
        a,
      ),
    ).toBe(0);
  });
});

// Character bigrams of Chinese text as sparse vectors for the plan review's similarity: integer keys
// in sorted typed arrays, merged rather than hashed. Building these vectors is most of a review
// page's work; sorted arrays make it several times faster than maps of strings.

/** Bigram keys in ascending order, a value for each. */
export interface SparseVector {
  keys: Int32Array;
  values: Float64Array;
}

// Han characters are taken from U+3400–U+9FFF (CJK Extension A and the Unified Ideographs), which
// hold every character of modern Chinese text; a pair's key is its two offsets in that range.
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;
const HAN_COUNT = HAN_LAST - HAN_FIRST + 1;

/** Writes the key of every pair of neighbouring Han characters, `times` times each; returns the end. */
function writeBigrams(text: string, times: number, into: Int32Array, start: number): number {
  let end = start;
  let previous = -1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < HAN_FIRST || code > HAN_LAST) {
      previous = -1;
      continue;
    }
    const offset = code - HAN_FIRST;
    if (previous >= 0)
      for (let time = 0; time < times; time += 1) into[end++] = previous * HAN_COUNT + offset;
    previous = offset;
  }
  return end;
}

/** The keys of a word's bigrams (for lists of words to leave out). */
export function bigramKeys(word: string): number[] {
  const keys = new Int32Array(word.length);
  return [...keys.subarray(0, writeBigrams(word, 1, keys, 0))];
}

/** Counts ascending keys: each distinct key once, with how often it occurs. */
function runLengths(sorted: Int32Array, skip?: ReadonlySet<number>): SparseVector {
  const keys: number[] = [];
  const values: number[] = [];
  for (let index = 0; index < sorted.length;) {
    const key = sorted[index]!;
    let end = index + 1;
    while (end < sorted.length && sorted[end] === key) end += 1;
    if (!skip?.has(key)) {
      keys.push(key);
      values.push(end - index);
    }
    index = end;
  }
  return { keys: Int32Array.from(keys), values: Float64Array.from(values) };
}

/** How often each bigram occurs in the texts, each text counted `weight` times; `skip` left out. */
export function bigramCounts(
  texts: readonly (readonly [text: string, weight: number])[],
  skip?: ReadonlySet<number>,
): SparseVector {
  const all = new Int32Array(texts.reduce((sum, [text, weight]) => sum + text.length * weight, 0));
  let end = 0;
  for (const [text, weight] of texts) end = writeBigrams(text, weight, all, end);
  return runLengths(all.subarray(0, end).sort(), skip);
}

/** In how many of the vectors each key occurs. */
export function documentFrequency(vectors: readonly SparseVector[]): SparseVector {
  const length = vectors.reduce((sum, vector) => sum + vector.keys.length, 0);
  const all = new Int32Array(length);
  let offset = 0;
  for (const vector of vectors) {
    all.set(vector.keys, offset);
    offset += vector.keys.length;
  }
  return runLengths(all.sort());
}

/**
 * tf·idf with sublinear term frequency, normalised to unit length: idf from `frequency` (in how
 * many of `documents` each key occurs), read alongside the counts since both are sorted.
 */
export function weigh(
  counts: SparseVector,
  frequency: SparseVector,
  documents: number,
): SparseVector {
  const values = new Float64Array(counts.values.length);
  let norm = 0;
  for (let index = 0, at = 0; index < values.length; index += 1) {
    const key = counts.keys[index]!;
    while (at < frequency.keys.length && frequency.keys[at]! < key) at += 1;
    const occurs = frequency.keys[at] === key ? frequency.values[at]! : 0;
    const weight =
      (1 + Math.log(counts.values[index]!)) * Math.log((documents + 1) / (occurs + 0.5));
    values[index] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (let index = 0; index < values.length; index += 1) values[index]! /= norm;
  return { keys: counts.keys, values };
}

/** The dot product of two vectors: their cosine when both have unit length. */
export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.keys.length && j < b.keys.length;) {
    const difference = a.keys[i]! - b.keys[j]!;
    if (difference === 0) sum += a.values[i++]! * b.values[j++]!;
    else if (difference < 0) i += 1;
    else j += 1;
  }
  return sum;
}

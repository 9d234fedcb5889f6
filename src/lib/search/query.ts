/** How long the search page waits after the last keystroke before it searches. */
export const TYPING_DEBOUNCE_MS = 250;

/** Queries longer than this are cut: Pagefind gains nothing from more, and it keeps the URL sane. */
export const MAX_QUERY_LENGTH = 100;

/** A query as the search page uses it. */
export interface NormalisedQuery {
  /** The text to search for, trimmed, width-folded and cut to MAX_QUERY_LENGTH. */
  text: string;
  /** True when the reader's query was longer and has been cut. */
  truncated: boolean;
  /** False when nothing searchable is left (empty, spaces or punctuation only). */
  searchable: boolean;
}

/** Folds full-width Latin and digits (ＡＢＣ１２３) to ASCII, trims and collapses whitespace, caps length. */
export function normaliseQuery(raw: string): NormalisedQuery {
  const folded = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const chars = [...folded];
  const text = chars.slice(0, MAX_QUERY_LENGTH).join('').trim();
  return {
    text,
    truncated: chars.length > MAX_QUERY_LENGTH,
    searchable: /[\p{L}\p{N}]/u.test(text),
  };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Text with all whitespace removed, for verbatim comparison of Chinese (which has no spaces). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** One word of a query as the reader separated it (by spaces or punctuation). */
export interface QueryWord {
  /** The word, lowercased: what the text must hold verbatim for the word to count. */
  text: string;
  /** The Pagefind terms it is searched by (see searchTerms). */
  terms: string[];
  /** For each term, the character of the whole phrase (QueryPlan.phrase) whose index word it lands on. */
  anchors: number[];
}

/** A query as the search page runs it. */
export interface QueryPlan {
  words: QueryWord[];
  /** Every term once: one Pagefind search each gives its word positions in every page. */
  terms: string[];
  /** The whole query without whitespace, lowercased: what a verbatim match holds. */
  phrase: string;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * A word's Pagefind terms: the browser's split, except that a lone Han character takes its
 * neighbour (亿通管业 → 亿通 通管 管业 业… as 亿通, 通管, 管业, and the last one 管业). Pagefind
 * loads one index chunk per term, so a one-character term misses the words starting with it that
 * lie in the next chunk (完 finds 完善 but not 完成); two characters sort into one chunk. The
 * index holds every pair across a word boundary, so the pair is there wherever the text has it
 * and the lone character starts or ends an index word. Anchors say which character's index word
 * each term stands on: the lone character's own.
 */
export function searchTerms(word: string): { terms: string[]; anchors: number[] } {
  const split = [...segmenter.segment(word)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => ({ text: segment.segment.toLowerCase(), at: segment.index }));
  const terms: string[] = [];
  const anchors: number[] = [];
  split.forEach(({ text, at }, i) => {
    const next = split[i + 1];
    const previous = split[i - 1];
    if (text.length === 1 && HAN.test(text) && next && HAN.test(next.text[0]!)) {
      terms.push(text + next.text[0]);
      anchors.push(at);
    } else if (text.length === 1 && HAN.test(text) && previous && HAN.test(previous.text.at(-1)!)) {
      terms.push(previous.text.at(-1)! + text);
      anchors.push(at - 1);
    } else {
      terms.push(text);
      anchors.push(at);
    }
  });
  return { terms, anchors };
}

/** Splits a normalised query into the reader's words and the terms Pagefind searches. */
export function planQuery(text: string): QueryPlan {
  const phrase = compact(text);
  const words: QueryWord[] = [];
  let from = 0;
  for (const raw of text.toLowerCase().split(/[\s\p{P}\p{S}]+/u)) {
    if (!/[\p{L}\p{N}]/u.test(raw)) continue;
    const offset = phrase.indexOf(raw, from);
    from = offset + raw.length;
    if (words.some((word) => word.text === raw)) continue;
    const { terms, anchors } = searchTerms(raw);
    if (terms.length > 0) words.push({ text: raw, terms, anchors: anchors.map((a) => a + offset) });
  }
  return { words, terms: [...new Set(words.flatMap((word) => word.terms))], phrase };
}

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

/** True when the text contains Chinese characters (Han script). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The words a query is made of, as the browser splits Chinese (the same Intl.Segmenter Pagefind
 * uses for queries on a zh page): 提案办理情况 → 提案, 办理, 情况. Punctuation is dropped, order kept.
 */
export function queryWords(text: string): string[] {
  const words = [...segmenter.segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment.toLowerCase());
  return [...new Set(words)];
}

/** The query as one exact phrase for Pagefind (`"…"`), or undefined when it is a single word. */
export function phraseQuery(text: string): string | undefined {
  const words = queryWords(text);
  if (words.length < 2) return undefined;
  return `"${text.replace(/["“”]/g, '')}"`;
}

/** Text with all whitespace removed, for verbatim comparison of Chinese (which has no spaces). */
export function compact(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

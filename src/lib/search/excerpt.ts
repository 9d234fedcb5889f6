import type { TextRange } from './highlight.ts';

/** A run of excerpt text, marked when it is a searched word or phrase. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Characters an excerpt shows, about two lines on a phone. */
const EXCERPT_LENGTH = 72;
/** How much text comes before the first mark. */
const LEAD = 20;

/**
 * A short stretch of `text` around its first marked range, cut into plain and marked runs (the page
 * draws them as text nodes and <mark>s, never parsing HTML). Cut ends get an ellipsis.
 */
export function excerptAround(text: string, ranges: readonly TextRange[]): ExcerptPart[] {
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - LEAD) : 0;
  let end = Math.min(text.length, start + EXCERPT_LENGTH);
  if (first && first.end > end) end = first.end;
  if (end === text.length) start = Math.max(0, Math.min(start, end - EXCERPT_LENGTH));
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const range of ranges) {
    if (range.end <= start || range.start >= end) continue;
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, end);
    if (from > at) parts.push({ text: text.slice(at, from), marked: false });
    parts.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), marked: false });
  if (start > 0) parts.unshift({ text: '…', marked: false });
  if (end < text.length) parts.push({ text: '…', marked: false });
  return parts;
}

/** The query parameter that tells a report page what to mark (once per word or phrase). */
export const HIGHLIGHT_PARAM = 'hl';

/** Adds the words to mark to a result link, before its #section. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${fragment}`;
}

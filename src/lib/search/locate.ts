import type { QueryPlan } from './query.ts';
import { runSpans, within, type Span } from './runs.ts';

/** Where each term stands in each page: term → page id → word positions (Pagefind's `words`). */
export type TermPositions = ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;

/** How well a report matches: the whole query verbatim, every word, or only some words. */
export type MatchKind = 'exact' | 'all-words' | 'partial';

/** Where a query stands in one page, from word positions alone. */
export interface PageMatch {
  match: MatchKind;
  /** The reader's words the page does not hold (as runs of their terms). */
  missingWords: string[];
  /** Word positions where the whole query, or else its words, stand: for choosing sections. */
  spans: Span[];
}

/**
 * Matches one page, counting only positions inside `allowed` (a part filter's ranges). `exact`
 * means the query's terms run on in order (the whole query, verbatim as far as positions tell);
 * `all-words` that each word's terms do somewhere; undefined when no word stands there at all.
 * A word whose characters are only scattered over the page is missing, never matched loose.
 */
export function matchPage(
  plan: QueryPlan,
  positions: TermPositions,
  id: string,
  allowed?: readonly Span[],
): PageMatch | undefined {
  const at = (term: string) => within(positions.get(term)?.get(id) ?? [], allowed);
  const words = plan.words.map((word) => runSpans(word.terms.map(at), word.anchors));
  const missingWords = plan.words.filter((_, i) => words[i]!.length === 0).map((w) => w.text);
  if (missingWords.length === plan.words.length) return undefined;
  const allTerms = plan.words.flatMap((word) => word.terms);
  const phrase =
    allTerms.length > 1
      ? runSpans(
          allTerms.map(at),
          plan.words.flatMap((word) => word.anchors),
        )
      : [];
  if (phrase.length > 0) return { match: 'exact', missingWords: [], spans: phrase };
  return {
    match: missingWords.length > 0 ? 'partial' : 'all-words',
    missingWords,
    spans: words.flat().sort((a, b) => a.start - b.start),
  };
}

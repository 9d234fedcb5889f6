import type { MatchKind } from './locate.ts';

/** A search result before its text is loaded: which page, and how well it matches. */
export interface TieredResult {
  id: string;
  match: MatchKind;
  /** Query words the page lacks (partial matches only). */
  missingWords: string[];
}

const MATCH_ORDER: Record<MatchKind, number> = { exact: 0, 'all-words': 1, partial: 2 };

/** Compares by match tier only; Array.prototype.sort is stable, so each tier keeps its order. */
export function byTier(a: { match: MatchKind }, b: { match: MatchKind }): number {
  return MATCH_ORDER[a.match] - MATCH_ORDER[b.match];
}

/**
 * Orders results by tier, then by Pagefind's relevance (`rank`: page id → place in its list) or,
 * sorted by year, newest first; all from page ids, so only the rows shown need their text.
 */
export function orderResults<T extends TieredResult>(
  results: readonly T[],
  rank: ReadonlyMap<string, number>,
  yearOf?: (id: string) => number,
): T[] {
  const place = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort(
    (a, b) =>
      byTier(a, b) ||
      (yearOf ? yearOf(b.id) - yearOf(a.id) : 0) ||
      place(a.id) - place(b.id) ||
      a.id.localeCompare(b.id),
  );
}

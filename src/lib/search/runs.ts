/**
 * Where query terms follow each other in a page, from Pagefind's word positions alone (no page
 * text): Pagefind splits Chinese at index time with the whole sentence as context, the browser
 * splits a query without it, so the two splits disagree where a query starts or ends inside a word
 * (门农贸市场 out of 石门农贸市场: the query has 门, the index 石门 — and the pair 门农 at 石门's
 * position). A term therefore lands on the same index word as the term before it, or one or two
 * words later; a verbatim occurrence is a run of such steps, which words merely scattered over a
 * page almost never form.
 */

/** A run of terms in a page: the word positions of its first and last term. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Every run of the terms in order, given each term's sorted word positions in one page and the
 * anchors of the terms (QueryWord.anchors): a term lands on the index word holding its anchor
 * character, so it stands at most as many words after the term before it as their anchors are
 * characters apart (every index word holds at least one character). Empty when a term is missing
 * or the terms never follow each other closely enough.
 */
export function runSpans(
  positions: readonly (readonly number[])[],
  anchors: readonly number[],
): Span[] {
  if (positions.length === 0 || positions.some((list) => list.length === 0)) return [];
  let reached: Span[] = positions[0]!.map((at) => ({ start: at, end: at }));
  for (let term = 1; term < positions.length; term += 1) {
    const maxStep = Math.max(0, anchors[term]! - anchors[term - 1]!);
    const next: Span[] = [];
    let from = 0;
    for (const at of positions[term]!) {
      // The latest start among runs ending close enough before `at` keeps spans tight.
      while (from < reached.length && reached[from]!.end < at - maxStep) from += 1;
      let start = -1;
      for (let i = from; i < reached.length && reached[i]!.end <= at; i += 1)
        start = Math.max(start, reached[i]!.start);
      if (start >= 0) next.push({ start, end: at });
    }
    if (next.length === 0) return [];
    reached = next;
  }
  return reached;
}

/** The positions inside `allowed` ranges (none given: all of them). */
export function within(
  positions: readonly number[],
  allowed: readonly Span[] | undefined,
): readonly number[] {
  if (!allowed) return positions;
  return positions.filter((at) => allowed.some((range) => at >= range.start && at <= range.end));
}

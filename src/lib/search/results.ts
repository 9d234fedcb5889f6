import { partRanges, type Catalog } from './catalog.ts';
import { applySelection, PART_CHOICES, type Candidate, type Selection } from './facets.ts';
import { matchPage, type TermPositions } from './locate.ts';
import type { QueryPlan } from './query.ts';
import { orderResults, type TieredResult } from './rank.ts';
import type { Span } from './runs.ts';

/** A result ready to be loaded: its tier, and the word ranges its text is looked at in. */
export interface PlannedResult extends TieredResult {
  /** The part filter's ranges in this page; undefined when there is no part filter. */
  allowed: Span[] | undefined;
}

/** What Pagefind found for a query, by page id: its relevance order and every term's positions. */
export interface FoundPages {
  order: readonly string[];
  positions: TermPositions;
}

/**
 * Every result of a search, ordered, with exact filter counts — from page ids and word positions
 * alone. Without a query (filters only) every report is a result, in every part it has.
 */
export function planResults(
  plan: QueryPlan | undefined,
  found: FoundPages,
  catalog: Catalog,
  selection: Selection,
  byYear: boolean,
) {
  const matches = new Map<string, PlannedResult>();
  const candidates: Candidate[] = [];
  for (const id of found.order) {
    const page = catalog.get(id);
    if (!page) continue;
    const allowed = selection.parts.length > 0 ? partRanges(page, selection.parts) : undefined;
    const inParts = new Set(
      PART_CHOICES.filter((kind) =>
        plan
          ? matchPage(plan, found.positions, id, partRanges(page, [kind]))
          : page.parts.some((part) => part.kind === kind),
      ),
    );
    const whole = plan
      ? matchPage(plan, found.positions, id)
      : { match: 'all-words' as const, missingWords: [] };
    if (!whole) continue;
    // With a part filter the tier counts only that part; a page matching elsewhere only is left
    // out by applySelection (its `parts` lack the kind), and still counted for the other part.
    const match = (plan && allowed && matchPage(plan, found.positions, id, allowed)) || whole;
    matches.set(id, { id, match: match.match, missingWords: match.missingWords, allowed });
    candidates.push({ id, page, parts: inParts });
  }
  const { kept, facets } = applySelection(candidates, selection);
  const rank = new Map(found.order.map((id, index) => [id, index]));
  const yearOf = (id: string) => catalog.get(id)?.year ?? 0;
  const results = orderResults(
    kept.map((candidate) => matches.get(candidate.id)!),
    rank,
    byYear || !plan ? yearOf : undefined,
  );
  return { results, facets, partial: results.filter((r) => r.match === 'partial').length };
}

// Draws one search's results a page at a time: a result's text (Pagefind's data()) is what a
// search spends its bytes and time on, so only the rows shown are loaded.
import { byTier } from '../lib/search/rank.ts';
import { describePage, describeResult, type RankedResult } from '../lib/search/describe.ts';
import { MESSAGES } from '../lib/search/messages.ts';
import { loadPage, PAGE_SIZE } from '../lib/search/paging.ts';
import type { QueryPlan } from '../lib/search/query.ts';
import type { PlannedResult } from '../lib/search/results.ts';
import type { SearchRun } from './pagefind-client.ts';
import { renderResults } from './search-view.ts';

/** Where a search draws, and how it tells whether it is still the current one. */
export interface PagerTarget {
  list: HTMLOListElement;
  moreButton: HTMLButtonElement;
  isCurrent: () => boolean;
  /** Hears how many results are shown, after each page. */
  shown: (count: number) => void;
}

/**
 * Loads a result's text into a row; a row whose text holds no query word where the filters look is
 * left out. Where the page searches several archives, each row names its own (`archiveOf`).
 */
export function describer(
  found: SearchRun,
  plan: QueryPlan | undefined,
  archiveOf: (key: string) => string | undefined,
) {
  return async (result: PlannedResult): Promise<RankedResult | undefined> => {
    const page = await found.results.get(result.id)!.data();
    const row = plan ? describeResult(plan, page, result.allowed) : describePage(page);
    const archive = archiveOf(result.id);
    return row && archive ? { ...row, archive } : row;
  };
}

/**
 * Draws the first `want` rows, replacing the list; each further page is appended and takes the
 * focus, so a keyboard user carries on where the new results start.
 */
export function pager(
  target: PagerTarget,
  tiered: readonly PlannedResult[],
  describe: (result: PlannedResult) => Promise<RankedResult | undefined>,
) {
  let next = 0;
  let shown = 0;
  return async (append: boolean, want = PAGE_SIZE): Promise<void> => {
    const page = await loadPage(tiered, next, want, (result) => describe(result as PlannedResult));
    if (!target.isCurrent()) return;
    next = page.next;
    shown += page.rows.length;
    // A row's text may have moved it up or down a tier; within the page the tiers stay in order.
    const firstNew = renderResults(target.list, [...page.rows].sort(byTier), append);
    if (append) firstNew?.focus();
    const remaining = tiered.length - next;
    target.moreButton.hidden = remaining === 0;
    target.moreButton.textContent = MESSAGES.more(remaining);
    target.shown(shown);
  };
}

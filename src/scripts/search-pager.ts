// Draws one search's results a page at a time: the text of a result (Pagefind's data()) is what a
// search spends its time on, so only the rows shown are loaded.
import type { FoundSoFar } from '../lib/search/messages.ts';
import { MESSAGES } from '../lib/search/messages.ts';
import { loadPage } from '../lib/search/paging.ts';
import {
  byMatch,
  describeResult,
  type RankedResult,
  type SectionFilter,
  type TieredResult,
} from '../lib/search/rank.ts';
import type { SearchRun } from './pagefind-client.ts';
import { renderResults } from './search-view.ts';

/** Rows loaded per page, and per 「显示更多结果」. */
const PAGE_SIZE = 10;

type Progress = Omit<FoundSoFar, 'query' | 'bySection'>;

/** Where a search draws, and how it tells whether it is still the current one. */
export interface PagerTarget {
  list: HTMLOListElement;
  moreButton: HTMLButtonElement;
  isCurrent: () => boolean;
  /** Hears how to load the next page, or undefined once every result is shown. */
  setMore: (loadMore: (() => Promise<void>) | undefined) => void;
}

/** Loads a tiered result's text (and, for verbatim matches, where the phrase is) into a row. */
export function describer(found: SearchRun, query: string, sectionFilter: SectionFilter) {
  return async (result: TieredResult): Promise<RankedResult | undefined> => {
    const [wordHit, phraseHit] = await Promise.all([
      found.results.get(result.id)!.data(),
      found.phraseResults.get(result.id)?.data(),
    ]);
    return describeResult(result, query, wordHit, phraseHit, sectionFilter);
  };
}

/**
 * The first page replaces the list, each further one is appended and takes the focus, so a
 * keyboard user carries on where the new results start. `report` hears how far the search has got.
 */
export function pager(
  target: PagerTarget,
  tiered: readonly TieredResult[],
  words: readonly string[],
  describe: (result: TieredResult) => Promise<RankedResult | undefined>,
  report: (progress: Progress) => void,
) {
  let next = 0;
  let shown = 0;
  let shownPartial = 0;
  const partial = tiered.filter((result) => result.match === 'partial').length;
  const drawPage = async (append: boolean): Promise<void> => {
    const page = await loadPage(tiered, next, PAGE_SIZE, describe);
    if (!target.isCurrent()) return;
    next = page.next;
    shown += page.rows.length;
    shownPartial += page.rows.filter((row) => row.match === 'partial').length;
    const firstNew = renderResults(target.list, byMatch(page.rows), words, append);
    if (append) firstNew?.focus();
    const remaining = tiered.length - next;
    target.moreButton.hidden = remaining === 0;
    target.moreButton.textContent = MESSAGES.more(remaining);
    target.setMore(remaining > 0 ? () => drawPage(true) : undefined);
    report({ total: tiered.length, partial, shown, shownPartial, remaining });
  };
  return drawPage;
}

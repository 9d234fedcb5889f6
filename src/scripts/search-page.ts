// The search page: the URL is the state; this module reads it, searches, and draws the results.
import { archiveOfKey } from '../lib/search/archives.ts';
import { filterView } from '../lib/search/filter-options.ts';
import { MESSAGES, resultStatus } from '../lib/search/messages.ts';
import { normaliseQuery, planQuery } from '../lib/search/query.ts';
import { planResults } from '../lib/search/results.ts';
import { needsConversion } from '../lib/search/traditional.ts';
import { hasFilters, resolveSelection, type SearchState } from '../lib/search/url-state.ts';
import { searchSource, toSimplified } from './pagefind-client.ts';
import { pageArchives } from './search-archives.ts';
import { filterPanel } from './search-filters.ts';
import { describer, pager } from './search-pager.ts';
import { searchPage } from './search-controls.ts';

const root = document.querySelector<HTMLElement>('[data-search-root]')!;
// The page's own archive, and a portal's member archives, searched as one.
const source = searchSource(
  pageArchives(root, import.meta.env.BASE_URL),
  root.dataset['searchFormat'] ?? '',
);
const titleOf = (key: string) => source.archives[archiveOfKey(key)]?.title;
const page = searchPage(source.preload);
const { list, moreButton } = page;
const traditionalChars = root.dataset['traditional'] ?? '';
let latest = 0;
let loadMore: (() => Promise<void>) | undefined;
const filters = filterPanel(page.filterBox, () =>
  page.navigate(filters.read(page.formState()), 'push'),
);

async function show(state: SearchState, restoreScroll: boolean) {
  const run = ++latest;
  loadMore = undefined;
  moreButton.hidden = true;
  page.showState(state);
  const query = normaliseQuery(state.q);
  const extra: string[] = query.truncated ? [MESSAGES.truncated] : [];
  if (!query.text && !hasFilters(state))
    return (list.replaceChildren(), page.say(MESSAGES.idle, extra));
  if (query.text && !query.searchable)
    return (list.replaceChildren(), page.say(MESSAGES.unsearchable, extra));
  page.say(MESSAGES.loading, extra);
  try {
    const { combined, missing } = await source.load();
    if (missing.length > 0) extra.push(MESSAGES.missingArchives(missing, source.archives));
    const { catalog, committees, topics } = combined;
    const years = [...new Set([...catalog.values()].map((entry) => entry.year))];
    const known = { years, committees: new Set(committees), topics: new Set(topics) };
    const { selection, unknown } = resolveSelection(state, known);
    if (unknown.length > 0) extra.push(MESSAGES.unknownFilters(unknown));
    let text = query.text;
    if (text && needsConversion(text, traditionalChars)) {
      const simplified = await toSimplified(text);
      if (simplified !== text) extra.push(MESSAGES.converted(text, simplified));
      text = simplified;
    }
    const plan = text ? planQuery(text) : undefined;
    const found = await source.search(plan);
    if (run !== latest) return;
    const { results, facets, partial } = planResults(
      plan,
      found,
      catalog,
      selection,
      state.sort === 'year',
    );
    filters.render(filterView({ years, committees, topics }, facets, state), state);
    const drawPage = pager(
      {
        list,
        moreButton,
        isCurrent: () => run === latest,
        shown: (count) => page.keepShown(count),
      },
      results,
      describer(found, plan, titleOf),
    );
    await drawPage(false, state.shown);
    if (run !== latest) return;
    loadMore = () => drawPage(true);
    page.say(resultStatus({ query: text, total: results.length, partial }), extra);
    if (restoreScroll) page.restoreScroll();
  } catch (error) {
    if (run !== latest) return;
    console.error(error);
    list.replaceChildren();
    page.say(MESSAGES.unavailable, extra);
  }
}

moreButton.addEventListener('click', () => void loadMore?.().catch(console.error));
page.onState((state, restoreScroll) => void show(state, restoreScroll));

// The search page: the URL is the state; this module reads it, searches, and draws the results.
import { filterView } from '../lib/search/filter-options.ts';
import { MESSAGES, resultStatus } from '../lib/search/messages.ts';
import { normaliseQuery, planQuery } from '../lib/search/query.ts';
import { planResults } from '../lib/search/results.ts';
import { needsConversion } from '../lib/search/traditional.ts';
import { hasFilters, resolveSelection, type SearchState } from '../lib/search/url-state.ts';
import { loadCatalog, loadPagefind, runSearch, toSimplified } from './pagefind-client.ts';
import { filterPanel } from './search-filters.ts';
import { describer, pager } from './search-pager.ts';
import { searchPage } from './search-controls.ts';

const page = searchPage();
const { root, list, moreButton } = page;
const base = import.meta.env.BASE_URL;
const catalogUrl = base + (root.dataset['catalog'] ?? '');
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
    const [pagefind, { catalog, json }] = await Promise.all([
      loadPagefind(base),
      loadCatalog(catalogUrl),
    ]);
    const years = [...new Set([...catalog.values()].map((entry) => entry.year))];
    const known = { years, committees: new Set(json.committees), topics: new Set(json.topics) };
    const { selection, unknown } = resolveSelection(state, known);
    if (unknown.length > 0) extra.push(MESSAGES.unknownFilters(unknown));
    let text = query.text;
    if (text && needsConversion(text, traditionalChars)) {
      const simplified = await toSimplified(text);
      if (simplified !== text) extra.push(MESSAGES.converted(text, simplified));
      text = simplified;
    }
    const plan = text ? planQuery(text) : undefined;
    const found = await runSearch(pagefind, plan);
    if (run !== latest) return;
    const { results, facets, partial } = planResults(
      plan,
      found,
      catalog,
      selection,
      state.sort === 'year',
    );
    filters.render(
      filterView({ years, committees: json.committees, topics: json.topics }, facets, state),
      state,
    );
    const drawPage = pager(
      {
        list,
        moreButton,
        isCurrent: () => run === latest,
        shown: (count) => page.keepShown(count),
      },
      results,
      describer(found, plan),
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

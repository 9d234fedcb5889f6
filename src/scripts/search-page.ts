// The search page: the URL is the state; this module reads it, searches, and draws the results.
import { MESSAGES, resultStatus } from '../lib/search/messages.ts';
import {
  MAX_QUERY_LENGTH,
  normaliseQuery,
  phraseQuery,
  queryWords,
  TYPING_DEBOUNCE_MS,
} from '../lib/search/query.ts';
import { partSectionFilter, tierResults } from '../lib/search/rank.ts';
import { needsConversion } from '../lib/search/traditional.ts';
import {
  FILTER_NAMES,
  parseState,
  resolveFilters,
  serialiseState,
  type SearchState,
} from '../lib/search/url-state.ts';
import { filterOptions, knownFilters, partKinds } from '../lib/search/filter-options.ts';
import {
  allFilters,
  loadPagefind,
  preloadQuery,
  runSearch,
  toSimplified,
} from './pagefind-client.ts';
import { describer, pager } from './search-pager.ts';
import { renderFilters } from './search-view.ts';

const root = document.querySelector<HTMLElement>('[data-search-root]')!;
const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const notes = root.querySelector<HTMLElement>('[data-search-notes]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const base = import.meta.env.BASE_URL;
const traditionalChars = root.dataset['traditional'] ?? '';
let latest = 0;
/** How to load the next page of the current search, while there is one. */
let loadMore: (() => Promise<void>) | undefined;

// Beside the results there is room to show the filters open; on a phone they start folded.
const filterPanel = root.querySelector<HTMLDetailsElement>('[data-search-filter-panel]')!;
filterPanel.open = matchMedia('(min-width: 56rem)').matches;

function say(message: string, extra: readonly string[] = []) {
  status.textContent = message;
  notes.replaceChildren(
    ...extra.map((note) => Object.assign(document.createElement('p'), { textContent: note })),
  );
}

async function show(state: SearchState) {
  const run = ++latest;
  loadMore = undefined;
  moreButton.hidden = true;
  input.value = state.q;
  sort.value = state.sort;
  const query = normaliseQuery(state.q);
  const extra: string[] = query.truncated ? [MESSAGES.truncated] : [];
  const filtered = FILTER_NAMES.some((name) => state.filters[name].length > 0);
  if (!query.text && !filtered) return (list.replaceChildren(), say(MESSAGES.idle, extra));
  if (query.text && !query.searchable)
    return (list.replaceChildren(), say(MESSAGES.unsearchable, extra));
  say(MESSAGES.loading, extra);
  try {
    const pagefind = await loadPagefind(base);
    const everything = await allFilters(pagefind);
    const { pagefindFilters, unknown } = resolveFilters(state, knownFilters(everything));
    if (unknown.length > 0) extra.push(MESSAGES.unknownFilters(unknown));
    let text = query.text;
    if (text && needsConversion(text, traditionalChars)) {
      const simplified = await toSimplified(text);
      if (simplified !== text) extra.push(MESSAGES.converted(text, simplified));
      text = simplified;
    }
    const words = text ? queryWords(text) : [];
    const found = await runSearch(
      pagefind,
      text || null,
      words,
      text ? phraseQuery(text) : undefined,
      pagefindFilters,
      state.sort === 'year',
    );
    if (run !== latest) return;
    const tiered = tierResults(found.order, new Set(found.phraseResults.keys()), found.idsByWord);
    renderFilters(filterBox, filterOptions(everything, found.counts), state);
    const target = {
      list,
      moreButton,
      isCurrent: () => run === latest,
      setMore: (next: typeof loadMore) => (loadMore = next),
    };
    const bySection = partKinds(state).length > 0;
    const drawPage = pager(
      target,
      tiered,
      words,
      describer(found, text, partSectionFilter(partKinds(state))),
      (progress) => say(resultStatus({ ...progress, query: text, bySection }), extra),
    );
    await drawPage(false);
  } catch (error) {
    if (run !== latest) return;
    console.error(error);
    list.replaceChildren();
    say(MESSAGES.unavailable, extra);
  }
}

/** Makes a state the page's state: a new history entry (undoable with Back) or an in-place update. */
function navigate(state: SearchState, entry: 'push' | 'replace') {
  // The URL keeps only the part of the query that is searched, so it stays short enough for any server.
  const url = `${location.pathname}${serialiseState({ ...state, q: [...state.q].slice(0, MAX_QUERY_LENGTH).join('') })}`;
  if (url !== `${location.pathname}${location.search}`)
    history[entry === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  void show(state);
}

function formState(): SearchState {
  const state = parseState(location.search);
  state.q = input.value;
  state.sort = sort.value === 'year' ? 'year' : 'relevance';
  for (const name of FILTER_NAMES) {
    const boxes = filterBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`);
    if (boxes.length > 0)
      state.filters[name] = [...boxes].filter((box) => box.checked).map((box) => box.value);
  }
  return state;
}

// Focusing the search box starts a search: fetch the index script then, not after the first keystroke.
input.addEventListener('focus', () => void preloadQuery(base, '').catch(() => undefined), {
  once: true,
});

let typingTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  void preloadQuery(base, normaliseQuery(input.value).text).catch(() => undefined);
  typingTimer = setTimeout(() => navigate(formState(), 'replace'), TYPING_DEBOUNCE_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  navigate(formState(), 'push');
});
moreButton.addEventListener('click', () => void loadMore?.().catch(console.error));
filterBox.addEventListener('change', () => navigate(formState(), 'push'));
sort.addEventListener('change', () => navigate(formState(), 'push'));
window.addEventListener('popstate', () => void show(parseState(location.search)));
void show(parseState(location.search));

// The search page's own controls and its URL: reading the form, moving through history, keeping
// how many results are shown and where the reader had scrolled to, so reload and Back return there.
import { PAGE_SIZE } from '../lib/search/paging.ts';
import {
  MAX_QUERY_LENGTH,
  normaliseQuery,
  planQuery,
  TYPING_DEBOUNCE_MS,
} from '../lib/search/query.ts';
import { parseState, serialiseState, type SearchState } from '../lib/search/url-state.ts';
import type { QueryPlan } from '../lib/search/query.ts';

type Listener = (state: SearchState, restoreScroll: boolean) => void;

/** Reads the page's controls; `preload` fetches what a query will need while the reader types. */
export function searchPage(preload: (plan: QueryPlan | undefined) => Promise<void>) {
  const root = document.querySelector<HTMLElement>('[data-search-root]')!;
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = q<HTMLFormElement>('[data-search-form]');
  const input = q<HTMLInputElement>('[data-search-input]');
  const sort = q<HTMLSelectElement>('[data-search-sort]');
  const status = q<HTMLElement>('[data-search-status]');
  const notes = q<HTMLElement>('[data-search-notes]');
  let listener: Listener = () => {};
  // Beside the results there is room to show the filters open; on a phone they start folded.
  q<HTMLDetailsElement>('[data-search-filter-panel]').open =
    matchMedia('(min-width: 56rem)').matches;
  // Results are drawn after the page loads, so the browser's own restoring would come too early.
  history.scrollRestoration = 'manual';

  const urlOf = (state: SearchState) =>
    `${location.pathname}${serialiseState({ ...state, q: [...state.q].slice(0, MAX_QUERY_LENGTH).join('') })}`;
  const navigate = (state: SearchState, entry: 'push' | 'replace') => {
    // The URL keeps only the part of the query that is searched, so it stays short for any server.
    const url = urlOf(state);
    if (url !== `${location.pathname}${location.search}`)
      history[entry === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    listener(state, false);
  };
  /** The URL's state with the query and sort as the form says; a new search starts at page one. */
  const formState = (): SearchState => ({
    ...parseState(location.search),
    q: input.value,
    sort: sort.value === 'year' ? 'year' : 'relevance',
    shown: PAGE_SIZE,
  });

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void preload(undefined).catch(() => undefined), {
    once: true,
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    const text = normaliseQuery(input.value).text;
    void preload(text ? planQuery(text) : undefined).catch(() => undefined);
    typingTimer = setTimeout(() => navigate(formState(), 'replace'), TYPING_DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    navigate(formState(), 'push');
  });
  sort.addEventListener('change', () => navigate(formState(), 'push'));
  window.addEventListener('popstate', () => listener(parseState(location.search), true));
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  const keepScroll = () => history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(keepScroll, 150);
  });
  window.addEventListener('pagehide', keepScroll);

  return {
    root,
    list: q<HTMLOListElement>('[data-search-results]'),
    moreButton: q<HTMLButtonElement>('[data-search-more]'),
    filterBox: q<HTMLElement>('[data-search-filters]'),
    navigate,
    formState,
    say(message: string, extra: readonly string[] = []) {
      status.textContent = message;
      notes.replaceChildren(
        ...extra.map((note) => Object.assign(document.createElement('p'), { textContent: note })),
      );
    },
    showState(state: SearchState) {
      input.value = state.q;
      sort.value = state.sort;
    },
    /** Puts the number of results shown into the URL, without a new history entry. */
    keepShown(count: number) {
      const state = parseState(location.search);
      const shown = Math.max(PAGE_SIZE, count);
      if (state.shown !== shown)
        history.replaceState(history.state, '', urlOf({ ...state, shown }));
    },
    restoreScroll() {
      const y = (history.state as { scrollY?: unknown } | null)?.scrollY;
      if (typeof y === 'number') window.scrollTo({ top: y, behavior: 'instant' });
    },
    /** Hears every state to show: now (the URL's), and after each navigation. */
    onState(next: Listener) {
      listener = next;
      listener(parseState(location.search), true);
    },
  };
}

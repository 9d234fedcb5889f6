// Loads Pagefind (only when a search starts) and runs the phrase and word searches for one query.
import type { HitData } from '../lib/search/rank.ts';
import type { FilterName } from '../lib/search/url-state.ts';

type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: { data: () => Promise<HitData> }[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(query: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
}

/** Results are loaded in full (content, sections) only for the first ones: the rest are never shown. */
export const RESULT_LIMIT = 30;

let loading: Promise<Pagefind> | undefined;

/** Imports the index's own script from below the base path, once. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 36 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

export interface SearchRun {
  phraseHits: HitData[];
  wordHits: HitData[];
  /** Counts per filter value for the current query and filters. */
  counts: FilterCounts;
}

/** Runs the word search and, for several words, the exact-phrase search, in parallel. */
export async function runSearch(
  pagefind: Pagefind,
  query: string | null,
  phrase: string | undefined,
  filters: Partial<Record<FilterName, { any: string[] }>>,
): Promise<SearchRun> {
  const options = { filters, sort: query ? undefined : { year: 'desc' } };
  const [words, exact] = await Promise.all([
    pagefind.search(query, options),
    phrase ? pagefind.search(phrase, options) : Promise.resolve(null),
  ]);
  const load = (search: PagefindSearch | null) =>
    Promise.all((search?.results ?? []).slice(0, RESULT_LIMIT).map((result) => result.data()));
  const [wordHits, phraseHits] = await Promise.all([load(words), load(exact)]);
  return { wordHits, phraseHits, counts: words?.filters ?? (await pagefind.filters()) };
}

/** While the reader types, fetch the index chunks the query will need, so the search itself is quick. */
export async function preloadQuery(base: string, query: string): Promise<void> {
  const pagefind = await loadPagefind(base);
  await Promise.all([pagefind.filters(), query ? pagefind.preload(query) : undefined]);
}

/** Every value each filter has in the whole index. */
export function allFilters(pagefind: Pagefind): Promise<FilterCounts> {
  return pagefind.filters();
}

let converter: Promise<(text: string) => string> | undefined;

/** Traditional → Simplified with opencc-js, imported only the first time a query needs it. */
export async function toSimplified(text: string): Promise<string> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) =>
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
  );
  return (await converter)(text);
}

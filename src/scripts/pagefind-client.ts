// Loads Pagefind (only when a search starts) and runs the phrase and word searches for one query.
import type { HitData } from '../lib/search/rank.ts';
import type { FilterName } from '../lib/search/url-state.ts';

type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResult {
  id: string;
  data: () => Promise<HitData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  preload(query: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
}

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
  /** Page ids in Pagefind's order (relevance, or newest year first). */
  order: string[];
  /** Pages holding the query verbatim, by id. */
  phraseResults: Map<string, PagefindResult>;
  /** Every page of either search, by id: its data() loads its text, only when it is shown. */
  results: Map<string, PagefindResult>;
  /** Pages holding each query word (only for several words, when the phrase was not found). */
  idsByWord: Map<string, Set<string>>;
  /** Counts per filter value for the current query and filters. */
  counts: FilterCounts;
}

/**
 * Runs the word search and the exact-phrase search in parallel, and one search per word when the
 * phrase was not found. None of them loads text (that is data(), per result, when it is shown):
 * page ids are enough to count and order every result. Pagefind ANDs the words and drops only a
 * word that matches nothing at all, so once the phrase is found somewhere no result lacks a word
 * and the per-word searches would tell nothing.
 */
export async function runSearch(
  pagefind: Pagefind,
  query: string | null,
  words: readonly string[],
  phrase: string | undefined,
  filters: Partial<Record<FilterName, { any: string[] }>>,
  byYear: boolean,
): Promise<SearchRun> {
  const options = { filters, sort: byYear || !query ? { year: 'desc' } : undefined };
  const search = (text: string | null) => pagefind.search(text, options);
  const byId = (search: PagefindSearch | null) =>
    new Map((search?.results ?? []).map((result) => [result.id, result]));
  const [main, exact] = await Promise.all([
    search(query),
    phrase ? search(phrase) : Promise.resolve(null),
  ]);
  const phraseResults = byId(exact);
  const perWord = words.length > 1 && phraseResults.size === 0 ? words : [];
  const wordSearches = await Promise.all(perWord.map(search));
  return {
    order: (main?.results ?? []).map((result) => result.id),
    phraseResults,
    results: new Map([...phraseResults, ...byId(main)]),
    idsByWord: new Map(
      perWord.map((word, index) => [word, new Set(byId(wordSearches[index] ?? null).keys())]),
    ),
    counts: main?.filters ?? (await pagefind.filters()),
  };
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

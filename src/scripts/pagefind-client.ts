// Loads Pagefind (only when a search starts) and the search catalog, and runs a query's searches.
import { readCatalog, type Catalog, type CatalogJson } from '../lib/search/catalog.ts';
import type { QueryPlan } from '../lib/search/query.ts';
import type { FoundPages } from '../lib/search/results.ts';
import type { PageData } from '../lib/search/sections.ts';

/** One page Pagefind found: its word positions come with it, its text (data()) on request. */
export interface PagefindResult {
  id: string;
  words: number[];
  data: () => Promise<PageData>;
}
interface PagefindInstance {
  init(): Promise<void>;
  search(
    term: string | null,
    options?: Record<string, unknown>,
  ): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

let loading: Promise<PagefindInstance> | undefined;

/**
 * Imports the index's own script from below the base path, once. Pagefind splits a query into
 * words itself on a zh page; the search page splits it (query.ts) and hands Pagefind the terms,
 * so the instance is made while the page's language reads `und`: Pagefind then only splits at
 * spaces, and still finds the archive's one (zh-cn) index. The attribute is put back at once.
 */
export function loadPagefind(base: string): Promise<PagefindInstance> {
  loading ??= (async () => {
    const module = (await import(
      /* @vite-ignore */ `${base}pagefind/pagefind.js`
    )) as PagefindModule;
    const root = document.documentElement;
    const lang = root.lang;
    root.lang = 'und';
    let pagefind: PagefindInstance;
    try {
      pagefind = module.createInstance({ baseUrl: base });
    } finally {
      root.lang = lang;
    }
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

let catalogLoading: Promise<{ catalog: Catalog; json: CatalogJson }> | undefined;

/** The search catalog (filters and parts of every report), fetched once. */
export function loadCatalog(url: string) {
  catalogLoading ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    const json = (await response.json()) as CatalogJson;
    return { catalog: readCatalog(json), json };
  });
  catalogLoading.catch(() => (catalogLoading = undefined));
  return catalogLoading;
}

/** What a search found: ids in order, word positions per term, and each page's result for its text. */
export interface SearchRun extends FoundPages {
  results: Map<string, PagefindResult>;
}

const sorted = (words: readonly number[]) => [...words].sort((a, b) => a - b);

/**
 * One search for all terms (Pagefind ANDs them and ranks by relevance), and one per term for its
 * positions, which tell where the words stand (runs.ts). The terms' index chunks are shared, so
 * the extra searches fetch nothing more. Without a query, every report (a filter-only search).
 */
export async function runSearch(
  pagefind: PagefindInstance,
  plan: QueryPlan | undefined,
): Promise<SearchRun> {
  const all = plan ? plan.words.flatMap((word) => word.terms).join(' ') : null;
  const main = (await pagefind.search(all))?.results ?? [];
  const perTerm =
    plan && plan.terms.length > 1
      ? await Promise.all(
          plan.terms.map(async (term) => (await pagefind.search(term))?.results ?? []),
        )
      : [main];
  const positions = new Map(
    (plan?.terms ?? []).map((term, index) => [
      term,
      new Map(perTerm[index]!.map((result) => [result.id, sorted(result.words)])),
    ]),
  );
  return {
    order: main.map((result) => result.id),
    positions,
    results: new Map(main.map((r) => [r.id, r])),
  };
}

/** While the reader types, fetch the index chunks the query will need, so the search itself is quick. */
export async function preloadQuery(base: string, plan: QueryPlan | undefined): Promise<void> {
  const pagefind = await loadPagefind(base);
  if (plan) await pagefind.preload(plan.terms.join(' '));
}

let converter: Promise<(text: string) => string> | undefined;

/** Traditional → Simplified with opencc-js, imported only the first time a query needs it. */
export async function toSimplified(text: string): Promise<string> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) =>
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
  );
  return (await converter)(text);
}

// Loads the archives' catalogs and Pagefind (only when a search starts), and runs a query's searches
// over every archive the page searches (lib/search/merge.ts: one Pagefind, each index merged in).
import {
  combineCatalogs,
  type ArchiveProblem,
  type CombinedCatalog,
  type SearchArchive,
} from '../lib/search/archives.ts';
import { combineRuns, type CombinedRun } from '../lib/search/combine.ts';
import {
  bundleOf,
  indexSearch,
  mergeIndexes,
  tagOf,
  type IndexTarget,
} from '../lib/search/merge.ts';
import type { QueryPlan } from '../lib/search/query.ts';
import type { PageData } from '../lib/search/sections.ts';
import { loadCatalogs } from './search-archives.ts';

/** One page Pagefind found: its word positions come with it, its text (data()) on request. */
export interface PagefindResult {
  id: string;
  score: number;
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
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<unknown>;
  filters(): Promise<unknown>;
  destroy(): Promise<unknown>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/**
 * Pagefind splits a query into words itself on a zh page; the search page splits it (query.ts) and
 * hands Pagefind the terms, so the instance is made while the page's language reads `und`: Pagefind
 * then only splits at spaces, and still finds each archive's one (zh-cn) index. Merged indexes
 * take the primary's language, so they too are searched as `und`. The attribute is put back at once.
 */
async function createPagefind(
  module: PagefindModule,
  primary: IndexTarget,
  options: Record<string, unknown>,
): Promise<PagefindInstance> {
  const root = document.documentElement;
  const lang = root.lang;
  root.lang = 'und';
  let pagefind: PagefindInstance;
  try {
    pagefind = module.createInstance({ basePath: bundleOf(primary), ...options });
  } finally {
    root.lang = lang;
  }
  await pagefind.init();
  return pagefind;
}

/** Everything a search needs, loaded once: Pagefind over the archives that loaded, and their catalog. */
export interface LoadedSearch {
  pagefind: PagefindInstance | undefined;
  /** Whether searches are narrowed per index (several indexes merged). */
  tagged: boolean;
  /** The indexes searched: every shard of every archive searched. */
  indexes: IndexTarget[];
  /** The archives searched, by number. */
  searched: number[];
  combined: CombinedCatalog;
  /** Archives left out, and why. */
  missing: { archive: number; problem: ArchiveProblem }[];
}

async function loadSearch(archives: readonly SearchArchive[], format: string) {
  const { loaded, missing } = await loadCatalogs(archives, format);
  if (loaded.length === 0) throw new Error('no archive could be loaded');
  // Every shard of every archive that has reports (a big archive's index is in shards: shards.ts).
  const targets = loaded
    .filter(({ json }) => Object.keys(json.pages).length > 0)
    .flatMap(({ archive, json }) =>
      json.indexes.map((bundle, shard) => ({
        archive,
        url: archives[archive]!.url,
        bundle,
        // Shards searched together share their archive's tag (shards.ts, keyPages).
        shard: json.keyedByShard ? shard : 0,
      })),
    );
  // Pagefind's script always comes from the page's own archive (script-src 'self').
  const module =
    targets.length > 0
      ? ((await import(
          /* @vite-ignore */ `${archives[0]!.url}pagefind/pagefind.js`
        )) as PagefindModule)
      : undefined;
  const merged = module
    ? await mergeIndexes(targets, (primary, options) => createPagefind(module, primary, options))
    : { pagefind: undefined, tagged: false, searched: [], failed: [] };
  // An archive missing a shard is left out whole: its counts would be silently short.
  const broken = new Set(merged.failed.map((target) => target.archive));
  const indexes = merged.searched.filter((target) => !broken.has(target.archive));
  const searched = [...new Set(indexes.map((target) => target.archive))];
  return {
    pagefind: merged.pagefind,
    tagged: merged.tagged,
    indexes,
    searched,
    combined: combineCatalogs(loaded.filter(({ archive }) => searched.includes(archive))),
    missing: [
      ...missing,
      ...[...broken].map((archive) => ({ archive, problem: 'unreachable' as const })),
    ],
  } satisfies LoadedSearch;
}

/** One index per tag: a narrowed search covers every index that carries its tag. */
const distinctTags = (indexes: readonly IndexTarget[]) =>
  indexes.filter(
    (target, index) => indexes.findIndex((other) => tagOf(other) === tagOf(target)) === index,
  );

/** What a search found: keys in order, word positions per term, and each page's result for its text. */
export type SearchRun = CombinedRun<PagefindResult>;

/**
 * Per tag (an archive, or one shard of an archive keyed by shard), one search for all terms (Pagefind ANDs them and ranks by relevance), and one per
 * term for its positions, which tell where the words stand (runs.ts). The terms' index chunks are
 * shared, so the extra searches fetch nothing more. Without a query, every report (filters only).
 */
async function runSearch(search: LoadedSearch, plan: QueryPlan | undefined): Promise<SearchRun> {
  const { pagefind, tagged } = search;
  const all = plan ? plan.words.flatMap((word) => word.terms).join(' ') : null;
  const terms = plan?.terms ?? [];
  const runs = pagefind
    ? await Promise.all(
        distinctTags(search.indexes).map(async (target) => {
          const options = indexSearch(target, tagged);
          const main = (await pagefind.search(all, options))?.results ?? [];
          const perTerm =
            terms.length > 1 && main.length > 0
              ? await Promise.all(
                  terms.map(async (term) => (await pagefind.search(term, options))?.results ?? []),
                )
              : [main];
          return { archive: target.archive, shard: target.shard ?? 0, main, perTerm };
        }),
      )
    : [];
  return combineRuns(runs, terms);
}

/** The page's searches over its archives; loading starts on the first call and happens once. */
export function searchSource(archives: readonly SearchArchive[], format: string) {
  let loading: Promise<LoadedSearch> | undefined;
  const load = () => {
    loading ??= loadSearch(archives, format);
    loading.catch(() => (loading = undefined));
    return loading;
  };
  return {
    archives,
    load,
    search: async (plan: QueryPlan | undefined) => runSearch(await load(), plan),
    /** While the reader types, fetch the index chunks the query will need. */
    async preload(plan: QueryPlan | undefined): Promise<void> {
      const { pagefind } = await load();
      if (plan && pagefind) await pagefind.preload(plan.terms.join(' '));
    },
  };
}

let converter: Promise<(text: string) => string> | undefined;

/** Traditional → Simplified with opencc-js, imported only the first time a query needs it. */
export async function toSimplified(text: string): Promise<string> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) =>
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
  );
  return (await converter)(text);
}

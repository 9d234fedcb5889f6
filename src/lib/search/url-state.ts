import type { PartKind } from '../parts.ts';

/** The filter names the archive indexes; each maps to a query parameter of the same name. */
export const FILTER_NAMES = ['year', 'committee', 'part', 'topic'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Part values in URLs stay short and ASCII (`part=plan`); Pagefind stores the Chinese label. */
export const PART_PARAM: Record<Exclude<PartKind, 'other'>, string> = {
  summary: '工作总结',
  plan: '工作安排',
};

/** Everything the search page shows, as it lives in the URL. */
export interface SearchState {
  /** The query text as typed (normalised later). */
  q: string;
  /** Chosen values per filter; several values of one filter mean "any of them". */
  filters: Record<FilterName, string[]>;
  /** Relevance order, or newest year first. */
  sort: 'relevance' | 'year';
}

const MAX_PARAM_LENGTH = 2_000;

/** Reads the state from a query string; never throws, whatever the URL holds. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = (name: string) =>
    [
      ...new Set(params.getAll(name).map((value) => value.trim().slice(0, MAX_PARAM_LENGTH))),
    ].filter(Boolean);
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, values(name)]),
  ) as SearchState['filters'];
  return {
    q: (params.get('q') ?? '').slice(0, MAX_PARAM_LENGTH),
    filters,
    sort: params.get('sort') === 'year' ? 'year' : 'relevance',
  };
}

/** Writes the state as a query string in a stable order (so equal states give equal URLs). */
export function serialiseState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES)
    for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'year') params.set('sort', 'year');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Filter values the index actually has, by filter name (URL value → Pagefind value). */
export type KnownFilters = Record<FilterName, Map<string, string>>;

/** Splits the URL's filter values into those the index knows (as Pagefind values) and the unknown. */
export function resolveFilters(state: SearchState, known: KnownFilters) {
  const pagefindFilters: Partial<Record<FilterName, { any: string[] }>> = {};
  const unknown: string[] = [];
  for (const name of FILTER_NAMES) {
    const resolved = state.filters[name].flatMap((value) => {
      const indexed = known[name].get(value);
      if (indexed === undefined) unknown.push(`${name}=${value}`);
      return indexed === undefined ? [] : [indexed];
    });
    if (resolved.length > 0) pagefindFilters[name] = { any: resolved };
  }
  return { pagefindFilters, unknown };
}

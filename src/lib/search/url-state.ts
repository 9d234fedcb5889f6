import { PART_CHOICES, type PartChoice, type Selection } from './facets.ts';
import { PAGE_SIZE } from './paging.ts';

/** Filters that take a list of values; each is a repeatable query parameter of the same name. */
export const LIST_FILTERS = ['committee', 'part', 'topic'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** Everything the search page shows, as it lives in the URL. */
export interface SearchState {
  /** The query text as typed (normalised later). */
  q: string;
  /** The year range, both ends included (`from`, `to`; a legacy `year` gives both). */
  from: number | undefined;
  to: number | undefined;
  /** Chosen values per list filter; several values of one filter mean "any of them". */
  filters: Record<ListFilter, string[]>;
  /** Relevance order, or newest year first. */
  sort: 'relevance' | 'year';
  /** How many results are shown: one page, or more after 「显示更多结果」 (`shown`). */
  shown: number;
}

const MAX_PARAM_LENGTH = 2_000;
const MAX_SHOWN = 1_000;

function year(value: string | null): number | undefined {
  return value !== null && /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** Reads the state from a query string; never throws, whatever the URL holds. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = (name: string) =>
    [
      ...new Set(params.getAll(name).map((value) => value.trim().slice(0, MAX_PARAM_LENGTH))),
    ].filter(Boolean);
  const filters = Object.fromEntries(LIST_FILTERS.map((name) => [name, values(name)]));
  const years = params
    .getAll('year')
    .map(year)
    .filter((value) => value !== undefined);
  let from = year(params.get('from')) ?? (years.length > 0 ? Math.min(...years) : undefined);
  let to = year(params.get('to')) ?? (years.length > 0 ? Math.max(...years) : undefined);
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const shown = Number.parseInt(params.get('shown') ?? '', 10);
  return {
    q: (params.get('q') ?? '').slice(0, MAX_PARAM_LENGTH),
    from,
    to,
    filters: filters as SearchState['filters'],
    sort: params.get('sort') === 'year' ? 'year' : 'relevance',
    shown: Number.isFinite(shown)
      ? Math.min(MAX_SHOWN, Math.max(PAGE_SIZE, Math.ceil(shown / PAGE_SIZE) * PAGE_SIZE))
      : PAGE_SIZE,
  };
}

/** Writes the state as a query string in a stable order (so equal states give equal URLs). */
export function serialiseState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  for (const name of LIST_FILTERS)
    for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'year') params.set('sort', 'year');
  if (state.shown > PAGE_SIZE) params.set('shown', String(state.shown));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when the state filters by anything. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.from !== undefined ||
    state.to !== undefined ||
    LIST_FILTERS.some((name) => state.filters[name].length > 0)
  );
}

/** The state's filters as a selection, keeping only values the archive has; the rest are named. */
export function resolveSelection(
  state: SearchState,
  known: { years: readonly number[]; committees: ReadonlySet<string>; topics: ReadonlySet<string> },
): { selection: Selection; unknown: string[] } {
  const unknown: string[] = [];
  const { from, to } = state;
  const ranged = from !== undefined || to !== undefined;
  const inRange = (year: number) =>
    (from === undefined || year >= from) && (to === undefined || year <= to);
  // A range holding none of the archive's years is a mistyped address, not an empty search.
  const keepRange = !ranged || known.years.some(inRange);
  if (!keepRange) unknown.push(from === to ? `year=${from}` : `from=${from ?? ''}&to=${to ?? ''}`);
  const keep = (name: ListFilter, isKnown: (value: string) => boolean) =>
    state.filters[name].filter(
      (value) => isKnown(value) || (unknown.push(`${name}=${value}`), false),
    );
  const selection: Selection = {
    from: keepRange ? from : undefined,
    to: keepRange ? to : undefined,
    committees: keep('committee', (value) => known.committees.has(value)),
    topics: keep('topic', (value) => known.topics.has(value)),
    parts: keep('part', (value) => PART_CHOICES.includes(value as PartChoice)) as PartChoice[],
  };
  return { selection, unknown };
}

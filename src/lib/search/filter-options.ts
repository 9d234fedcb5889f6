import {
  FILTER_NAMES,
  PART_PARAM,
  type FilterName,
  type KnownFilters,
  type SearchState,
} from './url-state.ts';

type FilterCounts = Record<string, Record<string, number>>;
const PART_BY_LABEL = new Map(Object.entries(PART_PARAM).map(([kind, label]) => [label, kind]));

/** The URL value of a Pagefind filter value: part labels become `summary`/`plan`, others stay. */
function urlValue(name: FilterName, value: string): string {
  return name === 'part' ? (PART_BY_LABEL.get(value) ?? value) : value;
}

/** Every filter value the index holds, keyed by its URL value. */
export function knownFilters(all: FilterCounts): KnownFilters {
  const entries = FILTER_NAMES.map((name) => {
    const values = Object.keys(all[name] ?? {});
    return [name, new Map(values.map((value) => [urlValue(name, value), value]))] as const;
  });
  return Object.fromEntries(entries) as KnownFilters;
}

/** The part kinds chosen in the URL, ignoring unknown values. */
export function partKinds(state: SearchState): ('summary' | 'plan')[] {
  return state.filters.part.filter(
    (value): value is 'summary' | 'plan' => value === 'summary' || value === 'plan',
  );
}

/** Options to draw per filter: every indexed value, with its count for the current search. */
export function filterOptions(all: FilterCounts, current: FilterCounts) {
  const entries = FILTER_NAMES.map((name) => {
    const values = Object.keys(all[name] ?? {});
    if (name === 'year') values.sort((a, b) => Number(b) - Number(a));
    else values.sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const options = values.map((value) => ({
      urlValue: urlValue(name, value),
      label: value,
      count: current[name]?.[value] ?? 0,
    }));
    return [name, options] as const;
  });
  return Object.fromEntries(entries) as Record<
    FilterName,
    { urlValue: string; label: string; count: number }[]
  >;
}

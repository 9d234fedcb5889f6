import { PART_LABELS } from '../parts.ts';
import { PART_CHOICES, type Facets } from './facets.ts';
import type { SearchState } from './url-state.ts';

/** A filter value as drawn: its URL value, its label, its count for the search, whether chosen. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/** A decade shortcut for the year range. */
export interface Decade {
  from: number;
  to: number;
  label: string;
  count: number;
}

/** Committees listed before the list folds. */
export const COMMITTEES_SHOWN = 8;

/** What the archive holds overall, whatever the search: every year, committee and topic. */
export interface ArchiveValues {
  years: readonly number[];
  committees: readonly string[];
  topics: readonly string[];
}

const byCount = (a: FilterOption, b: FilterOption) =>
  b.count - a.count || a.label.localeCompare(b.label, 'zh-CN');

/** The filter column for one search: options with exact counts, most frequent first. */
export function filterView(archive: ArchiveValues, facets: Facets, state: SearchState) {
  const options = (values: readonly string[], counts: Map<string, number>, chosen: string[]) =>
    values
      .map((value) => ({
        value,
        label: value,
        count: counts.get(value) ?? 0,
        checked: chosen.includes(value),
      }))
      .sort(byCount);
  const years = [...archive.years].sort((a, b) => b - a);
  const decades = [...new Set(years.map((year) => year - (year % 10)))].map((from) => ({
    from,
    to: from + 9,
    label: `${from}年代`,
    count: years
      .filter((year) => year >= from && year <= from + 9)
      .reduce((sum, year) => sum + (facets.year.get(year) ?? 0), 0),
  }));
  return {
    years: years.map((year) => ({ year, count: facets.year.get(year) ?? 0 })),
    decades,
    committees: options(archive.committees, facets.committee, state.filters.committee),
    topics: options(archive.topics, facets.topic, state.filters.topic),
    parts: PART_CHOICES.map((kind) => ({
      value: kind,
      label: PART_LABELS[kind],
      count: facets.part.get(kind) ?? 0,
      checked: state.filters.part.includes(kind),
    })),
  };
}

/**
 * Which committees a long list shows: those matching what the reader typed; without typing, the
 * most frequent few and every chosen one, unless the whole list is unfolded.
 */
export function visibleCommittees(
  options: readonly FilterOption[],
  typed: string,
  unfolded: boolean,
): FilterOption[] {
  const wanted = typed.trim().toLowerCase();
  if (wanted) return options.filter((option) => option.label.toLowerCase().includes(wanted));
  if (unfolded) return [...options];
  return options.filter((option, index) => index < COMMITTEES_SHOWN || option.checked);
}

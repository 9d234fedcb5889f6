import type { CatalogPage, CatalogPartKind } from './catalog.ts';

/** Kinds of part a reader can filter by. */
export type PartChoice = Exclude<CatalogPartKind, 'other'>;
export const PART_CHOICES: readonly PartChoice[] = ['summary', 'plan'];

/** The filters chosen: a year range, and "any of" per list (empty: no filter). */
export interface Selection {
  from: number | undefined;
  to: number | undefined;
  committees: readonly string[];
  topics: readonly string[];
  parts: readonly PartChoice[];
}

/** A page the query matches: its catalog entry and the kinds of part the match stands in. */
export interface Candidate {
  id: string;
  page: CatalogPage;
  parts: ReadonlySet<CatalogPartKind>;
}

type Dimension = 'year' | 'committee' | 'topic' | 'part';

function passes(candidate: Candidate, selection: Selection, skip?: Dimension): boolean {
  const { page } = candidate;
  const { from, to, committees, topics, parts } = selection;
  if (
    skip !== 'year' &&
    ((from !== undefined && page.year < from) || (to !== undefined && page.year > to))
  )
    return false;
  if (skip !== 'committee' && committees.length > 0 && !committees.includes(page.committee))
    return false;
  if (skip !== 'topic' && topics.length > 0 && !page.topics.some((topic) => topics.includes(topic)))
    return false;
  if (skip !== 'part' && parts.length > 0 && !parts.some((part) => candidate.parts.has(part)))
    return false;
  return true;
}

/** How many results each filter value would give, with the other filters as chosen. */
export interface Facets {
  year: Map<number, number>;
  committee: Map<string, number>;
  topic: Map<string, number>;
  part: Map<PartChoice, number>;
}

function count<K>(counts: Map<K, number>, key: K) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The candidates the selection keeps, and the count of every filter value. A value's count is
 * the number of results choosing it would show, the other filters staying as they are — so while
 * a filter has nothing chosen, its counts add up to the results shown (topics aside: a report has
 * several). Part counts count reports whose match stands in that part, as the part filter shows.
 */
export function applySelection(candidates: readonly Candidate[], selection: Selection) {
  const facets: Facets = {
    year: new Map(),
    committee: new Map(),
    topic: new Map(),
    part: new Map(),
  };
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (passes(candidate, selection)) kept.push(candidate);
    if (passes(candidate, selection, 'year')) count(facets.year, candidate.page.year);
    if (passes(candidate, selection, 'committee'))
      count(facets.committee, candidate.page.committee);
    if (passes(candidate, selection, 'topic'))
      for (const topic of candidate.page.topics) count(facets.topic, topic);
    if (passes(candidate, selection, 'part'))
      for (const part of PART_CHOICES) if (candidate.parts.has(part)) count(facets.part, part);
  }
  return { kept, facets };
}

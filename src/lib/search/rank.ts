import { compact } from './query.ts';

/** The parts of a Pagefind result's data() that ranking uses. */
export interface HitData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  sub_results: { url: string; title: string; excerpt: string; locations: number[] }[];
}

/** How well a report matches: the whole query verbatim, every word, or only some words. */
export type MatchKind = 'exact' | 'all-words' | 'partial';

/** One row of the results list. */
export interface RankedResult {
  /** Where the first link goes: the best section, or the report when the hit is before any heading. */
  url: string;
  reportUrl: string;
  title: string;
  year: string;
  /** The best section's heading, when the hit is in a section. */
  sectionTitle: string | undefined;
  /** Pagefind's excerpt; its only markup is <mark>. */
  excerpt: string;
  match: MatchKind;
  /** Query words this report lacks (partial matches only). */
  missingWords: string[];
  /** Further matching sections of the same report, best first. */
  moreSections: { url: string; title: string }[];
}

const MATCH_ORDER: Record<MatchKind, number> = { exact: 0, 'all-words': 1, partial: 2 };

/** Keeps the sub-results a part filter allows; undefined means every section is allowed. */
export type SectionFilter = (hit: HitData) => ((sectionUrl: string) => boolean) | undefined;

function sectionId(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? '' : decodeURIComponent(url.slice(hash + 1));
}

/** Section ids of one part kind, from the page meta the report page writes. */
export function sectionsOfPart(
  meta: HitData['meta'],
  kinds: readonly ('summary' | 'plan')[],
): Set<string> {
  return new Set(
    kinds.flatMap((kind) => (meta[`${kind}_sections`] ?? '').split(' ').filter(Boolean)),
  );
}

/** A part filter for rankResults: keeps sections whose heading id belongs to one of the kinds. */
export function partSectionFilter(kinds: readonly ('summary' | 'plan')[]): SectionFilter {
  if (kinds.length === 0) return () => undefined;
  return (hit) => {
    const allowed = sectionsOfPart(hit.meta, kinds);
    return (url) => allowed.has(sectionId(url));
  };
}

type Section = HitData['sub_results'][number];

/**
 * Orders a report's matching sections: those Pagefind found for the exact phrase, then those whose
 * excerpt shows the phrase, then the rest by how many query words they hold.
 */
function orderSections(
  phraseSections: readonly Section[],
  wordSections: readonly Section[],
  phrase: string,
) {
  const showsPhrase = (section: Section) =>
    phrase !== '' && compact(section.excerpt.replace(/<\/?mark>/g, '')).includes(phrase);
  const byHits = (a: Section, b: Section) => b.locations.length - a.locations.length;
  const rest = wordSections.filter(
    (section) => !phraseSections.some((found) => found.url === section.url),
  );
  return [
    ...[...phraseSections].sort(byHits),
    ...rest.filter(showsPhrase).sort(byHits),
    ...rest.filter((section) => !showsPhrase(section)).sort(byHits),
  ];
}

function toResult(
  hit: HitData,
  sections: Section[],
  match: MatchKind,
  missingWords: string[],
): RankedResult {
  const best = sections[0];
  const hasSection = best !== undefined && best.url.includes('#');
  return {
    url: best?.url ?? hit.url,
    reportUrl: hit.url,
    title: hit.meta['title'] ?? hit.url,
    year: hit.meta['year'] ?? '',
    sectionTitle: hasSection ? best.title : undefined,
    excerpt: best?.excerpt ?? '',
    match,
    missingWords,
    moreSections: sections
      .slice(1)
      .filter((section) => section.url.includes('#'))
      .slice(0, 3)
      .map(({ url, title }) => ({ url, title })),
  };
}

/** Compares by match tier only; Array.prototype.sort is stable, so each tier keeps its order. */
function byTier(a: { match: MatchKind }, b: { match: MatchKind }): number {
  return MATCH_ORDER[a.match] - MATCH_ORDER[b.match];
}

/** A search result before its text is loaded: which page, and how well it matches. */
export interface TieredResult {
  id: string;
  match: MatchKind;
  /** Query words the page lacks (partial matches only). */
  missingWords: string[];
}

/**
 * Orders results by how well they match, from result ids alone, so that only the results shown
 * need their text loaded (Pagefind's data() is what costs time) and the count covers every result:
 * pages the exact-phrase search found first, then pages every word's own search found, then
 * partial ones (Pagefind silently drops a word that matches nothing, so its own list can rank those
 * first). Within a tier Pagefind's order (relevance, or year when sorted) is kept.
 */
export function tierResults(
  order: readonly string[],
  phraseIds: ReadonlySet<string>,
  idsByWord: ReadonlyMap<string, ReadonlySet<string>>,
): TieredResult[] {
  const tiered = [...new Set([...order, ...phraseIds])].map((id): TieredResult => {
    const missingWords = [...idsByWord].filter(([, ids]) => !ids.has(id)).map(([word]) => word);
    if (phraseIds.has(id)) return { id, match: 'exact', missingWords: [] };
    return { id, match: missingWords.length > 0 ? 'partial' : 'all-words', missingWords };
  });
  return tiered.sort(byTier);
}

/**
 * How well a page's loaded text matches: Pagefind's phrase search misses the query when it cuts
 * through a word the index split differently (研成果 in 调研成果), and a one-word search can miss a
 * word for the same reason, so the text has the last word — it can only improve a tier.
 */
function matchInText(
  tiered: TieredResult,
  query: string,
  content: string,
): Pick<TieredResult, 'match' | 'missingWords'> {
  const text = compact(content);
  const phrase = compact(query);
  if (tiered.match === 'exact' || (phrase !== '' && text.includes(phrase)))
    return { match: 'exact', missingWords: [] };
  const missingWords = tiered.missingWords.filter((word) => !text.includes(compact(word)));
  return missingWords.length > 0
    ? { match: 'partial', missingWords }
    : { match: 'all-words', missingWords: [] };
}

/**
 * One row of the list from a tiered result and its loaded text (`phraseHit` too for exact ones,
 * whose sections holding the phrase come first). Undefined when a part filter leaves no section:
 * the page has that part, but the query matched elsewhere in it.
 */
export function describeResult(
  tiered: TieredResult,
  query: string,
  wordHit: HitData,
  phraseHit?: HitData,
  sectionFilter?: SectionFilter,
): RankedResult | undefined {
  const allows = sectionFilter?.(wordHit);
  const keep = (sections: readonly Section[] = []) =>
    allows ? sections.filter((section) => allows(section.url)) : sections;
  const sections = orderSections(
    keep(phraseHit?.sub_results),
    keep(wordHit.sub_results),
    compact(query),
  );
  if (allows && sections.length === 0) return undefined;
  const { match, missingWords } = matchInText(tiered, query, wordHit.content);
  return toResult(wordHit, sections, match, missingWords);
}

/** Rows of one loaded page in tier order (their text may have moved some up), otherwise as they came. */
export function byMatch(rows: readonly RankedResult[]): RankedResult[] {
  return [...rows].sort(byTier);
}

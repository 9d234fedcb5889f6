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

/**
 * Merges Pagefind's phrase results and word results into one list: reports containing the query
 * verbatim first, then reports with every word, then partial ones (Pagefind silently drops a word
 * that matches nothing, so its own list can rank those first). Pagefind's order is kept within a tier.
 */
export function rankResults(
  query: string,
  words: readonly string[],
  phraseHits: readonly HitData[],
  wordHits: readonly HitData[],
  options: { sectionFilter?: SectionFilter; byYear?: boolean } = {},
): RankedResult[] {
  const phrase = compact(query);
  const phraseByUrl = new Map(phraseHits.map((hit) => [hit.url, hit]));
  const wordByUrl = new Map(wordHits.map((hit) => [hit.url, hit]));
  const ranked: RankedResult[] = [];
  for (const url of new Set([...phraseByUrl.keys(), ...wordByUrl.keys()])) {
    const hit = (phraseByUrl.get(url) ?? wordByUrl.get(url))!;
    const allows = options.sectionFilter?.(hit);
    const keep = (sections: readonly Section[] = []) =>
      allows ? sections.filter((section) => allows(section.url)) : sections;
    const sections = orderSections(
      keep(phraseByUrl.get(url)?.sub_results),
      keep(wordByUrl.get(url)?.sub_results),
      phrase,
    );
    // With a part filter, a report counts only when a matching section lies in that part.
    if (allows && sections.length === 0) continue;
    const text = compact(hit.content);
    const missingWords = words.filter((word) => !text.includes(compact(word)));
    const verbatim = phrase !== '' && text.includes(phrase);
    const match: MatchKind = verbatim
      ? 'exact'
      : missingWords.length === 0
        ? 'all-words'
        : 'partial';
    ranked.push(toResult(hit, sections, match, match === 'partial' ? missingWords : []));
  }
  return ranked
    .map((result, order) => ({ result, order }))
    .sort(
      (a, b) =>
        MATCH_ORDER[a.result.match] - MATCH_ORDER[b.result.match] ||
        (options.byYear ? Number(b.result.year) - Number(a.result.year) : 0) ||
        a.order - b.order,
    )
    .map(({ result }) => result);
}

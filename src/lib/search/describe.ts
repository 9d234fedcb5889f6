import { excerptAround, type ExcerptPart } from './excerpt.ts';
import { highlightTerms, matchRanges } from './highlight.ts';
import type { MatchKind } from './locate.ts';
import type { QueryPlan } from './query.ts';
import type { Span } from './runs.ts';
import { sectionsOf, sectionUrl, type PageData, type Section } from './sections.ts';

/** One row of the results list, described from the page's loaded text. */
export interface RankedResult {
  /** Where the first link goes: the best section, or the report when the hit is before any heading. */
  url: string;
  title: string;
  year: string;
  /** The best section's heading, when the hit is in a section. */
  sectionTitle: string | undefined;
  excerpt: ExcerptPart[];
  match: MatchKind;
  /** Query words this report lacks (partial matches only). */
  missingWords: string[];
  /** Further matching sections of the same report, best first. */
  moreSections: { url: string; title: string }[];
  /** What the opened page should mark: the phrase, or the words it holds. */
  highlight: string[];
  /** The archive it is in, when the page searches several (a portal and its members). */
  archive?: string | undefined;
}

const fold = (text: string) => text.replace(/\s/g, '').normalize('NFKC').toLowerCase();

interface ScoredSection {
  section: Section;
  /** 0: the whole query verbatim; 1: every word; 2: some words; 3: none. */
  rank: number;
  /** For every-word sections: the fewest characters holding one of each (runs before scattered). */
  spread: number;
  hits: number;
}

function positionsOf(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push(at);
  return found;
}

/** The fewest characters from the start of one word to the end of another holding every word. */
function spread(text: string, words: readonly string[]): number {
  const events = words
    .flatMap((word, index) =>
      positionsOf(text, word).map((at) => ({ at, end: at + word.length, index })),
    )
    .sort((a, b) => a.at - b.at);
  let best = Number.MAX_SAFE_INTEGER;
  events.forEach((event, i) => {
    const seen = new Map<number, number>();
    for (let j = i; j < events.length && seen.size < words.length; j += 1)
      seen.set(events[j]!.index, Math.max(seen.get(events[j]!.index) ?? 0, events[j]!.end));
    if (seen.size === words.length) best = Math.min(best, Math.max(...seen.values()) - event.at);
  });
  return best;
}

function scoreSection(section: Section, plan: QueryPlan): ScoredSection {
  const text = fold(section.title + section.body);
  const words = plan.words.map((word) => word.text);
  const present = words.filter((word) => text.includes(word));
  const hits = present.reduce((sum, word) => sum + positionsOf(text, word).length, 0);
  const rank = text.includes(plan.phrase)
    ? 0
    : present.length === words.length
      ? 1
      : present.length > 0
        ? 2
        : 3;
  return {
    section,
    rank,
    spread: rank === 1 ? spread(text, words) : 0,
    hits: hits + present.length * 1000,
  };
}

const bySection = (a: ScoredSection, b: ScoredSection) =>
  a.rank - b.rank ||
  a.spread - b.spread ||
  b.hits - a.hits ||
  a.section.words.start - b.section.words.start;

/**
 * One row from a tiered result and its loaded text. Sections holding the whole query come first,
 * then those holding every word (closest together first), then those holding more of the words;
 * a word counts only where it stands verbatim. The text has the last word on the tier. Undefined
 * when no section the part filter allows holds any word.
 */
export function describeResult(
  plan: QueryPlan,
  page: PageData,
  allowed?: readonly Span[],
): RankedResult | undefined {
  const inside = (section: Section) =>
    !allowed ||
    allowed.some((range) => section.words.start >= range.start && section.words.start <= range.end);
  const scored = sectionsOf(page)
    .filter(inside)
    .map((section) => scoreSection(section, plan))
    .filter((entry) => entry.rank < 3)
    .sort(bySection);
  const best = scored[0];
  if (!best) return undefined;
  const text = fold(scored.map((entry) => entry.section.title + entry.section.body).join('\n'));
  const holds = (term: string) => text.includes(fold(term));
  const missingWords = plan.words.map((word) => word.text).filter((word) => !holds(word));
  const exact =
    plan.words.flatMap((word) => word.terms).length > 1 && scored.some((s) => s.rank === 0);
  const match: MatchKind = exact ? 'exact' : missingWords.length > 0 ? 'partial' : 'all-words';
  const highlight = highlightTerms(
    plan.phrase,
    plan.words.map((word) => word.text),
    holds,
  );
  const shown =
    matchRanges(best.section.body, highlight).length > 0 ? best.section.body : best.section.title;
  return {
    url: sectionUrl(page.url, best.section),
    title: page.meta['title'] ?? page.url,
    year: page.meta['year'] ?? '',
    sectionTitle: best.section.id ? best.section.title : undefined,
    excerpt: excerptAround(shown, matchRanges(shown, highlight)),
    match,
    missingWords: match === 'partial' ? missingWords : [],
    moreSections: scored
      .slice(1)
      .filter((entry) => entry.section.id)
      .slice(0, 3)
      .map((entry) => ({ url: sectionUrl(page.url, entry.section), title: entry.section.title })),
    highlight,
  };
}

/** A row for browsing by filters alone (no query): the report and the start of its text. */
export function describePage(page: PageData): RankedResult {
  const first = sectionsOf(page).find((section) => section.body.length > 0);
  return {
    url: page.url,
    title: page.meta['title'] ?? page.url,
    year: page.meta['year'] ?? '',
    sectionTitle: undefined,
    excerpt: first ? excerptAround(first.body, []) : [],
    match: 'all-words',
    missingWords: [],
    moreSections: [],
    highlight: [],
  };
}

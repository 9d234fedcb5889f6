// Plan versus outcome: last year's plan items beside this year's summary items that carried them out.
import { isShortcomingParagraph } from '../parts.ts';
import { sentencesOf, type ReportSection } from '../sections.ts';
import type { TopicKeywords } from '../topics/classify.ts';
import { sentenceHref } from './figures.ts';
import { matchPlanItems, type ItemMatch } from './match.ts';

/** A plan or summary item as the review shows it. */
export interface ReviewItem {
  /** The id of its heading on the report page (its part's when the item is a paragraph). */
  id: string;
  /** The item's lead phrase: its heading, or a paragraph's first sentence. */
  heading: string;
  /** The item's text after the heading. */
  text: string;
  /** For a paragraph item: the sentence to point a text fragment at. */
  sentence?: string | undefined;
}

/** One plan item with the summary items that carried it out (none: 未见落实记载). */
export interface ReviewRow {
  plan: ReviewItem;
  matches: (ItemMatch & { item: ReviewItem })[];
}

export interface PlanReview {
  rows: ReviewRow[];
  /** Plan items the summary records nothing of. */
  unmatched: ReviewItem[];
  /** Summary items that carried out no plan item: work the plan did not name. */
  unplanned: ReviewItem[];
  /** This year's own account of its shortcomings (不足、问题), as written. */
  shortcomings: string[];
}

/**
 * The items of a report's plan or summary parts: the items (###) under parts of that kind, or,
 * in a part without items, each paragraph (「一是……」 style), led by its first sentence.
 */
export function reviewItems(
  sections: readonly ReportSection[],
  kind: 'plan' | 'summary',
): ReviewItem[] {
  const items: ReviewItem[] = [];
  const partsWithItems = new Set(
    sections.filter((s) => s.depth === 3 && s.kind === kind).map((s) => s.partId),
  );
  for (const section of sections) {
    if (section.kind !== kind) continue;
    if (section.depth === 3) {
      items.push({ id: section.id, heading: section.heading, text: section.paragraphs.join('') });
    } else if (section.depth === 2 && !partsWithItems.has(section.id)) {
      for (const paragraph of section.paragraphs) {
        const [first = '', ...rest] = sentencesOf(paragraph);
        items.push({ id: section.id, heading: first, text: rest.join(''), sentence: first });
      }
    }
  }
  return items;
}

/** Reviews the plan in `previous` (year N−1's report) against the summary in `current` (year N's). */
export function planReview(
  previous: readonly ReportSection[],
  current: readonly ReportSection[],
  topics: readonly TopicKeywords[] = [],
): PlanReview {
  const plan = reviewItems(previous, 'plan');
  const summary = reviewItems(current, 'summary');
  const matches = matchPlanItems(plan, summary, topics);
  const rows = plan.map((item, index) => ({
    plan: item,
    matches: matches[index]!.map((match) => ({ ...match, item: summary[match.index]! })),
  }));
  const used = new Set(matches.flat().map((match) => match.index));
  return {
    rows,
    unmatched: rows.filter((row) => row.matches.length === 0).map((row) => row.plan),
    unplanned: summary.filter((_, index) => !used.has(index)),
    shortcomings: current
      .filter((section) => section.kind !== 'plan')
      .flatMap((section) => section.paragraphs)
      .filter(isShortcomingParagraph),
  };
}

/** A short excerpt of an item's text for the review: the first `length` characters. */
export function excerpt(text: string, length = 80): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length).join('')}……`;
}

/** How the review sums itself up: 共 5 项安排，4 项有落实记载，1 项未见落实记载。 */
export function reviewTally(review: Pick<PlanReview, 'rows' | 'unmatched'>): string {
  const total = review.rows.length;
  if (total === 0) return '上一年的报告中没有可以对照的工作安排条目。';
  const unmatched = review.unmatched.length;
  return `共 ${total} 项安排：${total - unmatched} 项有落实记载，${unmatched} 项未见落实记载。`;
}

/** Where an item is on its report page: its heading, or its sentence for a paragraph item. */
export function itemHref(reportHref: string, item: ReviewItem): string {
  if (item.sentence)
    return sentenceHref(reportHref, { sectionId: item.id, sentence: item.sentence });
  return item.id ? `${reportHref}#${item.id}` : reportHref;
}

// What a plan review page shows besides the review itself: its title, the two reports' pages and
// the reviews of the years around it.
import type { ArchiveIndex } from './archive-index.ts';
import { reviewTally, type PlanReview } from './review.ts';
import { committeeHref, reportHref, reviewHref } from '../urls.ts';
import type { ReportKey } from '../year-nav.ts';

interface TitledReport extends ReportKey {
  entry: { data: { title: string } };
}

export interface ReviewPageData {
  title: string;
  description: string;
  /** The page of last year's report (the plan) and of this year's (the summary). */
  planHref: string;
  summaryHref: string;
  /** The review of the year before and of the year after, where they exist. */
  earlier?: { href: string; year: number } | undefined;
  later?: { href: string; year: number } | undefined;
  committee: { name: string; href: string };
}

/** The page data of `report`'s review of `previous`'s plan. */
export function reviewPageData<T extends TitledReport>(
  report: T,
  previous: T,
  review: Pick<PlanReview, 'rows' | 'unmatched'>,
  index: ArchiveIndex<T>,
): ReviewPageData {
  const year = report.year;
  const committee = index.committeeOf(report);
  const later = index.at(report.committee, year + 1);
  return {
    title: `${report.committee}${year}年工作安排落实情况对照`,
    description: `${previous.entry.data.title}中的工作安排与${report.entry.data.title}对照：${reviewTally(review)}`,
    planHref: reportHref(previous.id),
    summaryHref: reportHref(report.id),
    earlier: index.at(report.committee, year - 2)
      ? { href: reviewHref(previous.id), year: year - 1 }
      : undefined,
    later: later ? { href: reviewHref(later.id), year: year + 1 } : undefined,
    committee: { name: committee.name, href: committeeHref(committee.slug) },
  };
}

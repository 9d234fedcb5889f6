// What the archive index and the committee pages list, bounded whatever the archive's size: the
// index shows a few committees' recent years and links on; committee pages are cut into pages of
// whole decades; the committee directory is paginated.
import type { ReportKey } from '../year-nav.ts';
import type { ArchiveIndex, CommitteeReports } from './archive-index.ts';
import { paginate, paginateGroups, type Page } from './paging.ts';
import {
  committeeTimeline,
  recentTimeline,
  type TimelineDecade,
  type TimelineReport,
} from './timeline.ts';

/** Committees the index shows with their timelines; the rest are in the committee directory. */
export const HOME_COMMITTEES = 8;
/** Years of each committee the index shows (the newest). */
export const HOME_YEARS = 10;
/** Reports per committee page (whole decades; one decade never splits). */
export const COMMITTEE_PAGE_REPORTS = 50;
/** Committees per page of the directory. */
export const DIRECTORY_PAGE_COMMITTEES = 60;

/** One committee's timeline cut into pages of whole decades, newest first. */
export function committeePages<T extends TimelineReport>(
  committee: CommitteeReports<T>,
): Page<TimelineDecade<T>>[] {
  return paginateGroups(
    committeeTimeline(committee.reports),
    (decade) => decade.years.length,
    COMMITTEE_PAGE_REPORTS,
  );
}

/** The page of a committee's timeline that holds a decade. */
export function pageOfDecade<T extends TimelineReport>(
  pages: readonly Page<TimelineDecade<T>>[],
  decade: number,
): number {
  return pages.find((page) => page.items.some((item) => item.decade === decade))?.number ?? 1;
}

/** A committee as the index shows it. */
export interface HomeCommittee<T extends TimelineReport> {
  committee: CommitteeReports<T>;
  /** The newest years, by decade. */
  recent: TimelineDecade<T>[];
  /** Older decades left out, with how many reports each and the committee page that has them. */
  older: { decade: number; count: number; page: number }[];
}

export interface HomeData<T extends TimelineReport> {
  committees: HomeCommittee<T>[];
  /** How many committees the index leaves to the directory. */
  moreCommittees: number;
  /** Every report the index shows (for its JSON-LD). */
  shown: T[];
  total: number;
}

export function homeData<T extends TimelineReport>(index: ArchiveIndex<T>): HomeData<T> {
  const committees = index.committees.slice(0, HOME_COMMITTEES).map((committee) => {
    const pages = committeePages(committee);
    const { shown, older } = recentTimeline(committeeTimeline(committee.reports), HOME_YEARS);
    return {
      committee,
      recent: shown,
      older: older.map((decade) => ({ ...decade, page: pageOfDecade(pages, decade.decade) })),
    };
  });
  return {
    committees,
    moreCommittees: Math.max(0, index.committees.length - HOME_COMMITTEES),
    shown: committees.flatMap(({ recent }) =>
      recent.flatMap((decade) => decade.years.map((year) => year.report)),
    ),
    total: index.committees.reduce((sum, committee) => sum + committee.reports.length, 0),
  };
}

/** The committee directory's pages. */
export function directoryPages<T extends ReportKey>(
  index: ArchiveIndex<T>,
): Page<CommitteeReports<T>>[] {
  return paginate(index.committees, DIRECTORY_PAGE_COMMITTEES);
}

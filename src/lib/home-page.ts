// The archive index's data: bounded timelines (crossyear/home.ts) and its JSON-LD.
import type { ArchiveIndex } from './crossyear/archive-index.ts';
import { homeData, type HomeData } from './crossyear/home.ts';
import type { TimelineReport } from './crossyear/timeline.ts';
import type { SiteData } from './schema/site.ts';
import { absoluteUrl, archiveJsonLd } from './seo.ts';
import { href, reportHref } from './urls.ts';

export interface HomePageData<T extends TimelineReport> extends HomeData<T> {
  jsonLd: Record<string, unknown>;
  /** Reports whose plan review exists (the previous year is in the archive). */
  reviewed: Set<string>;
}

/** The index page's data; its JSON-LD lists the reports the page shows, not the whole archive. */
export function homePageData<T extends TimelineReport & { entry: { data: { title: string } } }>(
  index: ArchiveIndex<T>,
  site: SiteData,
  siteUrl: URL | undefined,
): HomePageData<T> {
  const home = homeData(index);
  return {
    ...home,
    reviewed: reviewedIds(index, home.shown),
    jsonLd: archiveJsonLd({
      ...site,
      url: absoluteUrl(siteUrl, href('')),
      reports: home.shown.map((report) => ({
        title: report.entry.data.title,
        url: absoluteUrl(siteUrl, reportHref(report.id)),
      })),
    }),
  };
}

/** Which of `reports` have a plan review: the committee's report of the year before exists. */
export function reviewedIds<T extends TimelineReport>(
  index: ArchiveIndex<T>,
  reports: readonly T[],
): Set<string> {
  return new Set(
    reports
      .filter((report) => index.at(report.committee, report.year - 1) !== undefined)
      .map((report) => report.id),
  );
}

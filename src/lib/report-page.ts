// Everything a report page shows besides its text, assembled once here so the page is markup:
// outline, facts, topic names, neighbours, cross-year links, JSON-LD and addresses.
import type { ArchiveIndex } from './crossyear/archive-index.ts';
import { buildOutline, type HeadingInfo, type OutlinePart } from './outline.ts';
import { reportFacts, type ReportFact } from './report-facts.ts';
import type { ReportData } from './schema/report.ts';
import type { SiteData } from './schema/site.ts';
import { absoluteUrl, reportJsonLd } from './seo.ts';
import { committeeHref, href, reportHref, reportTextHref, reviewHref } from './urls.ts';
import type { ReportKey } from './year-nav.ts';

/** What the page needs of a report (ArchiveReport satisfies it). */
export interface PageReport extends ReportKey {
  topicNames: string[];
  entry: { data: ReportData };
}

/** Links to the reviews that involve this report, and what to say when it has no neighbours. */
export interface CrossYearLinks {
  /** This year's review of last year's plan, when the archive has last year's report. */
  review?: { href: string; planYear: number } | undefined;
  /** Next year's review of this report's plan, when both exist. */
  nextReview?: { href: string; year: number } | undefined;
  /** Ids of this report's plan parts, which link to `nextReview`. */
  planPartIds: string[];
  /** The committee's timeline. */
  committee: { name: string; href: string; reports: number };
  /** True when the committee has no other report in the archive. */
  alone: boolean;
  /** When last year's report is missing but an earlier one exists: the nearest earlier report. */
  gap?: { missingYear: number; nearest: { href: string; year: number } } | undefined;
}

export interface ReportPageData<T extends PageReport> {
  outline: OutlinePart[];
  facts: ReportFact[];
  neighbours: { previous: T | undefined; next: T | undefined };
  crossYear: CrossYearLinks;
  pageUrl: string;
  jsonLd: Record<string, unknown>;
}

/** The page data of one report, from its headings and the archive index. */
export function reportPageData<T extends PageReport>(
  report: T,
  context: {
    index: ArchiveIndex<T>;
    headings: readonly HeadingInfo[];
    site: SiteData;
    siteUrl: URL | undefined;
  },
): ReportPageData<T> {
  const { index, headings, site, siteUrl } = context;
  const { data } = report.entry;
  const outline = buildOutline(headings, { year: data.year });
  const pageUrl = absoluteUrl(siteUrl, reportHref(report.id));
  return {
    outline,
    facts: reportFacts(data),
    neighbours: index.neighbours(report),
    crossYear: crossYearLinks(report, index, outline),
    pageUrl,
    jsonLd: reportJsonLd({
      ...data,
      topicNames: report.topicNames,
      url: pageUrl,
      textUrl: absoluteUrl(siteUrl, reportTextHref(report.id)),
      archiveTitle: site.title,
      archiveUrl: absoluteUrl(siteUrl, href('')),
    }),
  };
}

/** Which reviews a report takes part in: its own (last year's plan) and next year's (its plan). */
export function crossYearLinks<T extends ReportKey>(
  report: T,
  index: ArchiveIndex<T>,
  outline: readonly OutlinePart[],
): CrossYearLinks {
  const committee = index.committeeOf(report);
  const previous = index.at(report.committee, report.year - 1);
  const next = index.at(report.committee, report.year + 1);
  const { previous: nearest } = index.neighbours(report);
  const planPartIds = outline
    .filter((part) => part.kind === 'plan' && part.id)
    .map((part) => part.id);
  return {
    review: previous && { href: reviewHref(report.id), planYear: report.year },
    nextReview:
      next && planPartIds.length > 0 ? { href: reviewHref(next.id), year: next.year } : undefined,
    planPartIds,
    committee: {
      name: committee.name,
      href: committeeHref(committee.slug),
      reports: committee.reports.length,
    },
    alone: committee.reports.length === 1,
    gap:
      !previous && nearest
        ? {
            missingYear: report.year - 1,
            nearest: { href: reportHref(nearest.id), year: nearest.year },
          }
        : undefined,
  };
}

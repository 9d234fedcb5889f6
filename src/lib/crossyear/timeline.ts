// A committee's years as a timeline: grouped by decade, newest first, marking the boundaries
// between terms (届次), each year with its lead topics.
import type { ReportKey } from '../year-nav.ts';

/** What the timeline needs of a report besides its key. */
export interface TimelineReport extends ReportKey {
  term?: string | undefined;
}

/** One year on the timeline. */
export interface TimelineYear<T extends TimelineReport> {
  report: T;
  /**
   * The term to name above this year: where a run of years of one term begins in reading order
   * (newest first), and at the top of each decade. Undefined elsewhere and when no term is stated.
   */
  termLabel?: string | undefined;
  /** A term boundary lies between this year and the newer one shown above it (换届). */
  termChanges: boolean;
}

/** A decade of a committee's timeline: 2010年代. */
export interface TimelineDecade<T extends TimelineReport> {
  /** First year of the decade: 2010. */
  decade: number;
  /** Years of the decade the archive holds, newest first. */
  years: TimelineYear<T>[];
}

/** The decade label readers see: 2010 → 2010年代. */
export const decadeLabel = (decade: number) => `${decade}年代`;

/**
 * The timeline of one committee's reports (any order in; decades and years newest first out).
 * A boundary lies between two neighbouring reports that state different terms; a report without
 * a stated term marks none.
 */
export function committeeTimeline<T extends TimelineReport>(
  reports: readonly T[],
): TimelineDecade<T>[] {
  const newestFirst = [...reports].sort((a, b) => b.year - a.year);
  const decades: TimelineDecade<T>[] = [];
  newestFirst.forEach((report, index) => {
    const newer = newestFirst[index - 1];
    const decade = Math.floor(report.year / 10) * 10;
    const opensDecade = decades.at(-1)?.decade !== decade;
    if (opensDecade) decades.push({ decade, years: [] });
    const termChanges =
      newer !== undefined &&
      report.term !== undefined &&
      newer.term !== undefined &&
      newer.term !== report.term;
    const opensRun = opensDecade || newer?.term !== report.term;
    decades.at(-1)!.years.push({
      report,
      termLabel: opensRun ? report.term : undefined,
      termChanges,
    });
  });
  return decades;
}

/** The newest `limit` years of a timeline, with how many older years were left out, by decade. */
export function recentTimeline<T extends TimelineReport>(
  decades: readonly TimelineDecade<T>[],
  limit: number,
): { shown: TimelineDecade<T>[]; older: { decade: number; count: number }[] } {
  const shown: TimelineDecade<T>[] = [];
  const older: { decade: number; count: number }[] = [];
  let left = limit;
  for (const decade of decades) {
    const kept = decade.years.slice(0, Math.max(0, left));
    left -= kept.length;
    if (kept.length > 0) shown.push({ decade: decade.decade, years: kept });
    const rest = decade.years.length - kept.length;
    if (rest > 0) older.push({ decade: decade.decade, count: rest });
  }
  return { shown, older };
}

/** The years a list covers, as readers write them: 2016–2019年, or 2021年 for a single year. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}年` : `${first}–${last}年`;
}

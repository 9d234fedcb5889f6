// The topic pages: how much each year says about a topic, and the sections that say it, by year.
import type { ChartPoint } from './chart.ts';

/** Reports listed per topic page (newest first, each with its sections on the topic). */
export const TOPIC_PAGE_REPORTS = 60;

/** What the topic pages need of one report's sections on a topic. */
export interface TopicReportLike {
  report: { year: number };
  sections: readonly { chars: number }[];
}

/** One year of a topic: how many sections deal with it and how many characters they hold. */
export interface TopicYear {
  year: number;
  sections: number;
  chars: number;
}

/**
 * Per year of the archive, the sections on the topic and their characters (all committees
 * together). A year with reports but no section on the topic counts 0; years with no report at
 * all are left out (a gap in the chart, not a zero).
 */
export function topicYears(
  reports: readonly TopicReportLike[],
  archiveYears: readonly number[],
): TopicYear[] {
  const byYear = new Map<number, TopicYear>(
    [...new Set(archiveYears)].map((year) => [year, { year, sections: 0, chars: 0 }]),
  );
  for (const { report, sections } of reports) {
    const year = byYear.get(report.year) ?? { year: report.year, sections: 0, chars: 0 };
    year.sections += sections.length;
    year.chars += sections.reduce((sum, section) => sum + section.chars, 0);
    byYear.set(report.year, year);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export function topicChartPoints(years: readonly TopicYear[]): ChartPoint[] {
  return years.map(({ year, chars }) => ({ year, value: chars }));
}

/** A page's reports grouped under their year, in the order given (newest first). */
export function groupByYear<T extends { report: { year: number } }>(
  items: readonly T[],
): { year: number; items: T[] }[] {
  const groups: { year: number; items: T[] }[] = [];
  for (const item of items) {
    if (groups.at(-1)?.year !== item.report.year)
      groups.push({ year: item.report.year, items: [] });
    groups.at(-1)!.items.push(item);
  }
  return groups;
}

import type { OutlinePart } from '../outline.ts';

/**
 * What a report page tells the search index besides its text, as Pagefind meta: the search
 * catalog (catalog.ts) is built from it, so filters and part-by-part matching need no page text.
 */
export interface ReportIndexData {
  year: string;
  committee: string;
  /** Topic names, `|`-separated. */
  topics: string;
  /** Each part heading's kind and id, in order: "summary:一2018年工作完成情况 plan:二2019年工作安排". */
  parts: string;
}

/**
 * A part is a property of a section, not of a page; the catalog keeps where each part starts, so
 * a search can keep only matches inside the chosen parts. Kinds stay codes here; their Chinese
 * labels (lib/parts.ts) are drawn where they are shown.
 */
export function reportIndexData(
  report: { year: number; committee: string; topicNames: string[] },
  outline: readonly OutlinePart[],
): ReportIndexData {
  return {
    year: String(report.year),
    committee: report.committee,
    topics: report.topicNames.join('|'),
    parts: outline
      .filter((part) => part.id)
      .map((part) => `${part.kind}:${part.id}`)
      .join(' '),
  };
}

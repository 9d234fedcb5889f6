import type { OutlinePart } from '../outline.ts';
import { PART_LABELS, type PartKind } from '../parts.ts';

/** What a report page tells Pagefind besides its text: filters, sort key and section parts. */
export interface ReportIndexData {
  /** Filter values by filter name: year, committee, part, topic. */
  filters: Record<string, string[]>;
  /** Pagefind sort key. */
  sortYear: string;
  /** Heading ids of each part kind, space-separated, for narrowing sub-results by part in the browser. */
  sectionsByPart: Record<'summary' | 'plan', string>;
}

/**
 * Part is a property of a section, not of a page, but Pagefind filters whole pages. So a page carries
 * the part filter once for each kind it contains (the page-level count), and page meta lists which
 * heading ids belong to which kind, so the search page can keep only the matching sections.
 */
export function reportIndexData(
  report: { year: number; committee: string; topicNames: string[] },
  outline: readonly OutlinePart[],
): ReportIndexData {
  const idsOf = (kind: PartKind) =>
    outline
      .filter((part) => part.kind === kind)
      .flatMap((part) => [
        part.id,
        ...part.items.flatMap((item) => [item.id, ...(item.deeper ?? [])]),
      ])
      .filter(Boolean);
  const summary = idsOf('summary');
  const plan = idsOf('plan');
  const parts = [summary.length > 0 && PART_LABELS.summary, plan.length > 0 && PART_LABELS.plan];
  return {
    filters: {
      year: [String(report.year)],
      committee: [report.committee],
      part: parts.filter((label): label is string => Boolean(label)),
      topic: report.topicNames,
    },
    sortYear: String(report.year),
    sectionsByPart: { summary: summary.join(' '), plan: plan.join(' ') },
  };
}

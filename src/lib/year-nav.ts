// Ordering of reports; neighbours and committee groups come from the archive index
// (src/lib/crossyear/archive-index.ts), built once instead of scanning the archive per report.

/** The fields of a report that ordering and navigation need. */
export interface ReportKey {
  id: string;
  committee: string;
  year: number;
}

/** Newest first; ties by committee, so the order is stable across builds. */
export function byYearDescending<T extends ReportKey>(a: T, b: T): number {
  return (
    b.year - a.year || a.committee.localeCompare(b.committee, 'zh-CN') || a.id.localeCompare(b.id)
  );
}

/** The fields of a report that ordering and navigation need. */
export interface ReportKey {
  id: string;
  committee: string;
  year: number;
}

/** The same committee's reports just before and after one report. */
export interface YearNeighbours<T extends ReportKey> {
  previous: T | undefined;
  next: T | undefined;
}

/** Newest first; ties by committee, so the order is stable across builds. */
export function byYearDescending<T extends ReportKey>(a: T, b: T): number {
  return (
    b.year - a.year || a.committee.localeCompare(b.committee, 'zh-CN') || a.id.localeCompare(b.id)
  );
}

/** Finds the previous and next year of the same committee (years may have gaps). */
export function yearNeighbours<T extends ReportKey>(
  all: readonly T[],
  current: ReportKey,
): YearNeighbours<T> {
  const sameCommittee = all
    .filter((report) => report.committee === current.committee && report.id !== current.id)
    .sort((a, b) => a.year - b.year);
  return {
    previous: sameCommittee.filter((report) => report.year < current.year).at(-1),
    next: sameCommittee.find((report) => report.year > current.year),
  };
}

/** Reports grouped by committee, each group newest first, groups in order of their newest report. */
export function groupByCommittee<T extends ReportKey>(
  all: readonly T[],
): { committee: string; reports: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const report of [...all].sort(byYearDescending)) {
    const group = groups.get(report.committee) ?? [];
    group.push(report);
    groups.set(report.committee, group);
  }
  return [...groups].map(([committee, reports]) => ({ committee, reports }));
}

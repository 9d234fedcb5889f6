// The archive indexed once by committee and year, so every cross-year page looks a neighbour up
// instead of scanning all reports (which would make the build grow with the square of the archive).
import type { ReportKey } from '../year-nav.ts';

/** One committee's reports, oldest first, and where its pages live. */
export interface CommitteeReports<T extends ReportKey> {
  /** The committee's name as the reports give it. */
  name: string;
  /** Its path segment below /committees/: the reports' folder (`alpha`), else the name itself. */
  slug: string;
  /** Its reports, oldest first. */
  reports: T[];
}

/** Lookups over the whole archive, built in one pass. */
export interface ArchiveIndex<T extends ReportKey> {
  /** Committees, the one with the newest report first; ties by name. */
  committees: CommitteeReports<T>[];
  /** The committee a report belongs to. */
  committeeOf(report: ReportKey): CommitteeReports<T>;
  /** The committee's report for a year, if the archive has it. */
  at(committee: string, year: number): T | undefined;
  /** The same committee's nearest earlier and later reports (years may have gaps). */
  neighbours(report: ReportKey): { previous: T | undefined; next: T | undefined };
}

const key = (committee: string, year: number) => `${committee}\u0000${year}`;
const folderOf = (id: string) => (id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '');

export function indexArchive<T extends ReportKey>(reports: readonly T[]): ArchiveIndex<T> {
  const byCommittee = new Map<string, T[]>();
  const byYear = new Map<string, T>();
  const position = new Map<string, number>();
  for (const report of reports) {
    const group = byCommittee.get(report.committee) ?? [];
    group.push(report);
    byCommittee.set(report.committee, group);
    byYear.set(key(report.committee, report.year), report);
  }
  const committees = [...byCommittee].map(([name, group]) => {
    group.sort((a, b) => a.year - b.year);
    group.forEach((report, index) => position.set(report.id, index));
    const folders = new Set(group.map((report) => folderOf(report.id)));
    const [folder = ''] = folders;
    return { name, slug: folders.size === 1 && folder ? folder : name, reports: group };
  });
  committees.sort(
    (a, b) =>
      b.reports.at(-1)!.year - a.reports.at(-1)!.year || a.name.localeCompare(b.name, 'zh-CN'),
  );
  const committeeByName = new Map(committees.map((committee) => [committee.name, committee]));
  const committeeOf = (report: ReportKey) => {
    const committee = committeeByName.get(report.committee);
    if (!committee) throw new Error(`委员会「${report.committee}」不在档案中（报告 ${report.id}）`);
    return committee;
  };
  return {
    committees,
    committeeOf,
    at: (committee, year) => byYear.get(key(committee, year)),
    neighbours(report) {
      const { reports: group } = committeeOf(report);
      const index = position.get(report.id);
      if (index === undefined) return { previous: undefined, next: undefined };
      return { previous: group[index - 1], next: group[index + 1] };
    },
  };
}

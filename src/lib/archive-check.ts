/** What the cross-report checks need to know of each report. */
export interface CheckedReport {
  id: string;
  /** The file the report came from, for error messages. */
  filePath: string;
  committee: string;
  year: number;
  topics: readonly string[];
}

/**
 * Checks what a single report's schema cannot: one report per committee and year, and topics
 * that exist in topics.yaml. Returns one readable message per problem, each naming file and field.
 */
export function archiveProblems(
  reports: readonly CheckedReport[],
  topicIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, CheckedReport>();
  for (const report of reports) {
    const key = `${report.committee}\u0000${report.year}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push(
        `${report.filePath}: year ${report.year} / committee「${report.committee}」已由 ${earlier.filePath} 使用，每个委员会每年只能有一份报告`,
      );
    } else {
      seen.set(key, report);
    }
    if (/(^|\/)review$/.test(report.id)) {
      problems.push(
        `${report.filePath}: 报告不能以 review 为文件名：reports/<id>/review/ 是计划落实对照页面的地址`,
      );
    }
    for (const topic of report.topics) {
      if (!topicIds.has(topic)) {
        problems.push(`${report.filePath}: topics 中的「${topic}」不在 topics.yaml 中`);
      }
    }
  }
  return problems;
}

/** Throws one error listing every problem, so a build fails once with the whole story. */
export function assertArchiveValid(
  reports: readonly CheckedReport[],
  topicIds: ReadonlySet<string>,
): void {
  const problems = archiveProblems(reports, topicIds);
  if (problems.length > 0) {
    throw new Error(`报告档案校验失败（${problems.length} 处）：\n  ${problems.join('\n  ')}`);
  }
}

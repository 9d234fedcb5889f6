// The open data files: /data/reports.json (every report's frontmatter, id and addresses) and
// /data/figures.csv (every figure, one row each, for Excel).
import type { ReportData } from '../schema/report.ts';
import { toCsv } from './csv.ts';
import type { FigureEntry } from './figures.ts';

/** One report in reports.json: its frontmatter as written (dates as YYYY-MM-DD), id and addresses. */
export interface ReportRecord extends Omit<ReportData, 'date'> {
  id: string;
  date?: string;
  /** The lead topics the site shows (at most five), ids of topics.yaml. */
  leadTopics: string[];
  url: string;
  textUrl: string;
  /** Its plan review, when the year before is in the archive; otherwise null. */
  reviewUrl: string | null;
}

export function reportRecord(
  report: { id: string; topics: string[]; entry: { data: ReportData } },
  urls: Pick<ReportRecord, 'url' | 'textUrl' | 'reviewUrl'>,
): ReportRecord {
  const { date, ...data } = report.entry.data;
  return {
    id: report.id,
    ...data,
    ...(date && { date: date.toISOString().slice(0, 10) }),
    leadTopics: report.topics,
    ...urls,
  };
}

/** reports.json: the archive's name, then every report, newest first. */
export function reportsJson(
  archive: { title: string; url: string },
  records: readonly ReportRecord[],
) {
  return `${JSON.stringify({ archive: archive.title, url: archive.url, reports: records }, null, 2)}\n`;
}

export const FIGURES_CSV_HEADER = [
  '委员会',
  '年度',
  '报告编号',
  '统计项',
  '数值',
  '单位',
  '约数',
  '原文隐去',
  '原文',
  '出处',
] as const;

/** figures.csv: one row per figure; a redacted value is an empty 数值 with 原文隐去 = 是, never 0. */
export function figuresCsv(
  rows: readonly (FigureEntry & { committee: string; url: string })[],
): string {
  return toCsv(
    FIGURES_CSV_HEADER,
    rows.map((row) => [
      row.committee,
      row.year,
      row.reportId,
      row.label,
      row.value,
      row.unit,
      row.approximate,
      row.value === null,
      row.sentence ?? '',
      row.url,
    ]),
  );
}

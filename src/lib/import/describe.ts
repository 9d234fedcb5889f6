// What the person importing reads for each file: the facts the entry now holds, each with the
// evidence it rests on, then what was repaired and what to check. It describes the entry as
// written (after merging with an existing one), so the line and the file always agree.
import type { ReportData } from '../schema/report.ts';
import type { ReportDraft } from './pipeline.ts';

/** The head line's facts; `data` is the entry as written. */
export function describeEntry(data: ReportData, draft: ReportDraft): string {
  const { parts, items, deeper, tables } = draft.counts;
  const inferredPlan = draft.years.plan;
  const plan =
    data.planYear === undefined
      ? '无安排部分'
      : `安排 ${data.planYear} ← ${data.planYear === inferredPlan?.year ? inferredPlan.basis : '已有条目'}`;
  const structure = [
    `${parts} 部分 ${items} 项`,
    deeper ? `${deeper} 小项` : '',
    tables ? `${tables} 表` : '',
  ].join(' ');
  return [
    `「${data.title}」`,
    `年份 ${data.year} ← ${draft.years.year.basis}`,
    plan,
    `${data.committee}${data.term ? ` ${data.term}` : ''}（${draft.committeeBasis}）`,
    structure.trim().replace(/\s+/g, ' '),
    `主题 ${data.topics.length}`,
    `数字 ${data.figures.length}`,
    draft.format,
  ].join(' · ');
}

/** Lines under the head line: notes (·) and warnings (⚠). */
export function detailLines(draft: ReportDraft): string[] {
  return [
    ...draft.notes.map((note) => `    · ${note}`),
    ...draft.warnings.map((warning) => `    ⚠ ${warning}`),
  ];
}

/** ✓ when the evidence is sound, ⚠ when something should be checked, = when nothing changed. */
export function statusMark(draft: ReportDraft, unchanged: boolean): string {
  if (draft.warnings.length > 0) return '⚠';
  return unchanged ? '=' : '✓';
}

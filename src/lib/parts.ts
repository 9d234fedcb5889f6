// The one classification of a report's parts (its top divisions) as the year's summary, the plan,
// or neither. The importer, search filters, outlines and the cross-year pages all use it.
import { headingYears } from './years.ts';

/** What a part of a report is: the year's summary, the coming year's plan, or neither. */
export type PartKind = 'summary' | 'plan' | 'other';

/** Chinese labels for each kind, used by filters and badges. */
export const PART_LABELS: Record<PartKind, string> = {
  summary: '工作总结',
  plan: '工作安排',
  other: '其他',
};

/** What classifying a part may know besides its heading. */
export interface PartContext {
  /** The year the report's summary covers (frontmatter `year`). */
  year?: number | undefined;
}

// Time words decide before topic words: 「过去一年的主要工作」 is a summary, 「今年主要工作」 a plan.
const PAST = /(过去|去年|上一年|一年来|年来|回顾|回望|总结|完成情况|落实情况|执行情况|工作情况)/;
const FUTURE = /(今年|明年|新的一年|新一年|今后|下一步|下步|未来|展望)/;
const PLAN_WORDS =
  /(安排|建议|任务|部署|要点|计划|打算|思路|目标|重点工作|工作重点|总体要求|主要工作)/;
const SUMMARY_WORDS = /(成绩|成效|成果|进展|履职|主要工作)/;
// Lessons learnt are neither the year's record nor its plan.
const OTHER_WORDS = /(体会|经验|启示|认识|感受)/;

/** Classifies one part by its heading alone (and the summary year when known). */
export function classifyPart(heading: string, context: PartContext = {}): PartKind {
  const byYear = kindByYear(heading, context.year);
  if (byYear) return byYear;
  if (PAST.test(heading) && !FUTURE.test(heading)) return 'summary';
  if (FUTURE.test(heading)) return 'plan';
  if (OTHER_WORDS.test(heading)) return 'other';
  if (PLAN_WORDS.test(heading) && !/主要工作/.test(heading)) return 'plan';
  if (SUMMARY_WORDS.test(heading)) return 'summary';
  return 'other';
}

// A heading naming a year later than the summary's is the plan; the summary's own year, the summary.
function kindByYear(heading: string, year: number | undefined): PartKind | undefined {
  const named = headingYears(heading).at(-1);
  if (named === undefined || year === undefined) return undefined;
  if (named > year) return 'plan';
  if (named < year) return 'summary';
  return PLAN_WORDS.test(heading) && !PAST.test(heading) && !SUMMARY_WORDS.test(heading)
    ? 'plan'
    : 'summary';
}

/**
 * Classifies every part of one report, in order. A part with no evidence of its own that follows
 * a plan part continues the plan: government reports name plan parts by their policy aim
 * (「三、坚定不移推进高质量发展」 after 「二、2024年工作总体要求」), and 政协 reports often close the plan
 * with 「加强自身建设」.
 */
export function classifyParts(headings: readonly string[], context: PartContext = {}): PartKind[] {
  const kinds: PartKind[] = [];
  for (const heading of headings) {
    let kind = classifyPart(heading, context);
    if (kind === 'other' && kinds.at(-1) === 'plan' && !OTHER_WORDS.test(heading)) kind = 'plan';
    kinds.push(kind);
  }
  return kinds;
}

const SHORTCOMING_WORDS = /(不足|问题|差距|短板|薄弱)/;

/** True for the paragraph that names the year's shortcomings (不足、问题). */
export function isShortcomingParagraph(text: string): boolean {
  return (
    /(清醒地?认识到|存在.{0,12}(不足|问题|差距)|不足之处|还存在)/.test(text) &&
    SHORTCOMING_WORDS.test(text)
  );
}

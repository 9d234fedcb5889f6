/** What a part (一、二、…) of a report is: the year's summary, the next year's plan, or neither. */
export type PartKind = 'summary' | 'plan' | 'other';

/** Chinese labels for each kind, used by filters and badges. */
export const PART_LABELS: Record<PartKind, string> = {
  summary: '工作总结',
  plan: '工作安排',
  other: '其他',
};

// Plans are checked first: 「2019年工作安排」 must not be taken for a summary because of 「工作」.
const PLAN_WORDS =
  /(工作安排|工作计划|工作打算|工作思路|工作要点|主要任务|安排|计划|打算|思路|展望|目标任务)/;
const SUMMARY_WORDS = /(工作总结|完成情况|工作回顾|回顾|总结|主要工作|工作情况|成绩|成效)/;
const SHORTCOMING_WORDS = /(不足|问题|差距|短板|薄弱)/;

/** Classifies a part by its heading: 「一、2018年工作完成情况」 → summary. */
export function classifyPart(heading: string): PartKind {
  if (PLAN_WORDS.test(heading)) return 'plan';
  if (SUMMARY_WORDS.test(heading)) return 'summary';
  return 'other';
}

/** True for the paragraph that names the year's shortcomings (不足、问题). */
export function isShortcomingParagraph(text: string): boolean {
  return (
    /(清醒地?认识到|存在.{0,12}(不足|问题|差距)|不足之处|还存在)/.test(text) &&
    SHORTCOMING_WORDS.test(text)
  );
}

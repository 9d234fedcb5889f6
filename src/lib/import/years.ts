// The year a report covers and the year its plan covers, from evidence weighed in a fixed order,
// each with the words it rests on, and warnings wherever the evidence is thin or disagrees:
//   1. the summary part's own year (「一、2021年工作回顾」);
//   2. a summary part or opening that looks back one year (「过去一年」, 「一年来」) plus the date;
//   3. an opening that names the year (「2018年，是…」);
//   4. the year before a plan part's own year (「二、2020年工作安排」 → 2019);
//   5. the date alone: a session in October–December of Y reports on Y, one in January–September
//      of Y+1 on Y (July–September is unusual and warned about);
//   6. the title's year (a 工作总结 names the year it covers; a 政府工作报告 the year it is given);
//   7. the first year the text mentions (always warned about).
import { classifyPart, classifyParts } from '../parts.ts';
import { asciiDigits, headingYears, yearsIn } from '../years.ts';
import { openingText, statedDate, type StatedDate } from './facts.ts';
import type { ReportStructure } from './structure.ts';

/** A year and the evidence it rests on, as shown to the person importing. */
export interface YearFinding {
  year: number;
  /** 「一、2021年工作回顾」, 日期 2022年1月12日, … */
  basis: string;
}

/** Both years with their evidence, and what the person importing should check. */
export interface ReportYears {
  year: YearFinding;
  plan?: YearFinding;
  warnings: string[];
}

const LOOKS_BACK = /(过去一年|过去的一年|一年来|上一年|去年)/;
// A term's closing report looks back over the whole term: its year is the last one, said as a guess.
const LOOKS_BACK_YEARS =
  /(过去[二三四五]年|(?<![一二三四五六七八九十百〇零两])[二三四五]年来|本届(?:以来|任期)|届内|任期内)/;
const OPENING_YEAR = /^((?:19|20)\d{2})\s*年[，,是]/;

function partHeadings(structure: ReportStructure): string[] {
  return structure.body.flatMap((block) => (block.kind === 'part' ? [block.heading] : []));
}

function quoted(text: string): string {
  return `「${text.length > 24 ? `${text.slice(0, 24)}…` : text}」`;
}

/** The year a meeting on this date reports on, and a warning when the month is unusual. */
export function yearOfMeeting(date: StatedDate): { year: number; warning?: string } {
  const [year = 0, month = 0] = date.date.split('-').map(Number);
  if (month >= 10) return { year };
  if (month >= 7) return { year: year - 1, warning: `会议在${month}月，按上一年计，请核对年份` };
  return { year: year - 1 };
}

function dateWords(date: StatedDate): string {
  const [year, month, day] = date.date.split('-').map(Number);
  return `日期 ${year}年${month}月${day}日`;
}

// 「一、一九九五年的工作」 names no time or summary word, but a dated part ahead of the plan parts,
// of an earlier year than theirs, is the year's record.
function datedBeforePlan(structure: ReportStructure): string | undefined {
  const headings = partHeadings(structure);
  const planAt = headings.findIndex((heading) => classifyPart(heading) === 'plan');
  const planYear = headingYears(headings[planAt]).at(-1);
  if (planAt < 0 || planYear === undefined) return undefined;
  return headings
    .slice(0, planAt)
    .find((heading) => (headingYears(heading).at(-1) ?? planYear) < planYear);
}

/** Every piece of evidence for the covered year, strongest first. */
function evidence(structure: ReportStructure): { finding: YearFinding; strong: boolean }[] {
  const found: { finding: YearFinding; strong: boolean }[] = [];
  const add = (year: number | undefined, basis: string, strong = true) => {
    if (year !== undefined) found.push({ finding: { year, basis }, strong });
  };
  const date = statedDate(structure);
  const meeting = date ? yearOfMeeting(date) : undefined;
  const summaries = partHeadings(structure).filter(
    (heading) => classifyPart(heading) === 'summary',
  );
  const dated =
    summaries.find((heading) => headingYears(heading).length > 0) ?? datedBeforePlan(structure);
  if (dated) add(headingYears(dated).at(-1), quoted(dated));
  const backward = [...summaries, ...openingText(structure.body)].find((text) =>
    LOOKS_BACK.test(text),
  );
  if (backward && date) add(meeting?.year, `${quoted(backward)} + ${dateWords(date)}`);
  const opening = asciiDigits(openingText(structure.body)[0] ?? '').match(OPENING_YEAR)?.[1];
  add(opening ? Number(opening) : undefined, `开篇${quoted(openingText(structure.body)[0] ?? '')}`);
  // The nearest plan year counts: a far goal (「2010年远景目标」) says nothing of the year covered.
  const datedPlan = partHeadings(structure)
    .filter((heading) => classifyPart(heading) === 'plan' && headingYears(heading).length > 0)
    .sort((a, b) => Math.min(...headingYears(a)) - Math.min(...headingYears(b)))[0];
  if (datedPlan) add(Math.min(...headingYears(datedPlan)) - 1, `${quoted(datedPlan)}的前一年`);
  if (date) add(meeting?.year, dateWords(date));
  const titleYear = yearsIn(structure.title).at(0);
  if (titleYear !== undefined) {
    const meetingYear = /政府工作报告/.test(structure.title ?? '');
    add(meetingYear ? titleYear - 1 : titleYear, `标题${quoted(structure.title ?? '')}`, false);
  }
  const withYear = structure.body.find(
    (block) =>
      block.kind === 'paragraph' && block.role === 'text' && yearsIn(block.text).length > 0,
  );
  const first = withYear?.kind === 'paragraph' ? yearsIn(withYear.text)[0] : undefined;
  add(first, '正文中第一次出现的年份', false);
  return found;
}

/** The covered year with its evidence; undefined when the text names no year at all. */
export function findYears(structure: ReportStructure): ReportYears | undefined {
  const found = evidence(structure);
  const chosen = found[0];
  if (!chosen) return undefined;
  const warnings: string[] = [];
  if (!chosen.strong) warnings.push(`年份只来自${chosen.finding.basis}，请核对`);
  const date = statedDate(structure);
  const unusual = date ? yearOfMeeting(date).warning : undefined;
  if (unusual && found.some(({ finding }) => finding.basis.includes(dateWords(date!))))
    warnings.push(unusual);
  const disagreeing = found.find(
    ({ finding, strong }) => strong && finding.year !== chosen.finding.year,
  );
  if (disagreeing) {
    warnings.push(
      `年份证据不一致：${chosen.finding.basis} → ${chosen.finding.year}，${disagreeing.finding.basis} → ${disagreeing.finding.year}`,
    );
  }
  const manyYears = [...partHeadings(structure), ...openingText(structure.body)].find(
    (text) =>
      LOOKS_BACK_YEARS.test(text) ||
      (classifyPart(text) === 'summary' && new Set(headingYears(text)).size > 1),
  );
  if (manyYears)
    warnings.push(
      `报告回顾多年的工作（${quoted(manyYears)}）：年份取其最后一年 ${chosen.finding.year}，请核对`,
    );
  const plan = findPlanYear(structure, chosen.finding.year, warnings);
  return { year: chosen.finding, ...(plan ? { plan } : {}), warnings };
}

/** The plan's year: a plan part's own later year, else the year after the summary's. */
function findPlanYear(
  structure: ReportStructure,
  year: number,
  warnings: string[],
): YearFinding | undefined {
  const headings = partHeadings(structure);
  const kinds = classifyParts(headings, { year });
  const planParts = headings.filter((_, index) => kinds[index] === 'plan');
  if (planParts.length === 0) {
    warnings.push('没有找到工作安排（计划）部分：不记安排年份');
    return undefined;
  }
  // A plan naming the next year wins over one naming a far goal (「…2010年远景目标纲要」).
  const later = planParts.filter((heading) => (headingYears(heading).at(-1) ?? 0) > year);
  const dated =
    later.find((heading) => headingYears(heading).includes(year + 1)) ??
    later.sort((a, b) => headingYears(a).at(-1)! - headingYears(b).at(-1)!)[0];
  if (dated) {
    const planYear = headingYears(dated).includes(year + 1)
      ? year + 1
      : headingYears(dated).at(-1)!;
    if (planYear !== year + 1) warnings.push(`安排年份 ${planYear} 不是总结年份的次年`);
    return { year: planYear, basis: quoted(dated) };
  }
  return { year: year + 1, basis: `${quoted(planParts[0]!)}（总结年份的次年）` };
}

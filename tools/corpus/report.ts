// One generated report: real structure (opening, 一、 summary and 二、 plan parts, （一） items,
// paragraphs, shortcomings, closing), 8,000–15,000 characters, 8–16 items, and one sentence that
// names the report's own project, found in no other report.
import type { SentencePool } from './pool.ts';
import type { Random } from './random.ts';
import type { sentenceMaker } from './sentences.ts';

const NUMERALS = [...'一二三四五六七八九十'].concat([
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
]);
const SUMMARY_HEADINGS = ['年工作完成情况', '年工作回顾', '年主要工作', '年工作总结'];
const PLAN_HEADINGS = ['年工作安排', '年主要任务', '年工作计划', '年工作打算'];

export interface ReportSpec {
  /** The committee's name: 石门区政协. */
  committee: string;
  year: number;
  /** Absent for a report without a plan part. */
  planYear: number | undefined;
  /** The sentence only this report holds (names its own project). */
  signature: string;
}

/** The report's body as Markdown (## parts, ### items), and its characters without marks. */
export interface ComposedBody {
  markdown: string;
  length: number;
}

type Maker = ReturnType<typeof sentenceMaker>;

/** Fits pooled text to this report: its years, and its committee's level (区/县/市/省). */
function localise(text: string, year: number, level: string): string {
  return text.replace(/(19|20)\d{2}年/g, `${year}年`).replace(/[区县市省](政协|委)/g, `${level}$1`);
}

export function composeBody(
  random: Random,
  pool: SentencePool,
  maker: Maker,
  spec: ReportSpec,
): ComposedBody {
  const target = random.int(8_200, 14_300);
  const items = random.int(8, 16);
  const planItems = spec.planYear === undefined ? 0 : random.int(3, Math.min(6, items - 4));
  const summaryItems = items - planItems;
  const signatureItem = random.int(0, summaryItems - 1);
  const level = spec.committee.match(/([区县市省])政协$/)?.[1] ?? '区';
  const perItem = Math.floor((target - 900) / items);
  const blocks: string[] = [];
  const paragraph = (kind: 'summary' | 'plan', length: number) => {
    let text = '';
    while (text.length < length) text += maker.sentence(random, kind);
    return text;
  };
  const item = (kind: 'summary' | 'plan', index: number, extra = '') => {
    blocks.push(`### （${NUMERALS[index]}）${maker.lead(random, kind)}`);
    let written = extra.length;
    if (extra) blocks.push(extra + paragraph(kind, 60));
    while (written < perItem) {
      const text = paragraph(kind, Math.max(60, Math.min(random.int(120, 420), perItem - written)));
      blocks.push(text);
      written += text.length;
    }
  };
  const year = (text: string, kind: 'summary' | 'plan') =>
    localise(text, kind === 'plan' ? spec.planYear! : spec.year, level);

  blocks.push(year(random.pick(pool.opening), 'summary'));
  blocks.push(`## 一、${spec.year}${random.pick(SUMMARY_HEADINGS)}`);
  if (random.chance(0.5)) blocks.push(year(random.pick(pool.intro.summary), 'summary'));
  for (let index = 0; index < summaryItems; index += 1)
    item('summary', index, index === signatureItem ? spec.signature : '');
  blocks.push(year(random.pick(pool.shortcomings), 'summary'));
  if (spec.planYear !== undefined) {
    blocks.push(`## 二、${spec.planYear}${random.pick(PLAN_HEADINGS)}`);
    blocks.push(year(random.pick(pool.intro.plan), 'plan'));
    for (let index = 0; index < planItems; index += 1) item('plan', index);
  }
  blocks.push(year(random.pick(pool.closing), spec.planYear === undefined ? 'summary' : 'plan'));
  const markdown = blocks.join('\n\n');
  return { markdown, length: markdown.replace(/^#+ /gm, '').replace(/\s/g, '').length };
}

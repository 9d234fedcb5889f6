// A short abstract for lists and feeds, taken from the report's own words: the opening sentences
// about the year's work — never the title, speaker, salutation or the 「我代表…报告工作」 formula.
import type { ReportStructure } from './structure.ts';

const ENOUGH = 60;
const LONGEST = 200;
// 「我代表…常务委员会，向大会报告工作，请予审议。」 and its variants (受…委托，我向大会报告工作；
// 现在，我代表…，请予审议，并请…提出意见。), as whole sentences.
const REPORTS_WORK = /(报告.{0,8}工作|作报告|汇报.{0,8}工作)/;
const ON_BEHALF = /(代表|受.{0,40}委托|请予审议)/;

/** The first running paragraph's first sentences (about 60–200 characters), else title and parts. */
export function inferSummary(structure: ReportStructure, title: string): string {
  for (const block of structure.body) {
    if (block.kind !== 'paragraph' || block.role !== 'text') continue;
    const summary = leadingSentences(withoutFormula(block.text));
    if (summary.length >= 10) return summary;
  }
  const parts = structure.body.flatMap((block) => (block.kind === 'part' ? [block.heading] : []));
  return `${title}${parts.length ? `：${parts.join('；')}` : ''}`.slice(0, 300);
}

function withoutFormula(text: string): string {
  let rest = text;
  for (;;) {
    const first = /^[^。！？]*[。！？]/.exec(rest)?.[0];
    if (!first || !REPORTS_WORK.test(first) || !ON_BEHALF.test(first)) return rest;
    rest = rest.slice(first.length);
  }
}

function leadingSentences(text: string): string {
  const sentences = text.match(/[^。！？]+[。！？]?/g) ?? [];
  let summary = '';
  for (const sentence of sentences) {
    if (summary.length >= ENOUGH) break;
    if (summary.length + sentence.length > LONGEST) {
      // A very long sentence is cut at a comma, and the cut is shown.
      const room = sentence.slice(0, LONGEST - summary.length);
      const comma = room.lastIndexOf('，');
      if (summary.length < ENOUGH && comma > 0) summary += `${room.slice(0, comma)}……`;
      break;
    }
    summary += sentence;
  }
  return summary;
}

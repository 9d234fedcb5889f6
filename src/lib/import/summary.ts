// A short abstract for lists and feeds, taken from the report's own words: the opening sentences
// about the year's work — never the title, speaker, salutation or the 「我代表…报告工作」 formula.
import type { ReportStructure } from './structure.ts';

const ENOUGH = 60;
const LONGEST = 200;
// 「我代表…常务委员会，向大会报告工作，请予审议。」 and its variants, as a whole sentence.
const FORMULA =
  /^(?:现在，)?我(?:受|代表)[^。]{0,80}?(?:报告工作|作报告|汇报工作|作工作报告)[^。]{0,20}。/;

/** The first running paragraph's first sentences (about 60–200 characters), else title and parts. */
export function inferSummary(structure: ReportStructure, title: string): string {
  for (const block of structure.body) {
    if (block.kind !== 'paragraph' || block.role !== 'text') continue;
    const summary = leadingSentences(block.text.replace(FORMULA, ''));
    if (summary.length >= 10) return summary;
  }
  const parts = structure.body.flatMap((block) => (block.kind === 'part' ? [block.heading] : []));
  return `${title}${parts.length ? `：${parts.join('；')}` : ''}`.slice(0, 300);
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

// A short abstract for lists and feeds, taken from the report's own words: its opening sentences.
import type { ReportStructure } from './structure.ts';

const ENOUGH = 60;
const LONGEST = 200;
const FORMULA = /^我(?:受|代表).{0,40}(?:报告工作|作报告)/;

/** The first running paragraph's first sentences (about 60–200 characters), else title and parts. */
export function inferSummary(structure: ReportStructure, title: string): string {
  // Subtitle, speaker, salutation and 「我受…委托，向大会报告工作」 say nothing of the work.
  const first = structure.body.find(
    (block) => block.kind === 'paragraph' && block.role === 'text' && !FORMULA.test(block.text),
  );
  const summary = first?.kind === 'paragraph' ? leadingSentences(first.text) : '';
  if (summary.length >= 10) return summary;
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

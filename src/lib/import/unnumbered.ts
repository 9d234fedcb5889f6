// Part headings that carry no number: 「2010年工作回顾」, 「回望2024：凝心聚力谱新篇」. A short,
// unpunctuated line is one when numbering starts over right below it, or when it names the
// year's summary or plan and the report has no numbered parts to compete with it. Where the report
// has numbered parts, a heading whose （一） start over below it is one more part (「2026年民生实事
// 项目」 after 「四、…」): an item whose children number like its sibling items would be no item.
import { lineText, type SourceBlock } from './blocks.ts';
import type { HeadingCandidate } from './levels.ts';
import { startsSeries } from './numbering.ts';
import { classifyPart } from '../parts.ts';
import { headingYears } from '../years.ts';

const LONGEST = 30;
const ENDS_SENTENCE = /[。！？；：，、,;:!?…]$/;
const SALUTATION = /^(?:各位|尊敬的|同志们)/;
const PART_WORDS =
  /(工作回顾|回望|展望|工作安排|工作建议|工作任务|工作部署|工作要点|主要工作|重点工作|一年来|过去一年|今年工作|今后工作|主要任务)/;
const PART_RANK = 1;
// Ranks of shapes that are themselves parts: 第X部分 (0), 一、 (2), Word's Heading 1 (-3).
const NUMBERED_PART_RANKS = new Set([-3, 0, 2]);

function looksLikeHeading(text: string): boolean {
  return (
    text.length <= LONGEST &&
    !ENDS_SENTENCE.test(text) &&
    !SALUTATION.test(text) &&
    (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 2
  );
}

/** The rank of an unnumbered heading at `index`, or undefined when the line is text. */
export function unnumberedHeadingRank(
  blocks: readonly SourceBlock[],
  candidates: readonly (HeadingCandidate | undefined)[],
  index: number,
): number | undefined {
  const text = lineText(blocks[index]);
  if (text === undefined || index >= blocks.length - 1 || !looksLikeHeading(text)) return undefined;
  const next = candidates[index + 1];
  const nextText = lineText(blocks[index + 1]);
  const partRank = Math.min(
    ...candidates.flatMap((candidate) =>
      candidate && NUMBERED_PART_RANKS.has(candidate.rank) ? [candidate.rank] : [],
    ),
  );
  if (next && nextText !== undefined && startsSeries(nextText))
    return next.rank > partRank ? partRank : next.rank - 0.5;
  const namesPart =
    classifyPart(text) !== 'other' && (headingYears(text).length > 0 || PART_WORDS.test(text));
  if (!namesPart) return undefined;
  // 「2023年工作回顾」, an opening paragraph, then 一、…: the numbering below still starts over.
  const below = seriesBelow(blocks, candidates, index);
  if (below) return below.rank > partRank ? partRank : below.rank - 0.5;
  return partRank === Infinity ? PART_RANK : undefined;
}

const OPENING_PARAGRAPHS = 3;

// The first numbered line within a few paragraphs below `index`, when it starts a series.
function seriesBelow(
  blocks: readonly SourceBlock[],
  candidates: readonly (HeadingCandidate | undefined)[],
  index: number,
): HeadingCandidate | undefined {
  const end = Math.min(blocks.length, index + 2 + OPENING_PARAGRAPHS);
  for (let at = index + 1; at < end; at += 1) {
    const candidate = candidates[at];
    const text = lineText(blocks[at]);
    if (candidate) return text !== undefined && startsSeries(text) ? candidate : undefined;
    if (text === undefined || looksLikeHeading(text)) return undefined;
  }
  return undefined;
}

// Recognises the shape of a work report in its lines: the head (source, title, subtitle, speaker,
// salutation), then parts, items and deeper headings whatever their numbering, and paragraphs.
// Whatever is not recognised stays a paragraph, so no line of the body is ever dropped.
import type { SourceBlock, TableBlock } from './blocks.ts';
import { takeHead, type HeadRole } from './head.ts';
import { headingLevels, type HeadingCandidate } from './levels.ts';
import { numberStyle, splitLead, STYLE_RANK } from './numbering.ts';
import { repairPdfText, type PdfRepair } from './pdf-text.ts';
import { unnumberedHeadingRank } from './unnumbered.ts';

/** What a paragraph is, where it matters for the frontmatter. */
export type ParagraphRole = HeadRole | 'text';

export type BodyBlock =
  | { kind: 'part'; heading: string }
  /** An item (depth 3, `###`) or anything deeper (depth 4, `####`). */
  | { kind: 'item'; heading: string; depth: 3 | 4 }
  | { kind: 'paragraph'; text: string; role: ParagraphRole }
  | TableBlock;

export interface ReportStructure {
  /** Provenance before the title (`本文系邮箱投稿…`, a news dateline), kept as `source`. */
  source?: string;
  /** The title line(s), joined; absent when the text starts with running text. */
  title?: string;
  /** Page debris before the title that was left out (reported, never silently). */
  dropped: string[];
  /** Everything after the title, in order. */
  body: BodyBlock[];
  /** What was undone of a PDF copy's line breaks and page numbers. */
  repair: PdfRepair;
}

/** Splits the report's blocks into its head (source, title) and its body blocks. */
export function parseStructure(blocks: readonly SourceBlock[]): ReportStructure {
  const { blocks: repaired, repair } = repairPdfText(blocks);
  const lines = [...repaired];
  const head = takeHead(lines);
  const structure: ReportStructure = { dropped: head.dropped, body: [], repair };
  if (head.source) structure.source = head.source;
  if (head.title) structure.title = head.title;
  const headBlocks = head.lines.map((line): BodyBlock => ({
    kind: 'paragraph',
    text: line.text,
    role: line.role,
  }));
  structure.body = [...headBlocks, ...bodyBlocks(lines)];
  return structure;
}

// A Word heading style outranks any typed numbering: Heading 1 is -3, Heading 2 -2, Heading 3 -1.
function candidateOf(block: SourceBlock): HeadingCandidate | undefined {
  if (block.kind !== 'line') return undefined;
  if (typeof block.style === 'number') {
    return { rank: block.style - 4, heading: block.text, rest: '' };
  }
  const style = numberStyle(block.text);
  const lead = style ? splitLead(block.text) : null;
  return style && lead ? { rank: STYLE_RANK[style], ...lead } : undefined;
}

function bodyBlocks(blocks: readonly SourceBlock[]): BodyBlock[] {
  const candidates = blocks.map(candidateOf);
  blocks.forEach((block, index) => {
    if (candidates[index] || block.kind !== 'line') return;
    const rank = unnumberedHeadingRank(blocks, candidates, index);
    if (rank !== undefined) candidates[index] = { rank, heading: block.text, rest: '' };
  });
  const levels = headingLevels(candidates);
  return blocks.flatMap((block, index): BodyBlock[] => {
    if (block.kind === 'table') return [block];
    const candidate = candidates[index];
    const level = levels[index];
    if (!candidate || level === undefined)
      return [{ kind: 'paragraph', text: block.text, role: 'text' }];
    const heading: BodyBlock =
      level === 2
        ? { kind: 'part', heading: candidate.heading }
        : { kind: 'item', heading: candidate.heading, depth: level };
    const rest: BodyBlock[] = candidate.rest
      ? [{ kind: 'paragraph', text: candidate.rest, role: 'text' }]
      : [];
    return [heading, ...rest];
  });
}

/** The text a block shows: a heading, a paragraph, or a table's cells. */
export function blockText(block: BodyBlock): string {
  switch (block.kind) {
    case 'part':
    case 'item':
      return block.heading;
    case 'paragraph':
      return block.text;
    case 'table':
      return block.rows.map((row) => row.join(' ')).join('\n');
  }
}

/** Parts, items and deeper headings recognised, for the import's report. */
export function outlineCounts(body: readonly BodyBlock[]): {
  parts: number;
  items: number;
  deeper: number;
} {
  const count = (test: (block: BodyBlock) => boolean) => body.filter(test).length;
  return {
    parts: count((block) => block.kind === 'part'),
    items: count((block) => block.kind === 'item' && block.depth === 3),
    deeper: count((block) => block.kind === 'item' && block.depth === 4),
  };
}

// Recognises the shape of a work report in its lines: provenance, title, subtitle, speaker,
// salutation, then parts (一、), items (（一）), sub-items (1. （1）) and paragraphs.
// Whatever is not recognised stays a paragraph, so no line of the source is ever dropped.
import type { SourceBlock, TableBlock } from './blocks.ts';
import { ITEM_NUMBER, PART_NUMBER, SUBITEM_NUMBER, isNumbered, splitLead } from './numbering.ts';

/** What a paragraph is, where it matters for the frontmatter. */
export type ParagraphRole = 'subtitle' | 'speaker' | 'salutation' | 'subitem' | 'text';

export type BodyBlock =
  | { kind: 'part'; heading: string }
  | { kind: 'item'; heading: string; depth: 2 | 3 }
  | { kind: 'paragraph'; text: string; role: ParagraphRole }
  | TableBlock;

export interface ReportStructure {
  /** A provenance line before the title (`本文系邮箱投稿…`), kept as `source`. */
  source?: string;
  /** The title line(s), joined; absent when the text starts with running text. */
  title?: string;
  /** Everything after the title, in order. */
  body: BodyBlock[];
}

const PROVENANCE = /(投稿|仅供.{0,6}参考|请勿照搬|转载|来源[:：]|摘自|原载)/;
const TITLE_END = /(报告|总结|安排|要点|计划|讲话)$/;
const SUBTITLE = /^(?:[—–－-]{1,2}|[（(].*会议.*[)）]$)/;
const SALUTATION = /^(?:各位|尊敬的).{0,24}[：:]$/;
const SENTENCE_PUNCTUATION = /[。，；！？：、,;!?:]/;

/** Splits the report's lines into its head (source, title) and its body blocks. */
export function parseStructure(blocks: readonly SourceBlock[]): ReportStructure {
  const lines = [...blocks];
  const structure: ReportStructure = { body: [] };
  const first = lineAt(lines, 0);
  if (first !== undefined && PROVENANCE.test(first) && lines.length > 1) {
    structure.source = first;
    lines.shift();
  }
  const title = takeTitle(lines);
  if (title) structure.title = title;
  structure.body = [...takeHead(lines), ...bodyBlocks(lines)];
  return structure;
}

function lineAt(lines: readonly SourceBlock[], index: number): string | undefined {
  const block = lines[index];
  return block?.kind === 'line' ? block.text : undefined;
}

function isTitleLike(line: string | undefined): line is string {
  return (
    line !== undefined &&
    line.length <= 50 &&
    !isNumbered(line) &&
    !/[。；！？，：]$/.test(line) &&
    !SUBTITLE.test(line)
  );
}

/** The title: the first short, unpunctuated line; a second such line continues it when it ends in 报告, 总结… */
function takeTitle(lines: SourceBlock[]): string | undefined {
  const first = lineAt(lines, 0);
  if (!isTitleLike(first)) return undefined;
  lines.shift();
  const second = lineAt(lines, 0);
  if (!TITLE_END.test(first) && isTitleLike(second) && TITLE_END.test(second)) {
    lines.shift();
    return first + second;
  }
  return first;
}

/** Subtitle, speaker lines and salutation, when the text opens with them. */
function takeHead(lines: SourceBlock[]): BodyBlock[] {
  const head: BodyBlock[] = [];
  const take = (role: ParagraphRole) => {
    head.push({ kind: 'paragraph', text: lineAt(lines, 0)!, role });
    lines.shift();
  };
  if (SUBTITLE.test(lineAt(lines, 0) ?? '')) take('subtitle');
  // A speaker is a short unpunctuated line (name, office) before the salutation.
  const salutationAt = lines
    .slice(0, 4)
    .findIndex((block) => block.kind === 'line' && SALUTATION.test(block.text));
  for (let index = 0; index < salutationAt; index += 1) {
    const line = lineAt(lines, 0);
    if (
      line === undefined ||
      line.length > 30 ||
      SENTENCE_PUNCTUATION.test(line) ||
      isNumbered(line)
    )
      break;
    take('speaker');
  }
  if (SALUTATION.test(lineAt(lines, 0) ?? '')) take('salutation');
  return head;
}

function bodyBlocks(lines: readonly SourceBlock[]): BodyBlock[] {
  const body: BodyBlock[] = [];
  let seenPart = false;
  for (const block of lines) {
    if (block.kind === 'table') {
      body.push(block);
      continue;
    }
    const line = block.text;
    const numbered = PART_NUMBER.test(line) || ITEM_NUMBER.test(line) ? splitLead(line) : null;
    if (numbered && PART_NUMBER.test(line)) {
      seenPart = true;
      body.push({ kind: 'part', heading: numbered.heading });
    } else if (numbered) {
      // Items directly under the title (no parts) are the top level of the outline.
      body.push({ kind: 'item', heading: numbered.heading, depth: seenPart ? 3 : 2 });
    } else {
      body.push({
        kind: 'paragraph',
        text: line,
        role: SUBITEM_NUMBER.test(line) ? 'subitem' : 'text',
      });
      continue;
    }
    if (numbered.rest) body.push({ kind: 'paragraph', text: numbered.rest, role: 'text' });
  }
  return body;
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

// What both readers (.txt and .docx) hand to the structure parser: lines of text and tables.

/** The level a Word paragraph style gives a line: Title, or Heading 1, 2, 3 (deeper count as 3). */
export type StyleLevel = 'title' | 1 | 2 | 3;

/** One line of text, indentation and trailing blanks removed. */
export interface LineBlock {
  kind: 'line';
  text: string;
  /** True when the source indented the line: a paragraph's first line in typed and PDF text. */
  indented?: boolean;
  /** The Word paragraph style's level, when the line came from a styled .docx paragraph. */
  style?: StyleLevel;
}

/** A table from a .docx: rows of cell texts, the first row being the header. */
export interface TableBlock {
  kind: 'table';
  rows: string[][];
}

export type SourceBlock = LineBlock | TableBlock;

// ASCII spaces, tabs, U+3000 (the full-width space of Chinese indents), NBSP and BOMs.
const EDGE_BLANKS = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;
const LEADING_BLANK = /^[\s\u3000\u00a0]/;

/** Trims a line of every kind of indentation reports use. */
export function trimLine(line: string): string {
  return line.replace(EDGE_BLANKS, '');
}

/** The non-empty lines of a decoded text (line endings already `\n`). */
export function textBlocks(text: string, style?: StyleLevel): LineBlock[] {
  return text.split('\n').flatMap((raw): LineBlock[] => {
    const line = trimLine(raw);
    if (line === '') return [];
    const block: LineBlock = { kind: 'line', text: line };
    if (LEADING_BLANK.test(raw)) block.indented = true;
    if (style !== undefined) block.style = style;
    return [block];
  });
}

// A web copy that lost its line breaks keeps each paragraph's indent (two full-width spaces, or
// non-breaking spaces) inside one long line; a typed line never holds two such indents.
const RUN_ON_LENGTH = 200;
const INNER_INDENT = /(?<=\S)(?:\u3000{2,}|\u00a0{2,})/;

/** Splits each long line holding several indented paragraphs; says how many were split off. */
export function splitRunOnParagraphs(text: string): { text: string; split: number } {
  let split = 0;
  const lines = text.split('\n').map((line) => {
    const pieces = line.length >= RUN_ON_LENGTH ? line.split(INNER_INDENT) : [line];
    if (pieces.length < 3) return line;
    split += pieces.length - 1;
    return pieces.join('\n\u3000\u3000');
  });
  return { text: lines.join('\n'), split };
}

/** The text of a line block, or undefined for a table or nothing. */
export function lineText(block: SourceBlock | undefined): string | undefined {
  return block?.kind === 'line' ? block.text : undefined;
}

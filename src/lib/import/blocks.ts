// What both readers (.txt and .docx) hand to the structure parser: lines of text and tables.

/** One line of text, indentation and trailing blanks removed. */
export interface LineBlock {
  kind: 'line';
  text: string;
}

/** A table from a .docx: rows of cell texts, the first row being the header. */
export interface TableBlock {
  kind: 'table';
  rows: string[][];
}

export type SourceBlock = LineBlock | TableBlock;

// ASCII spaces, tabs, U+3000 (the full-width space of Chinese indents), NBSP and BOMs.
const EDGE_BLANKS = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** Trims a line of every kind of indentation reports use. */
export function trimLine(line: string): string {
  return line.replace(EDGE_BLANKS, '');
}

/** The non-empty lines of a decoded text (line endings already `\n`). */
export function textBlocks(text: string): LineBlock[] {
  return text
    .split('\n')
    .map(trimLine)
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'line', text: line }));
}

// Word documents made for the importer's tests: paragraphs, headings and tables, written by the
// fixture corpus's builder (tests/fixtures/reports/make-docx.ts).
import type { DocxBlock } from '../fixtures/reports/docx-specs.ts';
import { buildDocx } from '../fixtures/reports/make-docx.ts';

/** A line of the document: plain text, a Heading 1, or a table given as rows of cells. */
export type DocxPart = string | { heading: string } | { table: string[][] };

function toBlock(part: DocxPart): DocxBlock {
  if (typeof part === 'string') return { kind: 'paragraph', text: part };
  if ('heading' in part) return { kind: 'unnumbered-heading', text: part.heading };
  return { kind: 'table', rows: part.table, header: false };
}

/** Builds a .docx whose body holds the parts in order; `\n` in a string is a line break (Shift+Enter). */
export function makeDocx(parts: readonly DocxPart[]): Promise<Buffer> {
  return buildDocx({ numberSuffix: 'tab', blocks: parts.map(toBlock) });
}

// Reads a .docx with mammoth (Word's styles become plain HTML), after writing Word's automatic
// numbers into the text, then walks that HTML: the Title and Heading 1–3 styles become style hints
// on their lines, other paragraphs and list items plain lines, and tables stay tables.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import mammoth from 'mammoth';
import { textBlocks, trimLine, type SourceBlock, type StyleLevel } from './blocks.ts';
import { withNumbersAsText } from './docx-numbering.ts';
import { ImportProblem } from './problem.ts';

const LINE_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
// mammoth maps Word's Heading n styles to hn; the Title style is mapped here too.
const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='title'] => h1.doc-title:fresh",
];
const HEADING_LEVELS: Record<string, StyleLevel> = { h1: 1, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };

/** The lines and tables of a Word document, in reading order. */
export async function docxBlocks(bytes: Uint8Array): Promise<SourceBlock[]> {
  let html: string;
  try {
    const numbered = await withNumbersAsText(bytes);
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(numbered) }, { styleMap: STYLE_MAP }))
      .value;
  } catch (error) {
    throw new ImportProblem(`不是可读的 .docx 文件（${(error as Error).message.split('\n')[0]}）`);
  }
  const blocks = blocksOf(fromHtml(html, { fragment: true }));
  if (blocks.length === 0) throw new ImportProblem('.docx 文件里没有文字');
  return blocks;
}

function blocksOf(parent: Root | Element): SourceBlock[] {
  return parent.children.flatMap((child) => blocksOfNode(child as ElementContent));
}

function blocksOfNode(node: ElementContent): SourceBlock[] {
  if (node.type === 'text') return textBlocks(node.value);
  if (node.type !== 'element') return [];
  if (node.tagName === 'table') return [{ kind: 'table', rows: tableRows(node) }];
  // A line break inside a Word paragraph (Shift+Enter) separates lines as much as a new paragraph.
  if (LINE_TAGS.has(node.tagName))
    return textBlocks(toText(node, { whitespace: 'pre' }), styleOf(node));
  return blocksOf(node);
}

function styleOf(node: Element): StyleLevel | undefined {
  const classes = node.properties['className'];
  if (Array.isArray(classes) && classes.includes('doc-title')) return 'title';
  return HEADING_LEVELS[node.tagName];
}

function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  visitElements(table, 'tr', (row) => {
    const cells = row.children.filter(
      (cell): cell is Element =>
        cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
    );
    rows.push(cells.map(cellText));
  });
  return rows;
}

// A cell may hold several paragraphs; a GFM cell is one line, so they are joined by a space.
function cellText(cell: Element): string {
  return toText(cell, { whitespace: 'pre' }).split('\n').map(trimLine).filter(Boolean).join(' ');
}

function visitElements(parent: Element, tagName: string, visit: (element: Element) => void): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) visit(child);
    else visitElements(child, tagName, visit);
  }
}

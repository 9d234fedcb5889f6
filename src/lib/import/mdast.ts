// The report body as an mdast tree, serialised by remark with the MDX and GFM extensions: the
// serialiser escapes whatever MDX would read as syntax ({ } < * # _ [ ] | …), nothing by hand.
import type { Heading, Root, RootContent, Table, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { TableBlock } from './blocks.ts';
import type { BodyBlock } from './structure.ts';

// MDX reads a line opening with `import ` or `export ` as JavaScript; remark-mdx does not guard
// against that in text, so its first letter joins the serialiser's own list of unsafe patterns.
const ESM_LOOKALIKES = [
  { character: 'i', atBreak: true, after: 'mport[ \\t]' },
  { character: 'e', atBreak: true, after: 'xport[ \\t]' },
];
const serialiser = unified()
  .use(remarkStringify, { unsafe: ESM_LOOKALIKES })
  .use(remarkGfm)
  .use(remarkMdx);

/** Parts are `##`, items `###`, deeper headings `####`, everything else paragraphs. */
export function bodyTree(blocks: readonly BodyBlock[]): Root {
  return { type: 'root', children: blocks.map(blockNode) };
}

/** The MDX text of a body tree. */
export function serialiseBody(tree: Root): string {
  return serialiser.stringify(tree);
}

function blockNode(block: BodyBlock): RootContent {
  switch (block.kind) {
    case 'part':
      return heading(2, block.heading);
    case 'item':
      return heading(block.depth, block.heading);
    case 'paragraph':
      return { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
    case 'table':
      return table(block);
  }
}

function heading(depth: 2 | 3 | 4, text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

// GFM tables need rows of equal width: short rows are padded with empty cells.
function table(block: TableBlock): Table {
  const width = Math.max(1, ...block.rows.map((row) => row.length));
  const rows: TableRow[] = block.rows.map((row) => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, index) => ({
      type: 'tableCell',
      children: row[index] ? [{ type: 'text', value: row[index] }] : [],
    })),
  }));
  return { type: 'table', align: Array.from({ length: width }, () => null), children: rows };
}

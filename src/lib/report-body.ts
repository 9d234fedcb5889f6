// A report's body is Markdown text in an .mdx file: the importer writes no MDX code (no import,
// export, {expression} or <Component>), and escapes `{ } < >` in the text. Such a body reads the
// same as MDX and as Markdown, so the build renders it as Markdown (rendered-report.ts), with no
// JavaScript module per report. What would read differently is refused here, naming the file,
// line and column.
import { markdownToMdast, mdxToMdast } from 'satteri';

/** Characters and line starts that only matter to MDX; a body without them needs no MDX check. */
const MDX_SYNTAX = /[{}<>]|^\s*(?:import|export)\b/m;
/** A line indented by four spaces or a tab: Markdown would make it code, MDX a paragraph. */
const INDENTED = /^(?: {4}|\t)/m;
const CODE_NODES = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

interface Node {
  type: string;
  lang?: string | null;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** Where the body stands in its file: lines before it, for positions editors jump to. */
interface BodyFile {
  path: string;
  /** Lines of the file before the body's first line (the frontmatter and blank lines). */
  linesBefore: number;
}

/** A build error at the node's line, in the form editors jump to (file:line:column). */
function bodyError(file: BodyFile, node: Node, message: string): Error {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return new Error(`${file.path}:${start.line + file.linesBefore}:${start.column}: ${message}`);
}

/**
 * Throws unless `body` (the text after the frontmatter, lines as in the file) is plain Markdown
 * that MDX reads the same way: valid MDX, with no MDX code and no indented code block.
 */
export function assertMarkdownBody(body: string, file: BodyFile): void {
  const mdxSyntax = MDX_SYNTAX.test(body);
  const indented = INDENTED.test(body);
  if (!mdxSyntax && !indented) return;
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    // Sätteri's message starts with the position: "3:3: Unexpected end of file in expression…"
    const message = (error as Error).message.replace(
      /^(\d+):(\d+)/,
      (_, line: string, column: string) => `${Number(line) + file.linesBefore}:${column}`,
    );
    throw new Error(`${file.path}:${message}`, { cause: error });
  }
  const nodes = [...walk(tree)];
  const code = nodes.find((node) => CODE_NODES.has(node.type));
  if (code)
    throw bodyError(
      file,
      code,
      '报告正文只能是文字，不能含 MDX 代码（import/export、{…} 表达式或 <组件>）；要写出这些符号，请写作 \\{ \\} \\< \\>。',
    );
  if (!indented) return;
  const codeBlocks = (root: Node) => [...walk(root)].filter((node) => node.type === 'code');
  const asMdx = codeBlocks(tree).length;
  const extra = codeBlocks(markdownToMdast(body) as unknown as Node)[asMdx];
  if (extra)
    throw bodyError(
      file,
      extra,
      '这一段以四个空格或制表符缩进，Markdown 会把它当作代码块；请删去行首的空格。',
    );
}

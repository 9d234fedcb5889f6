// A report as a plain-text document in the traditional layout: title, meta lines, then parts,
// items and paragraphs each opened by two ideographic spaces, as typed in government offices.
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { mdxToMdast } from 'satteri';
import { reportFacts, type FactKey, type FactsSource } from './report-facts.ts';

/** Two U+3000: the first-line indent of Chinese paragraphs. */
export const INDENT = '\u3000\u3000';
const BOM = '\uFEFF';

/** What the text's head shows: the report's facts, its title, and where it lives. */
export interface PlainTextMeta extends FactsSource {
  title: string;
  /** The report's page, so a printed or forwarded copy can be traced back. */
  url?: string | undefined;
}

/** The report's lines (no line endings): head, a blank line, then one line per block of the body. */
export function reportPlainLines(meta: PlainTextMeta, mdxBody: string): string[] {
  // Sätteri, the build's own Markdown processor, parses MDX (GFM included) in Rust: ten times
  // faster than remark here, which counts when an archive has thousands of reports.
  const body = blockLines(mdxToMdast(mdxBody) as unknown as Root);
  return [...headLines(meta), '', ...body];
}

/** Lines joined for Windows Notepad: UTF-8 BOM first, CRLF after every line. */
export function toWindowsText(lines: readonly string[]): string {
  return BOM + lines.map((line) => `${line}\r\n`).join('');
}

// The facts are the page header's (reportFacts); on paper they pair up as in a document's head:
// 委员会：甲区政协（第八届） and 总结年度：2017年　安排年度：2018年.
function headLines(meta: PlainTextMeta): string[] {
  const facts = new Map(reportFacts(meta).map((fact) => [fact.key, fact]));
  const line = (key: FactKey) => {
    const fact = facts.get(key);
    return fact ? `${fact.label}：${fact.text}` : '';
  };
  const term = facts.get('term');
  const lines = [
    `${line('committee')}${term ? `（${term.text}）` : ''}`,
    [line('year'), line('planYear')].filter(Boolean).join('\u3000'),
    line('meeting'),
    line('date'),
    line('source'),
    meta.url ? `网址：${meta.url}` : '',
  ];
  return [meta.title, '', ...lines.filter(Boolean)];
}

function blockLines(parent: Parents): string[] {
  return parent.children.flatMap((child) => linesOf(child));
}

function linesOf(node: RootContent): string[] {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return paragraph(inlineText(node));
    case 'list':
      return node.children.flatMap((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '· ';
        const [first = '', ...rest] = blockLines(item);
        return [INDENT + marker + first.replace(INDENT, ''), ...rest];
      });
    case 'table':
      return node.children.map((row) =>
        row.children.map((cell) => inlineText(cell)).join('\u3000'),
      );
    case 'code':
      return node.value.split('\n');
    case 'blockquote':
      return blockLines(node);
    case 'mdxJsxFlowElement':
      // Sätteri keeps a one-line element's text as its direct children, with no paragraph.
      return node.children.every((child) => PHRASING.has(child.type))
        ? paragraph(inlineText(node))
        : blockLines(node);
    default:
      // ESM, expressions, raw HTML, thematic breaks and definitions have no reading text.
      return [];
  }
}

const PHRASING = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'break',
  'image',
  'mdxJsxTextElement',
]);

function paragraph(text: string): string[] {
  const trimmed = text.trim();
  return trimmed ? trimmed.split('\n').map((line) => INDENT + line.trim()) : [];
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return joinSoftBreaks(node.value);
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? node.children.map((child) => inlineText(child)).join('') : '';
  }
}

// Markdown wraps long lines; in Chinese the wrap is no space at all, between Latin words it is one.
function joinSoftBreaks(text: string): string {
  return text.replace(
    /([A-Za-z0-9]?)[ \t]*\n[ \t]*([A-Za-z0-9]?)/g,
    (_, before: string, after: string) => (before && after ? `${before} ${after}` : before + after),
  );
}

import { describe, expect, it } from 'vitest';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { entryText, readFrontmatter, validateFrontmatter } from '../../src/lib/import/entry.ts';
import { mergeFrontmatter } from '../../src/lib/import/frontmatter.ts';
import { bodyTree, serialiseBody } from '../../src/lib/import/mdast.ts';
import type { BodyBlock } from '../../src/lib/import/structure.ts';

/** The text a reader sees in a parsed node. */
const textOf = (node: Nodes): string =>
  'value' in node
    ? node.value
    : 'children' in node
      ? node.children.map((child) => textOf(child)).join('')
      : '';
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const HOSTILE = [
  '{中心工作} 与 <民生实事> 以及 *重点* 和 _强调_ 还有 [附件](链接) \\ | ~~删~~ `码`',
  '# 不是标题',
  '1. 不是列表',
  '- 不是列表',
  '> 不是引用',
  'import 不是 ESM',
  'export default 也不是',
  '<div>不是 HTML</div>',
  '{/* 不是注释 */}',
  '===',
];

describe('serialiseBody', () => {
  it('writes parts as ##, items as ###, paragraphs and a GFM table', () => {
    const mdx = serialiseBody(
      bodyTree([
        { kind: 'part', heading: '一、2020年工作' },
        { kind: 'item', heading: '（一）协商。', depth: 3 },
        { kind: 'paragraph', text: '正文。', role: 'text' },
        { kind: 'table', rows: [['项目', '数量'], ['提案', '186'], ['信息|条']] },
      ]),
    );
    expect(mdx.startsWith('## 一、2020年工作\n\n### （一）协商。\n\n正文。\n\n|')).toBe(true);
    const table = (parser.parse(mdx) as Root).children[3]!;
    expect(table.type).toBe('table');
    const rows =
      table.type === 'table'
        ? table.children.map((row) => row.children.map((cell) => textOf(cell)))
        : [];
    expect(rows).toEqual([
      ['项目', '数量'],
      ['提案', '186'],
      ['信息|条', ''],
    ]);
  });

  it('escapes every MDX-hostile line so that MDX reads back exactly the text', () => {
    const blocks: BodyBlock[] = HOSTILE.map((text) => ({ kind: 'paragraph', text, role: 'text' }));
    const tree = parser.parse(serialiseBody(bodyTree(blocks))) as Root;
    expect(tree.children.map((node) => node.type)).toEqual(HOSTILE.map(() => 'paragraph'));
    expect(tree.children.map((node) => textOf(node))).toEqual(HOSTILE);
  });

  it('keeps hostile characters in headings as text', () => {
    const tree = parser.parse(
      serialiseBody(bodyTree([{ kind: 'part', heading: '一、{甲} <乙> #丙 *丁*' }])),
    ) as Root;
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 2 });
    expect(textOf(tree.children[0]!)).toBe('一、{甲} <乙> #丙 *丁*');
  });
});

describe('entry frontmatter', () => {
  const inferred = {
    title: '甲',
    year: 2020,
    summary: '推断出的摘要，足够十个字。',
    topics: ['a'],
    figures: [],
  };

  it('lets fields of the existing entry win and keeps hand-added fields, in schema order', () => {
    const existing = {
      draft: true,
      summary: '人工改写的摘要，更加准确。',
      title: '甲',
      year: 2020,
      note: '手工备注',
    };
    expect(Object.entries(mergeFrontmatter(inferred, existing))).toEqual([
      ['title', '甲'],
      ['year', 2020],
      ['summary', '人工改写的摘要，更加准确。'],
      ['topics', ['a']],
      ['figures', []],
      ['draft', true],
      ['note', '手工备注'],
    ]);
  });

  it('writes YAML that reads back to the same data, topics and figures in flow style', () => {
    const frontmatter = {
      title: '政协2018年工作总结',
      year: 2018,
      committee: 'XX区政协',
      date: '2019-01-10',
      summary: '很长的摘要'.repeat(30),
      topics: ['a', 'b'],
      figures: [{ label: '提案', value: null, unit: '件', approximate: true }],
    };
    const text = entryText(frontmatter, '正文。\n');
    expect(text).toContain('topics: [a, b]\n');
    expect(text).toContain('  - {label: 提案, value: null, unit: 件, approximate: true}\n');
    expect(text.endsWith('---\n\n正文。\n')).toBe(true);
    expect(readFrontmatter(text)).toEqual(frontmatter);
  });

  it('says so when an existing entry’s frontmatter is not YAML', () => {
    expect(() => readFrontmatter('---\ntitle: [未闭合\n---\n正文')).toThrow(/不是有效的 YAML/);
    expect(readFrontmatter('没有 frontmatter 的正文')).toBeUndefined();
  });

  it('validates against the collection schema and topics.yaml, naming the field', () => {
    const good = {
      title: '甲',
      year: 2020,
      committee: '甲区政协',
      summary: '足够长的一段摘要文字。',
      topics: ['a'],
    };
    expect(validateFrontmatter(good, new Set(['a'])).year).toBe(2020);
    expect(() => validateFrontmatter({ ...good, planYear: 2019 }, new Set(['a']))).toThrow(
      /planYear/,
    );
    expect(() => validateFrontmatter({ ...good, summary: '短' }, new Set(['a']))).toThrow(
      /summary/,
    );
    expect(() => validateFrontmatter(good, new Set(['b']))).toThrow(/「a」不在 topics\.yaml/);
  });
});

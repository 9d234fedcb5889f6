// Reports are rendered as Markdown once at content sync: a body that MDX would read differently
// must fail the build, naming file, line and column; headings get their links afterwards.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assertMarkdownBody } from '../../src/lib/report-body.ts';
import { planPartSegments, withSectionLinks } from '../../src/lib/section-links.ts';

const file = { path: '/content/reports/alpha/2016.mdx', linesBefore: 8 };
const check = (body: string) => () => assertMarkdownBody(body, file);

describe('a report body', () => {
  it('passes as plain text, with escaped MDX characters, lists, tables and fenced code', () => {
    expect(
      check(
        '## 一、总结\n\n正文\\{不是表达式\\}，\\<不是标签\\>。\n\n1. 一\n2. 二\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```\n  代码\n```\n',
      ),
    ).not.toThrow();
  });

  it('passes the seed report as imported', () => {
    const mdx = readFileSync(
      new URL('../../src/content/reports/2018.mdx', import.meta.url),
      'utf8',
    );
    expect(check(mdx.replace(/^---[\s\S]*?\n---\n/, ''))).not.toThrow();
  });

  it('fails on broken MDX at the line of the file, not of the body', () => {
    expect(check('第一段。\n\n围绕{老旧小区改造\n')).toThrow(
      /^\/content\/reports\/alpha\/2016\.mdx:11:3: /,
    );
  });

  it('fails on MDX code: an import, an expression, a component', () => {
    expect(check("import X from './x.js';\n\n正文。\n")).toThrow(
      /2016\.mdx:9:1: 报告正文只能是文字/,
    );
    expect(check('正文{1 + 1}。\n')).toThrow(/2016\.mdx:9:3: .*MDX 代码/);
    expect(check('正文。\n\n<Note>注意</Note>\n')).toThrow(/2016\.mdx:11:1: .*<组件>/);
  });

  it('fails on an indented paragraph that Markdown would show as code, but not on a nested list', () => {
    expect(check('第一段。\n\n    缩进的一段。\n')).toThrow(/2016\.mdx:11:1: .*代码块/);
    expect(check('1. 第一项\n\n    续写第一项。\n')).not.toThrow();
  });
});

describe('section links', () => {
  const html =
    '<p>导语</p>\n<h2 id="二2019年工作安排">二、2019年工作安排</h2>\n<h3 id="一继续">（一）继续</h3>\n<h4 id="x">1.</h4>';

  it('give every part and item heading its class and a link to itself, and leave deeper ones', () => {
    expect(withSectionLinks(html)).toBe(
      '<p>导语</p>\n<h2 id="二2019年工作安排" class="section-heading">二、2019年工作安排<a class="self-link" href="#二2019年工作安排" aria-label="本节链接" data-pagefind-ignore></a></h2>\n' +
        '<h3 id="一继续" class="section-heading">（一）继续<a class="self-link" href="#一继续" aria-label="本节链接" data-pagefind-ignore></a></h3>\n<h4 id="x">1.</h4>',
    );
  });

  it('copy an id escaped for its attribute into the link as it is', () => {
    expect(withSectionLinks('<h2 id="a&amp;b">A&amp;B</h2>')).toBe(
      '<h2 id="a&amp;b" class="section-heading">A&amp;B<a class="self-link" href="#a&amp;b" aria-label="本节链接" data-pagefind-ignore></a></h2>',
    );
  });
});

describe('a report cut after its plan parts', () => {
  const html = '<p>导语</p><h2 id="a">一、总结</h2><p>甲</p><h2 id="b">二、安排</h2><p>乙</p>';

  it('is cut after each plan part heading, found by its place among the ## headings', () => {
    expect(planPartSegments(html, ['a', 'b'], ['b'])).toEqual([
      {
        html: '<p>导语</p><h2 id="a">一、总结</h2><p>甲</p><h2 id="b">二、安排</h2>',
        reviewAfter: true,
      },
      { html: '<p>乙</p>', reviewAfter: false },
    ]);
  });

  it('is one piece when there is no review to link', () => {
    expect(planPartSegments(html, ['a', 'b'], [])).toEqual([{ html, reviewAfter: false }]);
  });
});

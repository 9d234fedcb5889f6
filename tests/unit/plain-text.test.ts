import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { INDENT, reportPlainLines, toWindowsText } from '../../src/lib/plain-text.ts';

const meta = {
  title: '甲区政协2017年工作总结',
  committee: '甲区政协',
  year: 2017,
  planYear: 2018,
  term: '第八届',
  meeting: '第八届委员会第二次会议',
  date: new Date('2018-01-12'),
  url: 'https://archive.example.org/reports/alpha/2017/',
};

const body = `
2017年，甲区政协紧扣全区中心工作，
扎实推进各项工作。

## 一、2017年工作完成情况

### （一）落实提案办理**回头看**。

对2016年的提案逐件回访，见[通知](https://example.org/a)。

一年来的工作也存在不足。
`;

describe('reportPlainLines', () => {
  it('puts title and meta lines first, then a blank line', () => {
    const lines = reportPlainLines(meta, body);
    expect(lines.slice(0, 8)).toEqual([
      '甲区政协2017年工作总结',
      '',
      '委员会：甲区政协（第八届）',
      '总结年度：2017年　安排年度：2018年',
      '会议：第八届委员会第二次会议',
      '日期：2018年1月12日',
      '网址：https://archive.example.org/reports/alpha/2017/',
      '',
    ]);
  });

  it('indents parts, items and paragraphs with two ideographic spaces and drops Markdown marks', () => {
    const lines = reportPlainLines(meta, body).slice(8);
    expect(lines).toEqual([
      `${INDENT}2017年，甲区政协紧扣全区中心工作，扎实推进各项工作。`,
      `${INDENT}一、2017年工作完成情况`,
      `${INDENT}（一）落实提案办理回头看。`,
      `${INDENT}对2016年的提案逐件回访，见通知。`,
      `${INDENT}一年来的工作也存在不足。`,
    ]);
    expect(INDENT).toBe('\u3000\u3000');
  });

  it('leaves out absent meta fields', () => {
    const lines = reportPlainLines(
      { title: '乙县政协2018年工作总结', committee: '乙县政协', year: 2018 },
      '正文。',
    );
    expect(lines).toEqual([
      '乙县政协2018年工作总结',
      '',
      '委员会：乙县政协',
      '总结年度：2018年',
      '',
      `${INDENT}正文。`,
    ]);
  });

  it('keeps JSX text, skips imports and expressions, numbers ordered lists, keeps Latin words apart', () => {
    const mdx =
      "import X from './x.ts';\n\n<Note>注意事项。</Note>\n\n{1 + 1}\n\n1. 第一项\n2. 第二项\n\nsee the\nreport\n";
    expect(reportPlainLines(meta, mdx).slice(8)).toEqual([
      `${INDENT}注意事项。`,
      `${INDENT}1. 第一项`,
      `${INDENT}2. 第二项`,
      `${INDENT}see the report`,
    ]);
  });

  it('renders the seed report: every ## and ### becomes an indented line of its own', () => {
    const mdx = readFileSync(
      new URL('../../src/content/reports/2018.mdx', import.meta.url),
      'utf8',
    ).replace(/^---[\s\S]*?\n---\n/, '');
    const lines = reportPlainLines(meta, mdx);
    const headings = [...mdx.matchAll(/^#{2,3} (.+)$/gm)].map((match) => INDENT + match[1]!);
    for (const heading of headings) expect(lines).toContain(heading);
    expect(lines.some((line) => /[#*]/.test(line))).toBe(false);
  });
});

describe('toWindowsText', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const text = toWindowsText(['标题', '', `${INDENT}正文`]);
    const bytes = Buffer.from(text, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1)).toBe(`标题\r\n\r\n${INDENT}正文\r\n`);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

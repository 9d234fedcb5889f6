import { describe, expect, it } from 'vitest';
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { docxBlocks } from '../../src/lib/import/docx.ts';
import { chineseCounting, formatNumber } from '../../src/lib/import/docx-numbers.ts';

const LEVELS = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
];

// Headings numbered through their styles (as Chinese templates do), and a list that restarts.
async function numberedDocument(): Promise<Buffer> {
  const numbered = (id: string, name: string, level: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    paragraph: { numbering: { reference: 'outline', level } },
  });
  const item = (text: string, instance: number) =>
    new Paragraph({ text, numbering: { reference: 'list', level: 2, instance } });
  const document = new Document({
    numbering: {
      config: [
        { reference: 'outline', levels: LEVELS },
        { reference: 'list', levels: LEVELS },
      ],
    },
    styles: {
      paragraphStyles: [
        numbered('Heading1', 'heading 1', 0),
        numbered('Heading2', 'heading 2', 1),
        numbered('Heading3', 'heading 3', 2),
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '某区政协常务委员会工作报告', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '2023年工作回顾', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '协商议政', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '专题协商', heading: HeadingLevel.HEADING_3 }),
          new Paragraph({ text: '对口协商', heading: HeadingLevel.HEADING_3 }),
          new Paragraph({ text: '民主监督', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '2024年工作安排', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '加强学习', heading: HeadingLevel.HEADING_2 }),
          item('列表甲', 1),
          item('列表乙', 1),
          item('列表再起', 2),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('Word automatic numbering', () => {
  it('is written into the text as Word shows it, headings keeping their style level', async () => {
    expect(await docxBlocks(await numberedDocument())).toEqual([
      { kind: 'line', text: '某区政协常务委员会工作报告', style: 'title' },
      { kind: 'line', text: '一、2023年工作回顾', style: 1 },
      { kind: 'line', text: '（一）协商议政', style: 2 },
      { kind: 'line', text: '1.专题协商', style: 3 },
      { kind: 'line', text: '2.对口协商', style: 3 },
      { kind: 'line', text: '（二）民主监督', style: 2 },
      { kind: 'line', text: '二、2024年工作安排', style: 1 },
      { kind: 'line', text: '（一）加强学习', style: 2 },
      { kind: 'line', text: '1.列表甲' },
      { kind: 'line', text: '2.列表乙' },
      { kind: 'line', text: '1.列表再起' },
    ]);
  });

  it('counts in the formats Chinese documents use', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 101, 110, 115].map(chineseCounting)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
      '一百一十',
      '一百一十五',
    ]);
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(1, 'bullet')).toBeUndefined();
  });
});

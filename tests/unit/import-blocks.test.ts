import { describe, expect, it } from 'vitest';
import { splitRunOnParagraphs, textBlocks } from '../../src/lib/import/blocks.ts';
import { draftReport } from '../../src/lib/import/pipeline.ts';

const paragraph = (n: number) =>
  `第${n}段正文写的是委员们围绕中心工作开展调研视察的情况，`.repeat(4) + '。';

describe('splitRunOnParagraphs', () => {
  it('splits a long line at each paragraph indent inside it, and counts the split', () => {
    const line = `\u3000\u3000${paragraph(1)}\u3000\u3000${paragraph(2)}\u3000\u3000${paragraph(3)}`;
    const { text, split } = splitRunOnParagraphs(`标题\n${line}`);
    expect(split).toBe(2);
    expect(textBlocks(text).map((block) => block.text)).toEqual([
      '标题',
      paragraph(1),
      paragraph(2),
      paragraph(3),
    ]);
  });

  it('leaves typed lines alone: short ones, and a long one with a single inner gap', () => {
    const short = '县政协主席\u3000\u3000赵某某\u3000\u3000各位委员：';
    const long = `${paragraph(1)}\u3000\u3000${paragraph(2)}`;
    expect(splitRunOnParagraphs(`${short}\n${long}`)).toEqual({
      text: `${short}\n${long}`,
      split: 0,
    });
  });

  it('is said on import, as a warning to check the paragraphs', async () => {
    const body = ['一、2018年工作回顾', paragraph(1), '二、2019年工作安排', paragraph(2)];
    const text = `某县政协工作报告\n${body.map((line) => `\u3000\u3000${line}`).join('')}\n`;
    const draft = await draftReport('web.txt', Buffer.from(text), {
      topics: [],
      defaultCommittee: '某县政协',
    });
    expect(draft.warnings.join('\n')).toMatch(/多段挤在一行：按段首的空格分出 3 段/);
    expect(draft.inferred['year']).toBe(2018);
    expect(draft.counts.parts).toBe(2);
  });
});

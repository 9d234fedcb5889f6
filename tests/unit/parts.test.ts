import { describe, expect, it } from 'vitest';
import { classifyPart, isShortcomingParagraph } from '../../src/lib/parts.ts';

describe('classifyPart', () => {
  it.each([
    ['一、2018年工作完成情况', 'summary'],
    ['一、2017年工作回顾', 'summary'],
    ['一、过去一年的主要工作', 'summary'],
    ['二、2019年工作安排', 'plan'],
    ['二、2018年工作计划', 'plan'],
    ['三、今后一个时期的工作打算', 'plan'],
    ['二、2023年工作思路和主要任务', 'plan'],
    ['三、几点体会', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyPart(heading)).toBe(kind);
  });
});

describe('isShortcomingParagraph', () => {
  it('recognises the paragraph naming shortcomings', () => {
    expect(
      isShortcomingParagraph(
        '虽然我们的工作取得了一定的成绩，但我们也清醒地认识到，政协工作还存在一定问题和不足。',
      ),
    ).toBe(true);
    expect(isShortcomingParagraph('一年来的工作也存在不足：调研成果转化还不够充分。')).toBe(true);
  });

  it('leaves ordinary paragraphs alone', () => {
    expect(isShortcomingParagraph('全年共收到提案120件，立案108件。')).toBe(false);
    expect(isShortcomingParagraph('协商解决了群众反映的问题。')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyPart, classifyParts, isShortcomingParagraph } from '../../src/lib/parts.ts';

describe('classifyPart by its heading alone', () => {
  it.each([
    ['一、2018年工作完成情况', 'summary'],
    ['一、2017年工作回顾', 'summary'],
    ['一、过去一年的主要工作', 'summary'],
    ['回望2024：凝心聚力谱新篇', 'summary'],
    ['一、一年来的工作', 'summary'],
    ['一、过去五年工作回顾', 'summary'],
    ['二、2019年工作安排', 'plan'],
    ['二、2018年工作计划', 'plan'],
    ['三、今后一个时期的工作打算', 'plan'],
    ['二、2023年工作思路和主要任务', 'plan'],
    ['二、今年工作建议', 'plan'],
    ['三、对今后工作的建议', 'plan'],
    ['二、工作建议', 'plan'],
    ['三、2026年政府工作任务', 'plan'],
    ['二、工作部署', 'plan'],
    ['二、工作要点', 'plan'],
    ['二、重点工作', 'plan'],
    ['二、今年主要工作', 'plan'],
    ['三、几点体会', 'other'],
    ['二、主要体会和经验', 'other'],
    ['第三部分　加强自身建设', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyPart(heading)).toBe(kind);
  });
});

describe('classifyPart with the summary year', () => {
  it('a later year is the plan, the same or an earlier year the summary', () => {
    expect(classifyPart('二、2026年主要工作', { year: 2025 })).toBe('plan');
    expect(classifyPart('一、2025年主要工作', { year: 2025 })).toBe('summary');
    expect(classifyPart('二、二〇一九年的工作', { year: 2018 })).toBe('plan');
    expect(classifyPart('一、二○一八年工作', { year: 2018 })).toBe('summary');
    expect(classifyPart('一、2013—2017年工作回顾', { year: 2017 })).toBe('summary');
  });
  it('the summary year alone does not turn a plan heading into a summary', () => {
    expect(classifyPart('二、2019年工作要点', { year: 2019 })).toBe('plan');
  });
});

describe('classifyParts over a whole report', () => {
  it('parts named by their policy aim after a plan part continue the plan', () => {
    const kinds = classifyParts(
      [
        '一、2024年工作回顾',
        '二、2025年经济社会发展总体要求和政策取向',
        '三、坚定不移推进高质量发展',
        '四、全面加强政府自身建设',
      ],
      { year: 2024 },
    );
    expect(kinds).toEqual(['summary', 'plan', 'plan', 'plan']);
  });
  it('lessons learnt stay other, wherever they stand', () => {
    expect(classifyParts(['一、2018年工作回顾', '二、主要体会', '三、2019年工作安排'])).toEqual([
      'summary',
      'other',
      'plan',
    ]);
    expect(classifyParts(['一、今年工作建议', '二、几点体会'])).toEqual(['plan', 'other']);
  });
  it('a part before any plan with no evidence stays other', () => {
    expect(classifyParts(['一、坚持党的领导', '二、2019年工作安排'], { year: 2018 })).toEqual([
      'other',
      'plan',
    ]);
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

import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/lib/outline.ts';

const headings = [
  { depth: 2, slug: '一2018年工作完成情况', text: '一、2018年工作完成情况' },
  { depth: 3, slug: '一开展全会协商促进事业发展', text: '（一）开展全会协商，促进事业发展。' },
  { depth: 4, slug: 'deep', text: '1. 更深一层' },
  { depth: 3, slug: '二开展专题协商推动项目建设', text: '（二）开展专题协商，推动项目建设。' },
  { depth: 2, slug: '二2019年工作安排', text: '二、2019年工作安排' },
  { depth: 3, slug: '一把准政协方向', text: '（一）把准政协方向。' },
];

describe('buildOutline', () => {
  it('nests items under their part and classifies each part', () => {
    const outline = buildOutline(headings);
    expect(outline.map((part) => [part.id, part.kind, part.items.map((item) => item.id)])).toEqual([
      [
        '一2018年工作完成情况',
        'summary',
        ['一开展全会协商促进事业发展', '二开展专题协商推动项目建设'],
      ],
      ['二2019年工作安排', 'plan', ['一把准政协方向']],
    ]);
  });

  it('leaves deeper headings out, and classifies with the summary year', () => {
    const outline = buildOutline(
      [
        { depth: 2, slug: 'a', text: '一、2024年工作回顾' },
        { depth: 3, slug: 'b', text: '（一）协商' },
        { depth: 4, slug: 'c', text: '1.专题协商' },
        { depth: 2, slug: 'd', text: '二、2025年经济社会发展总体要求' },
        { depth: 2, slug: 'e', text: '三、坚定不移推进高质量发展' },
      ],
      { year: 2024 },
    );
    expect(outline.map((part) => part.kind)).toEqual(['summary', 'plan', 'plan']);
    expect(outline[0]!.items).toEqual([{ id: 'b', text: '（一）协商' }]);
  });

  it('keeps items that come before any part', () => {
    const outline = buildOutline([{ depth: 3, slug: 'a', text: '（一）甲。' }]);
    expect(outline).toEqual([
      { id: '', text: '', kind: 'other', items: [{ id: 'a', text: '（一）甲。' }] },
    ]);
  });

  it('gives an empty outline for a report without headings', () => {
    expect(buildOutline([])).toEqual([]);
  });
});

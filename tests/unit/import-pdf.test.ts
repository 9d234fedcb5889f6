import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/import/blocks.ts';
import { isPageNumber, printedWidth, repairPdfText } from '../../src/lib/import/pdf-text.ts';

const lines = (blocks: ReturnType<typeof repairPdfText>['blocks']) =>
  blocks.map((block) => (block.kind === 'line' ? block.text : '[table]'));

// 30 characters a printed line, as a PDF of an official document breaks it.
const WRAPPED = [
  '一、2018年工作回顾',
  '一年来，市政协常委会在市委的坚强领导下，紧紧围绕全市',
  '中心工作，认真履行政治协商、民主监督、参政议政职能，各',
  '项工作取得了新的成效。全年共召开常委会议六次，围绕推动',
  '第',
  '— 3 —',
  '一、二、三产业融合发展等课题开展专题协商，提出意见建议一',
  '百余条，许多意见建议被市委市政府采纳，转化为政策措施。',
  '（一）坚持政治引领，思想政治基础更加牢固。市政协坚持把',
  '学习贯彻党的十九大精神作为首要政治任务，组织委员开展学',
  '习研讨活动二十余次，进一步增强了政治意识。',
  '（二）围绕中心大局，协商议政更加务实有效。',
];

describe('repairPdfText', () => {
  it('rejoins hard-wrapped paragraphs, drops page numbers, and never starts a heading mid-sentence', () => {
    const { blocks, repair } = repairPdfText(
      textBlocks(WRAPPED.join('\n').replace('推动\n第', '推动第')),
    );
    expect(repair).toMatchObject({ hardWrapped: true, pageNumbers: 1 });
    expect(lines(blocks)).toEqual([
      '一、2018年工作回顾',
      '一年来，市政协常委会在市委的坚强领导下，紧紧围绕全市中心工作，认真履行政治协商、民主监督、参政议政职能，各项工作取得了新的成效。全年共召开常委会议六次，围绕推动第一、二、三产业融合发展等课题开展专题协商，提出意见建议一百余条，许多意见建议被市委市政府采纳，转化为政策措施。',
      '（一）坚持政治引领，思想政治基础更加牢固。市政协坚持把学习贯彻党的十九大精神作为首要政治任务，组织委员开展学习研讨活动二十余次，进一步增强了政治意识。',
      '（二）围绕中心大局，协商议政更加务实有效。',
    ]);
  });

  it('leaves typed text (a paragraph per line) alone, but still drops page-number lines', () => {
    const typed = [
      '一、2018年工作回顾',
      '一年来，市政协常委会在市委的坚强领导下，紧紧围绕全市中心工作，认真履行政治协商、民主监督、参政议政职能。',
      '第2页',
      '全年共召开常委会议六次，围绕推动产业融合发展等课题开展专题协商，提出意见建议一百余条。',
      '（一）坚持政治引领。',
    ];
    const { blocks, repair } = repairPdfText(textBlocks(typed.join('\n')));
    expect(repair).toMatchObject({ hardWrapped: false, rejoined: 0, pageNumbers: 1 });
    expect(lines(blocks)).toEqual(typed.filter((line) => line !== '第2页'));
  });

  it('knows page numbers and printed width', () => {
    for (const line of [
      '— 3 —',
      '- 12 -',
      '－3－',
      '第5页',
      '第 5 页 共 20 页',
      '3/20',
      '－ ３ －',
    ])
      expect(isPageNumber(line), line).toBe(true);
    for (const line of ['第五部分', '3', '2018年', '—— 2019年'])
      expect(isPageNumber(line), line).toBe(false);
    expect(isPageNumber('7', true)).toBe(true);
    expect(printedWidth('2018年')).toBe(3);
  });
});

describe('running heads of a PDF copy', () => {
  const page = (n: number) =>
    Array.from(
      { length: 20 },
      (_, line) => `第${n}页第${line + 1}行的正文，委员们围绕中心工作履职尽责，积极建言`,
    );

  it('drops a short line recurring at every page, and says which', () => {
    const text = [1, 2, 3, 4].flatMap((n) => [
      '政协某市第十二届委员会第五次会议文件',
      ...page(n),
      `— ${n} —`,
    ]);
    const { blocks, repair } = repairPdfText(textBlocks(text.join('\n')));
    expect(repair.runningHeads).toEqual(['政协某市第十二届委员会第五次会议文件']);
    expect(lines(blocks).join('')).not.toContain('会议文件');
  });

  it('keeps a heading that repeats without a page’s rhythm (主要做法 under each item)', () => {
    const text = [1, 2, 3, 4].flatMap((n) => [
      `（${'一二三四'[n - 1]}）第${n}项工作`,
      '主要做法',
      ...page(n).slice(0, n * 3),
      `— ${n} —`,
    ]);
    const { blocks, repair } = repairPdfText(textBlocks(text.join('\n')));
    expect(repair.runningHeads).toEqual([]);
    expect(lines(blocks).filter((line) => line === '主要做法')).toHaveLength(4);
  });
});

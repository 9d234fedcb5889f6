import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/import/blocks.ts';
import { splitLead } from '../../src/lib/import/numbering.ts';
import { parseStructure } from '../../src/lib/import/structure.ts';

const parse = (text: string) => parseStructure(textBlocks(text));

describe('parseStructure', () => {
  it('recognises provenance, a two-line title, subtitle, speaker and salutation', () => {
    const report = parse(
      '本文系邮箱投稿，仅供参考\n政协甲县第五届委员会常务委员会\n工作报告\n——2023年1月5日在政协甲县第五届委员会第二次会议上\n甲县政协主席　王某\n各位委员：\n正文第一段。',
    );
    expect(report.source).toBe('本文系邮箱投稿，仅供参考');
    expect(report.title).toBe('政协甲县第五届委员会常务委员会工作报告');
    expect(
      report.body.map((block) => (block.kind === 'paragraph' ? block.role : block.kind)),
    ).toEqual(['subtitle', 'speaker', 'salutation', 'text']);
  });

  it('splits parts, items with their lead phrase (keeping the 。) and deeper headings', () => {
    const report = parse(
      '乙区政协2021年工作总结\n开头。\n一、2021年工作回顾\n（一）抓提案，促落实。全年收到提案9件。\n1.严格审查。坚持标准。\n（1）重点督办。\n二、2022年工作安排\n(二)短标题\n说明文字。\n结束语！',
    );
    expect(report.body).toEqual([
      { kind: 'paragraph', text: '开头。', role: 'text' },
      { kind: 'part', heading: '一、2021年工作回顾' },
      { kind: 'item', heading: '（一）抓提案，促落实。', depth: 3 },
      { kind: 'paragraph', text: '全年收到提案9件。', role: 'text' },
      { kind: 'item', heading: '1.严格审查。', depth: 4 },
      { kind: 'paragraph', text: '坚持标准。', role: 'text' },
      { kind: 'item', heading: '（1）重点督办。', depth: 4 },
      { kind: 'part', heading: '二、2022年工作安排' },
      { kind: 'item', heading: '(二)短标题', depth: 3 },
      { kind: 'paragraph', text: '说明文字。', role: 'text' },
      { kind: 'paragraph', text: '结束语！', role: 'text' },
    ]);
  });

  it('makes the outermost numbering present the parts', () => {
    const report = parse('丙市政协2019年工作要点\n（一）围绕中心\n文字。\n1.细项\n（二）服务大局');
    expect(report.body.filter((block) => block.kind !== 'paragraph')).toEqual([
      { kind: 'part', heading: '（一）围绕中心' },
      { kind: 'item', heading: '1.细项', depth: 3 },
      { kind: 'part', heading: '（二）服务大局' },
    ]);
  });

  it('keeps unrecognised and over-long numbered lines as text, and a running first line is no title', () => {
    const long = `一、${'很长的段落'.repeat(20)}`;
    const report = parse(`2018年，全年工作稳步推进，成效明显。\n${long}\n1.5万元用于助学。`);
    expect(report.title).toBeUndefined();
    expect(report.body.map((block) => block.kind === 'paragraph' && block.role)).toEqual([
      'text',
      'text',
      'text',
    ]);
  });

  it('loses no line: every input line is in the title, source or a block', () => {
    const text =
      '来源：某办公室\n标题2020年\n——副标题会议上\n张三\n各位委员：\n一、部分\n（一）项。文。\n2．子项\n尾声';
    const report = parse(text);
    const out = [
      report.source,
      report.title,
      ...report.body.map((block) => JSON.stringify(block)),
    ].join('');
    for (const character of text.replace(/\s/g, '')) expect(out).toContain(character);
  });
});

describe('splitLead', () => {
  it('ends the heading at the first 。 when text follows', () => {
    expect(splitLead('（一）甲。乙。')).toEqual({ heading: '（一）甲。', rest: '乙。' });
  });
  it('takes a short line whole and refuses a long one without 。', () => {
    expect(splitLead('（一）甲乙')).toEqual({ heading: '（一）甲乙', rest: '' });
    expect(splitLead(`（一）${'甲'.repeat(80)}`)).toBeNull();
  });
});

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

  it('takes unnumbered year headings as parts when （一） items start over below them', () => {
    const report = parse(
      '东湖区政协工作报告\n2010年工作回顾\n（一）协商议政。文字。\n（二）民主监督\n2011年工作安排\n（一）加强学习\n结束语。',
    );
    expect(report.body.filter((block) => block.kind !== 'paragraph')).toEqual([
      { kind: 'part', heading: '2010年工作回顾' },
      { kind: 'item', heading: '（一）协商议政。', depth: 3 },
      { kind: 'item', heading: '（二）民主监督', depth: 3 },
      { kind: 'part', heading: '2011年工作安排' },
      { kind: 'item', heading: '（一）加强学习', depth: 3 },
    ]);
  });

  it('takes 回望/展望 headings as parts, with 1. items where a part has no （一）', () => {
    const report = parse(
      '某市政协工作报告\n回望2024：凝心聚力谱新篇\n1.协商更实。文字。\n2、监督更准。\n展望2025：奋楫笃行开新局\n1.坚持党的领导。\n政协某市委员会\n2025年1月6日',
    );
    expect(report.body.filter((block) => block.kind !== 'paragraph')).toEqual([
      { kind: 'part', heading: '回望2024：凝心聚力谱新篇' },
      { kind: 'item', heading: '1.协商更实。', depth: 3 },
      { kind: 'item', heading: '2、监督更准。', depth: 3 },
      { kind: 'part', heading: '展望2025：奋楫笃行开新局' },
      { kind: 'item', heading: '1.坚持党的领导。', depth: 3 },
    ]);
  });

  it('nests 一、 under 第一部分 and （一） below those; 1. items where a part has no （一）', () => {
    const report = parse(
      '某市政协工作报告\n第一部分　2016年工作回顾\n一、围绕中心\n（一）聚焦改革。文字。\n第二部分　2017年工作安排\n一、加强学习\n1.细化。\n',
    );
    expect(report.body.filter((block) => block.kind !== 'paragraph')).toEqual([
      { kind: 'part', heading: '第一部分　2016年工作回顾' },
      { kind: 'item', heading: '一、围绕中心', depth: 3 },
      { kind: 'item', heading: '（一）聚焦改革。', depth: 4 },
      { kind: 'part', heading: '第二部分　2017年工作安排' },
      { kind: 'item', heading: '一、加强学习', depth: 3 },
      { kind: 'item', heading: '1.细化。', depth: 4 },
    ]);
    const mixed = parse(
      '某区政协工作报告\n一、2019年工作回顾\n1.甲。\n2.乙。\n二、2020年工作安排\n（一）丙\n1.丁。',
    );
    expect(mixed.body.filter((block) => block.kind !== 'paragraph')).toEqual([
      { kind: 'part', heading: '一、2019年工作回顾' },
      { kind: 'item', heading: '1.甲。', depth: 3 },
      { kind: 'item', heading: '2.乙。', depth: 3 },
      { kind: 'part', heading: '二、2020年工作安排' },
      { kind: 'item', heading: '（一）丙', depth: 3 },
      { kind: 'item', heading: '1.丁。', depth: 4 },
    ]);
  });

  it('does not take a closing signature or a salutation-like line for a part', () => {
    const report = parse(
      '某区政协工作报告\n一、2019年工作回顾\n文字。\n同志们：\n让我们共同努力！\n政协某区委员会\n2020年1月3日',
    );
    expect(report.body.filter((block) => block.kind === 'part')).toHaveLength(1);
  });

  it('takes Word heading styles over typed numbering', () => {
    const report = parseStructure([
      { kind: 'line', text: '某区政协工作报告', style: 'title' },
      { kind: 'line', text: '一、2023年工作回顾', style: 1 },
      { kind: 'line', text: '（一）协商议政', style: 2 },
      { kind: 'line', text: '1.专题协商', style: 3 },
      { kind: 'line', text: '正文。' },
      { kind: 'line', text: '二、2024年工作安排', style: 1 },
    ]);
    expect(report.title).toBe('某区政协工作报告');
    expect(report.body).toEqual([
      { kind: 'part', heading: '一、2023年工作回顾' },
      { kind: 'item', heading: '（一）协商议政', depth: 3 },
      { kind: 'item', heading: '1.专题协商', depth: 4 },
      { kind: 'paragraph', text: '正文。', role: 'text' },
      { kind: 'part', heading: '二、2024年工作安排' },
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

import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/import/blocks.ts';
import { takeHead, unspaced } from '../../src/lib/import/head.ts';

const head = (text: string) => {
  const blocks = textBlocks(text);
  const result = takeHead(blocks);
  return { ...result, next: blocks[0]?.kind === 'line' ? blocks[0].text : undefined };
};

describe('takeHead', () => {
  it('joins a three-line title and removes letter-spacing', () => {
    const result = head(
      '中国人民政治协商会议\n第七届青溪县委员会常务委员会\n工 作 报 告\n——2020年12月28日在政协第七届青溪县委员会第五次会议上\n各位委员：\n正文。',
    );
    expect(result.title).toBe('中国人民政治协商会议第七届青溪县委员会常务委员会工作报告');
    expect(result.lines.map((line) => line.role)).toEqual(['subtitle', 'salutation']);
    expect(result.next).toBe('正文。');
    expect(unspaced('工　作　报　告')).toBe('工作报告');
    expect(unspaced('政协 工作')).toBe('政协 工作');
  });

  it('keeps a news dateline and web provenance as source, drops navigation debris', () => {
    const result = head(
      '首页 > 政协动态 > 正文\n发布时间：2011-01-20　来源：东湖日报\n【字号：大 中 小】【打印】【关闭】\n新华社北京3月13日电\n东湖区政协2010年工作总结\n正文。',
    );
    expect(result.source).toBe('发布时间：2011-01-20　来源：东湖日报　新华社北京3月13日电');
    expect(result.dropped).toEqual([
      '首页 > 政协动态 > 正文',
      '【字号：大 中 小】【打印】【关闭】',
    ]);
    expect(result.title).toBe('东湖区政协2010年工作总结');
  });

  it('takes a web page’s data and buttons between title and text, and its links after the text', () => {
    const blocks = textBlocks(
      '西塘县政协工作报告\n发布时间：2019-01-15 09:30　来源：西塘日报　浏览次数：1234\n【字体：大 中 小】【打印】\n各位委员：\n正文在这里。\n最后一段。\n（完）\n上一篇：关于召开会议的决定\n责任编辑：沈某',
    );
    const result = takeHead(blocks);
    expect(result.source).toBe('发布时间：2019-01-15 09:30　来源：西塘日报');
    expect(result.dropped).toEqual([
      '【字体：大 中 小】【打印】',
      '（完）',
      '上一篇：关于召开会议的决定',
      '责任编辑：沈某',
    ]);
    expect(result.lines).toEqual([{ role: 'salutation', text: '各位委员：' }]);
    expect(blocks.map((block) => (block.kind === 'line' ? block.text : ''))).toEqual([
      '正文在这里。',
      '最后一段。',
    ]);
  });

  it('takes a meeting document’s label before the title as source, not as part of the title', () => {
    const result = head(
      '政协宁远县第十届委员会第五次会议文件（1）\n大会材料之三\n（此件公开发布）\n政协宁远县委员会常务委员会工作报告\n各位委员：\n正文。',
    );
    expect(result.title).toBe('政协宁远县委员会常务委员会工作报告');
    expect(result.source).toBe(
      '政协宁远县第十届委员会第五次会议文件（1）　大会材料之三　（此件公开发布）',
    );
  });

  it('reads a WeChat article: account and time as source, photo caption and credits left out', () => {
    const blocks = textBlocks(
      '政协宁远县委员会常务委员会工作报告\n宁远政协 2021-01-14 08:30\n▲1月12日，会议开幕\n各位委员：\n正文。\n来源：宁远县政协办公室\n编辑：李某\n审核：王某',
    );
    const result = takeHead(blocks);
    expect(result.source).toBe('宁远政协 2021-01-14 08:30　来源：宁远县政协办公室');
    expect(result.dropped).toEqual(['▲1月12日，会议开幕', '编辑：李某', '审核：王某']);
    expect(blocks).toHaveLength(1);
  });

  it('keeps a sentence as text even when it holds what page furniture holds', () => {
    const blocks = textBlocks(
      '丁区政协工作报告\n2020年，丁区政协把<民生实事>抓紧抓实，来源：群众反映。\n结尾写着上一篇：不是链接。',
    );
    const result = takeHead(blocks);
    expect(result.dropped).toEqual([]);
    expect(result.source).toBeUndefined();
    expect(blocks).toHaveLength(2);
  });

  it('takes reporters after a dateline, and full-width digits in it, as provenance too', () => {
    const result = head(
      '新华社北京３月１３日电（记者 张某、李某）\n中国人民政治协商会议第十四届全国委员会常务委员会工作报告\n正文。',
    );
    expect(result.source).toBe('新华社北京３月１３日电（记者 张某、李某）');
    expect(result.title).toBe('中国人民政治协商会议第十四届全国委员会常务委员会工作报告');
  });

  it('splits a dateline glued to the title', () => {
    const result = head(
      '新华社北京3月13日电 中国人民政治协商会议第十四届全国委员会常务委员会工作报告\n正文。',
    );
    expect(result.source).toBe('新华社北京3月13日电');
    expect(result.title).toBe('中国人民政治协商会议第十四届全国委员会常务委员会工作报告');
  });

  it('reads a bracketed subtitle, a date line and a speaker before the salutation', () => {
    const result = head(
      '政协临川市委员会常务委员会\n工　作　报　告\n（2022年1月12日）\n市政协主席　王某某\n各位委员、同志们：\n一年来，……',
    );
    expect(result.title).toBe('政协临川市委员会常务委员会工作报告');
    expect(result.lines).toEqual([
      { role: 'date', text: '（2022年1月12日）' },
      { role: 'speaker', text: '市政协主席　王某某' },
      { role: 'salutation', text: '各位委员、同志们：' },
    ]);
  });

  it('splits a speaker glued to the salutation, and a salutation glued to the first paragraph', () => {
    expect(head('青溪县政协工作报告\n县政协主席　李某某各位委员：\n正文。').lines).toEqual([
      { role: 'speaker', text: '县政协主席　李某某' },
      { role: 'salutation', text: '各位委员：' },
    ]);
    const glued = head('青溪县政协工作报告\n各位委员：现在，我代表常务委员会报告工作。\n一、…');
    expect(glued.lines).toEqual([{ role: 'salutation', text: '各位委员：' }]);
    expect(glued.next).toBe('现在，我代表常务委员会报告工作。');
  });

  it('finds no title when the text starts with running text', () => {
    expect(head('2018年，全区工作稳步推进。\n一、工作回顾').title).toBeUndefined();
  });
});

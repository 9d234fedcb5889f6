import { describe, expect, it } from 'vitest';
import { inlineText, reportSections, sentencesOf } from '../../src/lib/sections.ts';

const body = `2017年，甲区政协紧扣全区中心工作，
扎实推进各项工作。

## 一、2017年工作完成情况

### （一）落实提案办理**回头看**。

对2016年的提案逐件回访，见[通知](https://example.org/a)，收到意见\\{12\\}条。

#### 1. 更深一层

更深一层的文字仍属于上面的条目。

## 二、2018年工作安排

总体要求是稳中求进。

### （一）加强理论学习。

| 项目 | 次数 |
| --- | --- |
| 集中学习 | 6 |
`;

const headings = [
  { depth: 2, slug: '一2017年工作完成情况', text: '一、2017年工作完成情况' },
  { depth: 3, slug: '一落实提案办理回头看', text: '（一）落实提案办理回头看。' },
  { depth: 4, slug: '1-更深一层', text: '1. 更深一层' },
  { depth: 2, slug: '二2018年工作安排', text: '二、2018年工作安排' },
  { depth: 3, slug: '一加强理论学习', text: '（一）加强理论学习。' },
];

describe('reportSections', () => {
  const sections = reportSections(body, headings, { year: 2017 });

  it('splits the body at parts and items, giving each the id of its heading on the page', () => {
    expect(sections.map((s) => [s.depth, s.id, s.kind, s.partId])).toEqual([
      [0, '', 'other', ''],
      [2, '一2017年工作完成情况', 'summary', '一2017年工作完成情况'],
      [3, '一落实提案办理回头看', 'summary', '一2017年工作完成情况'],
      [2, '二2018年工作安排', 'plan', '二2018年工作安排'],
      [3, '一加强理论学习', 'plan', '二2018年工作安排'],
    ]);
  });

  it('joins wrapped Chinese lines without a space and resolves Markdown to the text shown', () => {
    expect(sections[0]!.paragraphs).toEqual([
      '2017年，甲区政协紧扣全区中心工作，扎实推进各项工作。',
    ]);
    expect(sections[2]!.paragraphs).toEqual([
      '对2016年的提案逐件回访，见通知，收到意见{12}条。',
      '1. 更深一层',
      '更深一层的文字仍属于上面的条目。',
    ]);
    expect(sections[2]!.heading).toBe('（一）落实提案办理回头看。');
  });

  it('keeps a part’s own text and reads tables row by row', () => {
    expect(sections[3]!.paragraphs).toEqual(['总体要求是稳中求进。']);
    expect(sections[4]!.paragraphs).toEqual(['项目\u3000次数', '集中学习\u30006']);
  });

  it('still splits the body when the page’s headings are not known (ids empty)', () => {
    const bare = reportSections(body, []);
    expect(bare.filter((s) => s.depth === 3).map((s) => [s.id, s.heading])).toEqual([
      ['', '（一）落实提案办理回头看。'],
      ['', '（一）加强理论学习。'],
    ]);
  });

  it('does not take a heading inside a code fence, and pairs ids by text so an odd line never shifts them', () => {
    const odd = reportSections('```\n## 不是标题\n```\n\n## 一、甲\n\n正文。', [
      { depth: 2, slug: 'a', text: '一、甲' },
    ]);
    expect(odd.filter((s) => s.depth === 2).map((s) => s.id)).toEqual(['a']);
  });
});

describe('inlineText', () => {
  it('drops emphasis marks and tags, keeps escaped characters', () => {
    expect(inlineText('**重点**提案\\*3\\_件<br/>')).toBe('重点提案*3_件');
  });
});

describe('sentencesOf', () => {
  it('ends a sentence at 。！？； and keeps a closing quote with it', () => {
    expect(sentencesOf('开展“回头看。”满意率95%！还有不足；最后一句')).toEqual([
      '开展“回头看。”',
      '满意率95%！',
      '还有不足；',
      '最后一句',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { keywordHits, sectionTopics, topicScores } from '../../src/lib/topics/classify.ts';
import { capTopics, LEAD_TOPIC_LIMIT, leadTopics } from '../../src/lib/topics/lead.ts';
import { reportSections } from '../../src/lib/sections.ts';
import { topicSchema } from '../../src/lib/schema/topic.ts';

const VOCABULARY = (parse(readFileSync('src/content/topics.yaml', 'utf8')) as unknown[]).map(
  (topic) => topicSchema.parse(topic),
);

const topics = [
  { id: 'tian', keywords: ['提案', '提案办理'] },
  { id: 'jiandu', keywords: ['民主监督'] },
  { id: 'watch', keywords: ['监督'] },
  { id: 'xuexi', keywords: ['学习', '理论学习'] },
];

describe('keywordHits', () => {
  it('counts every keyword once, longest first, so a longer keyword is not also a shorter one', () => {
    const hits = keywordHits('提案办理和提案督办；开展民主监督与监督检查。', topics);
    expect(Object.fromEntries(hits)).toEqual({ tian: 2, jiandu: 1, watch: 1 });
  });

  it('finds nothing with an empty vocabulary', () => {
    expect(keywordHits('提案', []).size).toBe(0);
  });
});

describe('sectionTopics', () => {
  it('counts a keyword in the heading twice', () => {
    expect(
      Object.fromEntries(topicScores({ heading: '做好提案工作', text: '提案' }, topics)),
    ).toEqual({
      tian: 3,
    });
  });

  it('needs a keyword in the heading or two in the text', () => {
    expect(
      sectionTopics({ heading: '（一）加强理论学习。', text: '组织委员集中研讨。' }, topics),
    ).toEqual(['xuexi']);
    expect(sectionTopics({ text: '委员提交提案，开展学习。' }, topics)).toEqual([]);
    expect(sectionTopics({ text: '提案办理回头看，对提案逐件回访。' }, topics)).toEqual(['tian']);
  });

  it('takes one mention as enough for a topic the report itself leads with', () => {
    const section = { text: '委员提交提案，开展学习。' };
    expect(sectionTopics(section, topics, ['tian'])).toEqual(['tian']);
  });
});

// A report of the seed's kind: most of it about 提案 and 社情民意, one passing mention of 视察.
const REPORT = `## 一、2019年工作回顾

### （一）做好提案工作。

全年共收到提案186件，立案172件。重点提案由主席会议成员领衔督办，提案办理质量不断提高，提案办理回头看取得实效，承办单位对提案逐件答复。

### （二）做好社情民意信息工作。

全年报送社情民意信息96条，反映群众呼声，推动解决热点难点问题。社情民意信息联系点覆盖各镇街，社情民意信息质量稳步提高。

### （三）加强理论学习。

组织委员开展理论学习和主题教育，学习贯彻全会精神，筑牢思想政治基础，巩固理论学习成果。

### （四）其他工作。

委员们还参加了一次视察，并就民生问题提出意见。
`;

describe('leadTopics', () => {
  const sections = reportSections(REPORT, []).map((section) => ({
    heading: section.heading,
    text: section.paragraphs.join('\n'),
  }));

  it('ranks the topics by how much of the report deals with them, leaving passing mentions out', () => {
    expect(leadTopics(sections, VOCABULARY)).toEqual([
      'tian-gongzuo',
      'sheqing-minyi',
      'lilun-xuexi',
    ]);
  });

  it('takes a whole text too, split into paragraphs', () => {
    expect(leadTopics(REPORT, VOCABULARY)).toEqual([
      'tian-gongzuo',
      'sheqing-minyi',
      'lilun-xuexi',
    ]);
  });

  it('returns at most `limit` topics, five by default', () => {
    const everything = VOCABULARY.map((topic) => ({ heading: topic.keywords[0], text: '' }));
    expect(leadTopics(everything, VOCABULARY)).toHaveLength(LEAD_TOPIC_LIMIT);
    expect(leadTopics(sections, VOCABULARY, 1)).toEqual(['tian-gongzuo']);
    expect(leadTopics(sections, VOCABULARY, 0)).toEqual([]);
  });

  it('leaves out a topic below 4% of the report even with a heading of its own', () => {
    const long = [...sections, { heading: '视察', text: '' }, { text: '提案'.repeat(400) }];
    expect(leadTopics(long, VOCABULARY)).not.toContain('shicha');
  });

  it('breaks ties by keyword hits, then by the vocabulary’s order', () => {
    const tied = [
      { heading: '民主监督', text: '甲' },
      { heading: '提案', text: '提案甲' },
    ];
    expect(leadTopics(tied, VOCABULARY)).toEqual(['tian-gongzuo', 'minzhu-jiandu']);
    expect(leadTopics([{ text: '提案提案民主监督民主监督' }], VOCABULARY)).toEqual([
      'minzhu-jiandu',
      'tian-gongzuo',
    ]);
  });

  it('gives nothing for a text without keywords', () => {
    expect(leadTopics('今天天气很好。', VOCABULARY)).toEqual([]);
  });
});

describe('capTopics', () => {
  it('keeps a list of five or fewer as written', () => {
    expect(capTopics(['minsheng', 'shicha'], REPORT, VOCABULARY)).toEqual(['minsheng', 'shicha']);
  });

  it('ranks a longer list by the body, keeping only topics from the list', () => {
    const all = VOCABULARY.map((topic) => topic.id).filter((id) => id !== 'sheqing-minyi');
    expect(capTopics(all, REPORT, VOCABULARY)).toEqual(['tian-gongzuo', 'lilun-xuexi']);
  });

  it('falls back to the first five when the body says nothing of them', () => {
    const all = VOCABULARY.map((topic) => topic.id);
    expect(capTopics(all, '无关的文字。', VOCABULARY)).toEqual(all.slice(0, 5));
  });
});

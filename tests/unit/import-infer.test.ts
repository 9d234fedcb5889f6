import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/import/blocks.ts';
import { asciiDigits } from '../../src/lib/years.ts';
import { findFigures } from '../../src/lib/import/figures.ts';
import { inferFrontmatter } from '../../src/lib/import/frontmatter.ts';
import { parseStructure } from '../../src/lib/import/structure.ts';
import { bodySections, reportTopics } from '../../src/lib/import/topics.ts';

const TOPICS = [
  { id: 'tian', keywords: ['提案'] },
  { id: 'jiandu', keywords: ['民主监督', '专项监督'] },
  { id: 'xuexi', keywords: ['理论学习'] },
];
const infer = (text: string, knownCommittee?: string) =>
  inferFrontmatter(parseStructure(textBlocks(text)), {
    topics: TOPICS,
    defaultCommittee: '默认政协',
    knownCommittee,
  }).frontmatter;

describe('inferFrontmatter', () => {
  it('reads the facts of a report given at a plenary meeting', () => {
    const data = infer(
      '政协甲县第五届委员会常务委员会\n工作报告\n——２０２３年1月5日在政协甲县第五届委员会第二次会议上\n各位委员：\n一年来，甲县政协聚焦中心工作，扎实开展民主监督，全年共收到提案86件。\n一、过去一年的主要工作\n（一）做好提案工作。提案办理质量提高。\n二、今后工作安排\n（一）加强学习。',
    );
    expect(data).toMatchObject({
      title: '政协甲县第五届委员会常务委员会工作报告',
      year: 2022,
      planYear: 2023,
      committee: '甲县政协',
      term: '第五届',
      meeting: '政协甲县第五届委员会第二次会议',
      date: '2023-01-05',
      summary: '一年来，甲县政协聚焦中心工作，扎实开展民主监督，全年共收到提案86件。',
      topics: ['tian'],
      figures: [{ label: '提案', value: 86, unit: '件', approximate: false }],
    });
    expect(data).not.toHaveProperty('source');
  });

  it('takes years from the title and parts, and the committee from the folder first', () => {
    const data = infer(
      '乙区政协2018年工作总结\n一、2018年工作完成情况\n正文说明了很多具体的工作内容和成效。\n二、2019年工作安排\n继续做好各项工作。',
      '乙区人民政协',
    );
    expect(data).toMatchObject({ year: 2018, planYear: 2019, committee: '乙区人民政协' });
    expect(data).not.toHaveProperty('term');
  });

  it('falls back to site.yaml’s committee and a made-up title; no plan part means no planYear', () => {
    const data = infer(
      '2017年，本会认真履行职责，各项工作取得新进展，群众满意度提高。\n（一）开展理论学习。',
    );
    expect(data).toMatchObject({
      title: '默认政协2017年工作报告',
      year: 2017,
      committee: '默认政协',
      topics: ['xuexi'],
    });
    expect(data).not.toHaveProperty('planYear');
  });

  it('fails, saying why, when no year is found', () => {
    expect(() => infer('工作汇报\n一、主要工作\n开展协商。')).toThrow(/找不到年份/);
  });
});

describe('asciiDigits', () => {
  it('reads full-width digits and dates in Chinese numerals, leaving other numerals alone', () => {
    expect(asciiDigits('２０２２年1月5日')).toBe('2022年1月5日');
    expect(asciiDigits('二〇二二年一月十日')).toBe('2022年1月10日');
    expect(asciiDigits('二〇〇五年十二月二十一日')).toBe('2005年12月21日');
    expect(asciiDigits('十九届一中全会，三次会议')).toBe('十九届一中全会，三次会议');
  });

  it('lets a subtitle in Chinese numerals give the date and the year', () => {
    const data = infer(
      '政协甲县委员会常务委员会工作报告\n——二〇二〇年一月十六日在政协甲县第三届委员会第四次会议上\n正文说明了很多具体的工作内容和成效。',
    );
    expect(data).toMatchObject({
      year: 2019,
      date: '2020-01-16',
      meeting: '政协甲县第三届委员会第四次会议',
    });
  });
});

describe('findFigures', () => {
  it('finds counts with their labels, redactions as null, hedges as approximate', () => {
    expect(
      findFigures(
        '全年共报送社情民意信息XX余条，资助款物XX余万元。立案1,208件；资助困难学生约30人。',
      ),
    ).toEqual([
      { label: '社情民意信息', value: null, unit: '条', approximate: true },
      { label: '资助款物', value: null, unit: '万元', approximate: true },
      { label: '立案', value: 1208, unit: '件', approximate: false },
      { label: '资助困难学生', value: 30, unit: '人', approximate: true },
    ]);
  });
  it('ignores numbers that count what follows them, years, and lead-ins alone', () => {
    expect(
      findFigures('围绕我区X件惠民实事，2018年，共XX名成员组成，精选X篇有见地的论文。'),
    ).toEqual([]);
  });
});

describe('reportTopics', () => {
  const body = parseStructure(
    textBlocks(
      '某区政协工作报告\n开头一段。\n一、2018年工作回顾\n（一）提案工作。全年收到提案86件，提案办理质量提高，提案答复率100%。\n（二）民主监督。开展专项监督两次。\n（三）理论学习。',
    ),
  ).body;

  it('reads the body as sections: each heading with the text below it', () => {
    expect(bodySections(body).map((section) => section.heading ?? '')).toEqual([
      '',
      '一、2018年工作回顾',
      '（一）提案工作。',
      '（二）民主监督。',
      '（三）理论学习。',
    ]);
  });

  it('ranks lead topics by how much of the report deals with them, at most five', () => {
    expect(reportTopics(body, TOPICS)).toEqual(['tian', 'jiandu', 'xuexi']);
    const many = Array.from({ length: 8 }, (_, index) => ({ id: `t${index}`, keywords: ['提案'] }));
    expect(reportTopics(body, many)).toHaveLength(5);
  });
});

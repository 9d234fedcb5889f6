import { describe, expect, it } from 'vitest';
import {
  excerpt,
  itemHref,
  planReview,
  reviewItems,
  reviewTally,
} from '../../src/lib/crossyear/review.ts';
import type { ReportSection } from '../../src/lib/sections.ts';
import { indexArchive } from '../../src/lib/crossyear/archive-index.ts';
import { reviewPageData } from '../../src/lib/crossyear/review-page.ts';

const section = (
  depth: 0 | 2 | 3,
  id: string,
  heading: string,
  kind: ReportSection['kind'],
  partId: string,
  paragraphs: string[] = [],
): ReportSection => ({ depth, id, heading, kind, partId, paragraphs });

// 2016's report: a summary and a plan with items; 2017's: a summary with a shortcomings paragraph.
const PREVIOUS = [
  section(2, 's', '一、2016年工作完成情况', 'summary', 's'),
  section(3, 's1', '（一）狠抓提案办理。', 'summary', 's', ['全年共收到提案120件。']),
  section(2, 'p', '二、2017年工作安排', 'plan', 'p', ['总体要求是稳中求进。']),
  section(3, 'p1', '（一）继续做好提案工作。', 'plan', 'p', [
    '2017年将建立提案办理回头看机制，对往年提案开展跟踪评估。',
  ]),
  section(3, 'p2', '（二）深化调查研究。', 'plan', 'p', [
    '围绕乡村振兴课题开展专题调研，形成高质量调研报告。',
  ]),
  section(3, 'p3', '（三）推进文史资料征编。', 'plan', 'p', ['启动文史资料征集编撰工作。']),
];
const CURRENT = [
  section(0, '', '', 'other', '', ['2017年，甲区政协扎实推进各项工作。']),
  section(2, 'c', '一、2017年工作完成情况', 'summary', 'c'),
  section(3, 'c1', '（一）落实提案办理回头看。', 'summary', 'c', [
    '对2016年的提案逐件回访，群众满意度明显提高。',
  ]),
  section(3, 'c2', '（二）完成乡村振兴专题调研。', 'summary', 'c', [
    '形成的调研报告被区委采纳，推动出台三项政策。',
    '一年来的工作也存在不足：调研成果转化还不够充分，委员履职的积极性有待提高。',
  ]),
  section(3, 'c3', '（三）开展湿地保护专项监督。', 'summary', 'c', ['委员们多次前往北湖湿地。']),
  section(2, 'n', '二、2018年工作安排', 'plan', 'n'),
  section(3, 'n1', '（一）加强理论学习。', 'plan', 'n', ['组织委员开展集中学习。']),
];

describe('reviewItems', () => {
  it('takes the items under parts of the kind, not the part’s own opening text', () => {
    expect(reviewItems(PREVIOUS, 'plan').map((item) => item.id)).toEqual(['p1', 'p2', 'p3']);
    expect(reviewItems(PREVIOUS, 'summary').map((item) => item.heading)).toEqual([
      '（一）狠抓提案办理。',
    ]);
  });

  it('makes each paragraph an item where a part has no items, led by its first sentence', () => {
    const items = reviewItems(
      [
        section(2, 'p', '二、2021年工作建议', 'plan', 'p', [
          '一是推动茶叶品牌建设。召开专题协商会。',
          '二是开展民主监督。',
        ]),
      ],
      'plan',
    );
    expect(items).toEqual([
      {
        id: 'p',
        heading: '一是推动茶叶品牌建设。',
        text: '召开专题协商会。',
        sentence: '一是推动茶叶品牌建设。',
      },
      { id: 'p', heading: '二是开展民主监督。', text: '', sentence: '二是开展民主监督。' },
    ]);
  });
});

describe('planReview', () => {
  const review = planReview(PREVIOUS, CURRENT);

  it('pairs last year’s plan items with this year’s summary items that carried them out', () => {
    expect(
      review.rows.map((row) => [row.plan.id, row.matches.map((match) => match.item.id)]),
    ).toEqual([
      ['p1', ['c1']],
      ['p2', ['c2']],
      ['p3', []],
    ]);
  });

  it('lists plan items with no record, and summary items the plan did not name', () => {
    expect(review.unmatched.map((item) => item.heading)).toEqual(['（三）推进文史资料征编。']);
    expect(review.unplanned.map((item) => item.id)).toEqual(['c3']);
  });

  it('quotes this year’s own account of its shortcomings, from outside the plan', () => {
    expect(review.shortcomings).toEqual([
      '一年来的工作也存在不足：调研成果转化还不够充分，委员履职的积极性有待提高。',
    ]);
  });

  it('sums the review up in a sentence', () => {
    expect(reviewTally(review)).toBe('共 3 项安排：2 项有落实记载，1 项未见落实记载。');
    expect(reviewTally(planReview([], CURRENT))).toBe('上一年的报告中没有可以对照的工作安排条目。');
  });
});

describe('item links and excerpts', () => {
  it('link an item to its heading, a paragraph item to its sentence', () => {
    expect(itemHref('/r/2017/', { id: 'c1', heading: 'x', text: '' })).toBe('/r/2017/#c1');
    expect(
      itemHref('/r/2017/', {
        id: 'p',
        heading: '二是开展监督。',
        text: '',
        sentence: '二是开展监督。',
      }),
    ).toBe(`/r/2017/#p:~:text=${encodeURIComponent('二是开展监督。')}`);
    expect(itemHref('/r/2017/', { id: '', heading: 'x', text: '' })).toBe('/r/2017/');
  });

  it('cut long text at a number of characters', () => {
    expect(excerpt('一二三四五', 3)).toBe('一二三……');
    expect(excerpt('一二三', 3)).toBe('一二三');
  });
});

describe('reviewPageData', () => {
  const report = (id: string, year: number) => ({
    id,
    committee: '甲区政协',
    year,
    entry: { data: { title: `甲区政协${year}年工作总结` } },
  });
  const index = indexArchive([
    report('a/2016', 2016),
    report('a/2017', 2017),
    report('a/2018', 2018),
  ]);
  const review = planReview(PREVIOUS, CURRENT);

  it('names the two reports and links the reviews of the years around it', () => {
    const page = reviewPageData(report('a/2017', 2017), report('a/2016', 2016), review, index);
    expect(page).toEqual({
      title: '甲区政协2017年工作安排落实情况对照',
      description:
        '甲区政协2016年工作总结中的工作安排与甲区政协2017年工作总结对照：共 3 项安排：2 项有落实记载，1 项未见落实记载。',
      planHref: '/reports/a/2016/',
      summaryHref: '/reports/a/2017/',
      earlier: undefined,
      later: { href: '/reports/a/2018/review/', year: 2018 },
      committee: { name: '甲区政协', href: '/committees/a/' },
    });
    const last = reviewPageData(report('a/2018', 2018), report('a/2017', 2017), review, index);
    expect([last.earlier, last.later]).toEqual([
      { href: '/reports/a/2017/review/', year: 2017 },
      undefined,
    ]);
  });
});

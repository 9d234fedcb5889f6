import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  matchPlanItems,
  MIN_SCORE,
  similarityMatrix,
  strengthOf,
  type MatchItem,
} from '../../src/lib/crossyear/match.ts';
import { topicSchema } from '../../src/lib/schema/topic.ts';

const TOPICS = (parse(readFileSync('src/content/topics.yaml', 'utf8')) as unknown[]).map((topic) =>
  topicSchema.parse(topic),
);
const item = (heading: string, text = ''): MatchItem => ({ heading, text });

// Last year's plan and this year's summary of one committee, worded as reports word them: the
// summary reports the same work in other words, and each side has an item the other lacks.
const PLAN = [
  item(
    '（一）聚焦全区中心工作，深化专题协商。',
    '围绕乡村振兴和老城区更新改造，召开两次专题议政性常委会议，邀请区政府有关部门负责人到会听取意见。',
  ),
  item(
    '（二）完善提案办理机制，提高办理实效。',
    '建立重点提案由区领导领衔督办制度，开展提案办理“回头看”，对答复件进行满意度测评。',
  ),
  item(
    '（三）拓宽社情民意信息渠道。',
    '在各镇街设立社情民意联系点，发挥委员联系群众的作用，全年报送信息不少于80条。',
  ),
  item('（四）加强委员学习培训。', '举办委员学习培训班，组织委员赴先进地区学习考察。'),
  item('（五）推进文史资料征编。', '启动《甲区老字号》文史资料征集编撰工作，年内完成初稿。'),
];
const SUMMARY = [
  item(
    '（一）围绕乡村振兴开展专题协商。',
    '召开专题议政性常委会议两次，就乡村振兴和老城区更新改造提出建议十二条，区政府逐条研究落实。',
  ),
  item(
    '（二）提案办理质量明显提高。',
    '全年收到提案186件，立案172件。实行重点提案区领导领衔督办，开展提案办理回头看，答复满意率达到95%。',
  ),
  item(
    '（三）社情民意信息工作成效显著。',
    '在12个镇街设立社情民意联系点，全年报送信息96条，其中12条获得区委区政府领导批示。',
  ),
  item('（四）委员学习培训常态化。', '举办委员学习培训班两期，参训委员210人次。'),
  item(
    '（五）开展脱贫攻坚民主监督。',
    '组织委员对脱贫攻坚政策落实情况开展专项民主监督，推动问题整改。',
  ),
];

describe('matchPlanItems', () => {
  const matches = matchPlanItems(PLAN, SUMMARY, TOPICS);

  it('matches each plan item to the summary item that carried it out', () => {
    expect(matches.map((row) => row.map((match) => match.index))).toEqual([[0], [1], [2], [3], []]);
  });

  it('says how strong each match is', () => {
    for (const row of matches.slice(0, 4)) {
      expect(row[0]!.score).toBeGreaterThan(0.4);
      expect(row[0]!.strength).toBe('strong');
    }
  });

  it('finds a match worded differently, if weaker', () => {
    const [row] = matchPlanItems(
      [item('（二）深化调查研究。', '围绕乡村振兴课题开展专题调研，形成高质量调研报告。')],
      [
        item('（一）落实提案办理回头看。', '对2016年的提案逐件回访，群众满意度明显提高。'),
        item('（二）完成乡村振兴专题调研。', '形成的调研报告被区委采纳，推动出台三项政策。'),
      ],
      TOPICS,
    );
    expect(row!.map((match) => match.index)).toEqual([1]);
    expect(row![0]!.strength).not.toBe('strong');
  });

  it('lists several summary items when a plan item was carried out by more than one', () => {
    const [row] = matchPlanItems(
      [item('（一）做好提案和社情民意信息工作。', '提高提案办理质量，拓宽社情民意信息渠道。')],
      [
        item('（一）提案办理质量提高。', '提案办理满意率达到95%。'),
        item('（二）社情民意信息渠道拓宽。', '设立社情民意信息联系点。'),
        item('（三）开展湿地保护专项监督。', '委员多次前往北湖湿地。'),
      ],
      TOPICS,
    );
    expect(row!.map((match) => match.index).sort()).toEqual([0, 1]);
  });
});

describe('pairs that must not match', () => {
  // Each pair shares only the words every item of a report uses (工作, 委员, 开展, 加强, 做好 …).
  const PAIRS: [MatchItem, MatchItem][] = [
    [
      item('（一）做好提案工作。', '加强提案工作，开展提案督办。'),
      item('（一）做好社情民意信息工作。', '加强社情民意信息工作，开展信息报送。'),
    ],
    [
      item('（五）推进文史资料征编。', '启动文史资料征集编撰工作。'),
      item('（五）开展脱贫攻坚民主监督。', '组织委员开展专项民主监督工作。'),
    ],
    [
      item('（一）加强理论学习。', '组织委员开展集中学习，筑牢共同思想政治基础。'),
      item(
        '（一）开展湿地保护专项监督。',
        '委员们多次前往北湖湿地，就湿地保护条例的执行情况提出意见。',
      ),
    ],
    [
      item('（三）加强委员队伍建设。', '进一步加强委员队伍建设，提高委员履职能力。'),
      item('（三）加强机关建设。', '进一步加强机关建设，提高机关服务能力。'),
    ],
    [item('（二）围绕乡村振兴开展调研。', ''), item('（二）围绕城市更新开展视察。', '')],
  ];

  for (const [plan, summary] of PAIRS) {
    it(`${plan.heading} ≠ ${summary.heading}`, () => {
      // Alone, and among the two years' other items (where generic words weigh least).
      expect(matchPlanItems([plan], [summary], TOPICS)).toEqual([[]]);
      const [row] = matchPlanItems([plan, ...PLAN], [summary, ...SUMMARY], TOPICS);
      expect(row!.map((match) => match.index)).not.toContain(0);
    });
  }
});

describe('similarityMatrix', () => {
  it('is 0 for items with no bigram in common and rises with shared wording', () => {
    const [[none, some, same]] = [
      similarityMatrix(
        [item('提案办理', '重点提案督办')],
        [
          item('湿地保护', '北湖湿地'),
          item('提案质量', '重点提案回访'),
          item('提案办理', '重点提案督办'),
        ],
      )[0]!,
    ];
    expect(none).toBe(0);
    expect(some).toBeGreaterThan(0);
    expect(same).toBeGreaterThan(some!);
  });

  it('gives a bonus for shared work areas, never above 1', () => {
    const plain = similarityMatrix([item('提案办理回访')], [item('提案办理回访')])[0]![0]!;
    const bonus = similarityMatrix([item('提案办理回访')], [item('提案办理回访')], TOPICS)[0]![0]!;
    expect(bonus).toBeGreaterThanOrEqual(plain);
    expect(bonus).toBeLessThanOrEqual(1);
  });

  it('handles empty sides', () => {
    expect(matchPlanItems([], SUMMARY)).toEqual([]);
    expect(matchPlanItems(PLAN, [])).toEqual(PLAN.map(() => []));
  });
});

describe('strengthOf', () => {
  it('names strong, medium and weak matches', () => {
    expect([strengthOf(0.8), strengthOf(0.3), strengthOf(MIN_SCORE)]).toEqual([
      'strong',
      'medium',
      'weak',
    ]);
  });
});

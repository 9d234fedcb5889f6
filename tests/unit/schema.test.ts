import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/lib/schema/report.ts';
import { siteSchema } from '../../src/lib/schema/site.ts';
import { topicSchema } from '../../src/lib/schema/topic.ts';

const goodReport = {
  title: '政协2018年工作总结',
  year: 2018,
  planYear: 2019,
  committee: 'XX区政协',
  term: 'X届',
  summary: '2018年是X届政协的开局之年，常委会围绕中心工作开展协商监督。',
  topics: ['tian-gongzuo'],
  figures: [{ label: '社情民意信息', value: null, unit: '条', approximate: true }],
  source: '本文系邮箱投稿',
};

/** The messages of a failed parse, each prefixed with its field path. */
function problems(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('reportSchema', () => {
  it('parses a complete report and fills defaults', () => {
    const parsed = reportSchema.parse({ ...goodReport, topics: undefined, figures: undefined });
    expect(parsed.topics).toEqual([]);
    expect(parsed.figures).toEqual([]);
    expect(parsed.draft).toBe(false);
  });

  it('accepts a report without a plan and coerces dates', () => {
    const { planYear: _planYear, ...noPlan } = goodReport;
    const parsed = reportSchema.parse({ ...noPlan, date: '2019-01-10' });
    expect(parsed.planYear).toBeUndefined();
    expect(parsed.date?.toISOString()).toBe('2019-01-10T00:00:00.000Z');
  });

  it('rejects a plan year that is not after the year, naming planYear', () => {
    expect(problems(reportSchema.safeParse({ ...goodReport, planYear: 2018 }))).toEqual([
      'planYear: planYear（2018）必须晚于 year（2018）',
    ]);
  });

  it('rejects a missing title and a text year', () => {
    const messages = problems(
      reportSchema.safeParse({ ...goodReport, title: '', year: '二〇一八' }),
    );
    expect(messages).toContain('title: title 不能为空');
    expect(messages.some((message) => message.startsWith('year: year 必须是四位年份数字'))).toBe(
      true,
    );
  });

  it('rejects years out of range and a too-short summary', () => {
    expect(problems(reportSchema.safeParse({ ...goodReport, year: 1900 }))).toContain(
      'year: year 不能早于 1949',
    );
    expect(problems(reportSchema.safeParse({ ...goodReport, summary: '太短' }))).toEqual([
      'summary: summary 至少 10 个字',
    ]);
  });

  it('rejects a figure without a label and a negative value', () => {
    const messages = problems(
      reportSchema.safeParse({ ...goodReport, figures: [{ label: '', value: -1, unit: '件' }] }),
    );
    expect(messages).toContain('figures.0.label: 统计项 label 不能为空');
    expect(messages.some((message) => message.startsWith('figures.0.value'))).toBe(true);
  });
});

describe('topicSchema', () => {
  it('parses a topic', () => {
    expect(
      topicSchema.parse({ id: 'tian-gongzuo', name: '提案工作', keywords: ['提案'] }).name,
    ).toBe('提案工作');
  });

  it('rejects a Chinese id and an empty keyword list', () => {
    const messages = problems(
      topicSchema.safeParse({ id: '提案', name: '提案工作', keywords: [] }),
    );
    expect(messages).toEqual([
      'id: topic id 只能用小写字母、数字和连字符',
      'keywords: topic 至少需要一个关键词',
    ]);
  });
});

describe('siteSchema', () => {
  it('parses site.yaml data and rejects a missing committee', () => {
    expect(
      siteSchema.parse({ title: '档案', committee: 'XX区政协', description: '说明' }).title,
    ).toBe('档案');
    expect(problems(siteSchema.safeParse({ title: '档案', description: '说明' }))[0]).toMatch(
      /^committee:/,
    );
  });
});

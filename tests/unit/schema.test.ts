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

  const site = { title: '丙市政协工作报告档案', committee: '丙市政协', description: '说明' };

  it('lists member archives by path on this server or by full address, none by default', () => {
    expect(siteSchema.parse(site).members).toEqual([]);
    const members = [
      { title: '甲区政协', url: '/districts/jia/' },
      { title: '乙县政协', url: ' https://yi.example.gov.cn/archive/ ' },
      { title: '丁区政协', url: 'http://10.0.0.8:8080/' },
      { title: '戊区政协', url: 'https://WU.example.gov.cn/' },
      { title: '根目录上的档案', url: '/' },
    ];
    expect(siteSchema.parse({ ...site, members }).members.map((member) => member.url)).toEqual([
      '/districts/jia/',
      'https://yi.example.gov.cn/archive/',
      'http://10.0.0.8:8080/',
      'https://WU.example.gov.cn/',
      '/',
    ]);
  });

  it('rejects a member address that is not a folder on this server or an http(s) folder', () => {
    const URL_MESSAGE =
      /^members\.0\.url: site\.yaml: members 的 url 须是本服务器上以 \/ 开头、以 \/ 结尾的路径/;
    for (const url of [
      '/districts/jia',
      'districts/jia/',
      '//cdn.example.org/archive/',
      '/districts/../secret/',
      '/districts/jia/?q=1',
      'https://yi.example.gov.cn/archive',
      'https://yi.example.gov.cn/archive/#top',
      'ftp://yi.example.gov.cn/archive/',
      'https://user:pw@yi.example.gov.cn/',
      '/甲 区/',
      'https://yi.example.gov.cn/甲 区/',
    ]) {
      const result = siteSchema.safeParse({ ...site, members: [{ title: '甲区政协', url }] });
      expect(problems(result), url).toEqual([expect.stringMatching(URL_MESSAGE)]);
    }
  });

  it('rejects a member without a title, and the same member listed twice', () => {
    expect(
      problems(
        siteSchema.safeParse({ ...site, members: [{ title: ' ', url: '/districts/jia/' }] }),
      ),
    ).toEqual(['members.0.title: site.yaml: members 的 title 不能为空']);
    const twice = [
      { title: '甲区政协', url: '/districts/jia/' },
      { title: '甲区', url: '/districts/jia/' },
    ];
    expect(problems(siteSchema.safeParse({ ...site, members: twice }))).toEqual([
      'members: site.yaml: members 中有重复的 url，每个成员档案只能列一次',
    ]);
  });
});

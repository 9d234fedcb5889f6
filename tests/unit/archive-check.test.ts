import { describe, expect, it } from 'vitest';
import { archiveProblems, assertArchiveValid } from '../../src/lib/archive-check.ts';

const topics = new Set(['tian', 'jiandu']);
const report = (
  filePath: string,
  committee: string,
  year: number,
  reportTopics: string[] = [],
) => ({
  id: filePath,
  filePath,
  committee,
  year,
  topics: reportTopics,
});

describe('archiveProblems', () => {
  it('accepts one report per committee and year with known topics', () => {
    expect(
      archiveProblems([report('a.mdx', '甲', 2018, ['tian']), report('b.mdx', '乙', 2018)], topics),
    ).toEqual([]);
  });

  it('refuses a report named review, whose page would be another report’s plan review', () => {
    const named = (id: string) => ({ ...report(`${id}.mdx`, '甲', 2018), id });
    expect(archiveProblems([named('alpha/review')], topics)).toEqual([
      'alpha/review.mdx: 报告不能以 review 为文件名：reports/<id>/review/ 是计划落实对照页面的地址',
    ]);
    expect(archiveProblems([named('review')], topics)).toHaveLength(1);
    expect(archiveProblems([named('alpha/2018-review')], topics)).toEqual([]);
  });

  it('names both files when a committee has two reports for one year', () => {
    const problems = archiveProblems(
      [report('a/2018.mdx', '甲', 2018), report('a/2018-bis.mdx', '甲', 2018)],
      topics,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('a/2018-bis.mdx');
    expect(problems[0]).toContain('a/2018.mdx');
    expect(problems[0]).toContain('year 2018');
  });

  it('names the file and the unknown topic', () => {
    const [problem] = archiveProblems([report('r/2018.mdx', '甲', 2018, ['tian', 'nope'])], topics);
    expect(problem).toMatch(/^r\/2018\.mdx: topics 中的「nope」不在 topics\.yaml 中$/);
  });

  it('throws once, listing every problem', () => {
    expect(() =>
      assertArchiveValid(
        [report('x.mdx', '甲', 2018, ['bad']), report('y.mdx', '甲', 2018)],
        topics,
      ),
    ).toThrow(/校验失败（2 处）[\s\S]*x\.mdx[\s\S]*y\.mdx/);
  });
});

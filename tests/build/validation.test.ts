import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, copyArchive, removeDir } from '../../tools/lib/build-archive.ts';

let scratch: string[] = [];
afterEach(() => {
  scratch.forEach(removeDir);
  scratch = [];
});

/** Builds a copy of the fixture archive with one report file replaced or added. */
function buildWith(file: string, content: string) {
  const contentDir = copyArchive();
  writeFileSync(join(contentDir, 'reports', file), content);
  const result = buildArchive({ contentDir });
  scratch.push(contentDir, result.outDir);
  return result;
}

const report2016 = readFileSync(
  join(import.meta.dirname, '../fixtures/archive/reports/alpha/2016.mdx'),
  'utf8',
);

describe('a broken report fails the build and says which', () => {
  it('names the file and field when planYear is not after year', () => {
    const result = buildWith(
      'alpha/2016.mdx',
      report2016.replace('planYear: 2017', 'planYear: 2015'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('alpha/2016');
    expect(result.output).toContain('planYear（2015）必须晚于 year（2016）');
  });

  it('names both files when a committee has two reports for one year', () => {
    const result = buildWith('alpha/2016-copy.mdx', report2016);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /reports\/alpha\/2016-copy\.mdx: year 2016 \/ committee「甲区政协」已由 .*reports\/alpha\/2016\.mdx 使用/,
    );
  });

  it('names the file and the unknown topic', () => {
    const result = buildWith(
      'alpha/2016.mdx',
      report2016.replace('topics: [tian, jiandu]', 'topics: [tian, 不存在]'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /reports\/alpha\/2016\.mdx: topics 中的「不存在」不在 topics\.yaml 中/,
    );
  });

  it('names the file when the year is missing', () => {
    const result = buildWith(
      'beta/2019.mdx',
      '---\ntitle: 缺少年份\ncommittee: 乙县政协\nsummary: 这一份报告没有写年份字段。\n---\n\n正文。\n',
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('reports → beta/2019 data does not match collection schema');
    expect(result.output).toContain('year: year 必须是四位年份数字');
    expect(result.output).toMatch(/reports\/beta\/2019\.mdx:\d+:\d+/);
  });

  it('names the file, line and column of MDX code in a report body', () => {
    const lines = report2016.split('\n');
    const at = lines.findIndex((line) => line.startsWith('## ')) + 2;
    lines.splice(at, 0, '正文中的{组件()}。', '');
    const result = buildWith('alpha/2016.mdx', lines.join('\n'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      new RegExp(`reports/alpha/2016\\.mdx:${at + 1}:5: 报告正文只能是文字`),
    );
  });
});

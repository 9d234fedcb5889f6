// A content folder that moved, was renamed or replaced still builds: Astro's content cache must not
// keep entries pointing into the old folder (it did: a Rolldown error about
// astro:content-layer-deferred-module … fileName=<the deleted folder>). And the cache is used:
// a second build of the same folder reads anew only the reports whose text changed.
import { afterAll, describe, expect, it } from 'vitest';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyArchive, npmRunBuild, removeDir } from '../../tools/lib/build-archive.ts';
import { fileDigests } from '../helpers/files.ts';
import { readPage, textOf } from '../helpers/html.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeDir));

describe('moving the content root', () => {
  it('builds another root with the same committee folders, ids and text after the first was deleted', () => {
    const first = copyArchive();
    const firstBuild = npmRunBuild({ contentDir: first });
    scratch.push(firstBuild.outDir);
    expect(firstBuild.ok, firstBuild.output).toBe(true);
    removeDir(first);

    const second = copyArchive();
    scratch.push(second);
    const secondBuild = npmRunBuild({ contentDir: second, outDir: firstBuild.outDir });

    expect(secondBuild.output).not.toContain('content-layer-deferred-module');
    expect(secondBuild.ok, secondBuild.output).toBe(true);
    const page = readPage(secondBuild.outDir, 'reports/alpha/2016/');
    expect(textOf(page)).toContain('全年共收到提案120件');
    const source = readFileSync(join(second, 'reports/alpha/2016.mdx'), 'utf8');
    expect(source).toContain('全年共收到提案120件');
  });
});

describe('building an unchanged archive again', () => {
  it('reuses the content cache, writes the same bytes, and reads anew only a report that changed', () => {
    const contentDir = copyArchive();
    scratch.push(contentDir);
    const reports = globSync('reports/**/*.mdx', { cwd: contentDir }).length;
    const first = npmRunBuild({ contentDir });
    scratch.push(first.outDir);
    expect(first.ok, first.output).toBe(true);
    expect(first.output).toContain(
      `报告 ${reports} 份：${reports} 份新增或有改动，0 份沿用内容缓存`,
    );
    const firstBytes = fileDigests(first.outDir);

    const again = npmRunBuild({ contentDir, outDir: first.outDir });
    expect(again.ok, again.output).toBe(true);
    expect(again.output).toContain(
      `报告 ${reports} 份：0 份新增或有改动，${reports} 份沿用内容缓存`,
    );
    expect(fileDigests(again.outDir)).toEqual(firstBytes);

    const report = join(contentDir, 'reports/alpha/2016.mdx');
    writeFileSync(report, readFileSync(report, 'utf8').replace('提案120件', '提案121件'));
    const changed = npmRunBuild({ contentDir, outDir: first.outDir });
    expect(changed.ok, changed.output).toBe(true);
    expect(changed.output).toContain(
      `报告 ${reports} 份：1 份新增或有改动，${reports - 1} 份沿用内容缓存`,
    );
    expect(textOf(readPage(changed.outDir, 'reports/alpha/2016/'))).toContain(
      '全年共收到提案121件',
    );
  });
});

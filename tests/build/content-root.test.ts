// A content folder that moved, was renamed or replaced still builds: Astro's content cache must not
// keep entries pointing into the old folder (it did: a Rolldown error about
// astro:content-layer-deferred-module … fileName=<the deleted folder>).
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyArchive, npmRunBuild, removeDir } from '../../tools/lib/build-archive.ts';
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

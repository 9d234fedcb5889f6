// `npm run build` never leaves a half-built site: a failed build changes no byte of the last good
// dist/ and says which file and line broke; a good build replaces dist/ whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { copyArchive, npmRunBuild, removeDir } from '../../tools/lib/build-archive.ts';
import { fileDigests } from '../helpers/files.ts';

let contentDir: string;
let outDir: string;
let lastGood: Record<string, string>;

beforeAll(() => {
  contentDir = copyArchive();
  const first = npmRunBuild({ contentDir, basePath: '/archive/' });
  if (!first.ok) throw new Error(first.output);
  outDir = first.outDir;
  lastGood = fileDigests(outDir);
});
afterAll(() => {
  removeDir(contentDir);
  removeDir(outDir);
});

/** Folders the build leaves beside dist/ (staging, previous): none once it has finished. */
const leftovers = () =>
  readdirSync(dirname(outDir)).filter((name) => name.startsWith(`.${basename(outDir)}-`));

describe('npm run build', () => {
  it('keeps the last good dist/ byte for byte when a report’s MDX is broken, naming file and line', () => {
    const report = join(contentDir, 'reports/alpha/2016.mdx');
    const text = readFileSync(report, 'utf8');
    const line = text.split('\n').findIndex((row) => row.startsWith('围绕老旧小区改造')) + 1;
    expect(line).toBeGreaterThan(10);
    writeFileSync(report, text.replace('围绕老旧小区改造', '围绕{老旧小区改造'));

    const broken = npmRunBuild({ contentDir, basePath: '/archive/', outDir });

    expect(broken.ok).toBe(false);
    expect(broken.output).toContain(`reports/alpha/2016.mdx:${line}:`);
    expect(broken.output).toContain('构建失败');
    expect(fileDigests(outDir)).toEqual(lastGood);
    expect(leftovers()).toEqual([]);
    writeFileSync(report, text);
  });

  it('keeps it too when the build fails late, while rendering pages', () => {
    const report = join(contentDir, 'reports/alpha/2017.mdx');
    const text = readFileSync(report, 'utf8');
    writeFileSync(report, text.replace(/^topics: \[/m, 'topics: [不存在, '));

    const broken = npmRunBuild({ contentDir, basePath: '/archive/', outDir });

    expect(broken.ok).toBe(false);
    expect(broken.output).toMatch(
      /reports\/alpha\/2017\.mdx: topics 中的「不存在」不在 topics\.yaml 中/,
    );
    expect(fileDigests(outDir)).toEqual(lastGood);
    expect(leftovers()).toEqual([]);
    writeFileSync(report, text);
  });

  it('replaces dist/ whole after a good build: a removed report’s page is gone', () => {
    rmSync(join(contentDir, 'reports/beta/2017.mdx'));

    const rebuilt = npmRunBuild({ contentDir, basePath: '/archive/', outDir });

    expect(rebuilt.ok, rebuilt.output).toBe(true);
    expect(existsSync(join(outDir, 'reports/beta/2018/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'reports/beta/2017/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'reports/beta/2017.txt'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});

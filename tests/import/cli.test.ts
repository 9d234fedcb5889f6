// The importer end to end: every encoding, line ending and .docx, bad inputs, --dry-run, --force.
import { afterAll, describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { copyArchive, removeDir } from '../helpers/build.ts';
import { makeDocx } from '../helpers/docx.ts';
import { IMPORT_FIXTURES, runImport, scratchFolder } from './run-import.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeDir));
const archive = () => {
  const dir = copyArchive();
  scratch.push(dir);
  return dir;
};
const folder = (prefix: string) => {
  const dir = scratchFolder(prefix);
  scratch.push(dir);
  return dir;
};
const meeting = readFileSync(join(IMPORT_FIXTURES, 'meeting.txt'), 'utf8');
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

describe('npm run import', () => {
  it('gives the same entry for every encoding and line ending', () => {
    const crlf = meeting.replace(/\n/g, '\r\n');
    const variants: Record<string, Buffer> = {
      'utf8-lf': Buffer.from(meeting),
      'utf8-bom-crlf': withBom([0xef, 0xbb, 0xbf], Buffer.from(crlf)),
      'utf16le-cr': withBom([0xff, 0xfe], Buffer.from(meeting.replace(/\n/g, '\r'), 'utf16le')),
      'utf16be-crlf': withBom([0xfe, 0xff], Buffer.from(crlf, 'utf16le').swap16()),
      'gb18030-crlf': readFileSync(join(IMPORT_FIXTURES, 'meeting.gb18030.txt')),
      'fullwidth-indent': Buffer.from(meeting.replace(/^/gm, '\u3000\u3000')),
      'tab-indent': Buffer.from(meeting.replace(/^/gm, '\t')),
    };
    const contentDir = archive();
    const inputs = folder('in-');
    const entries = Object.entries(variants).map(([name, bytes]) => {
      writeFileSync(join(inputs, `${name}.txt`), bytes);
      const run = runImport(contentDir, [join(inputs, `${name}.txt`), '--committee', name]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`✓ .*${name}\\.txt → reports/${name}/2021\\.mdx`));
      return readFileSync(join(contentDir, 'reports', name, '2021.mdx'), 'utf8');
    });
    expect(new Set(entries).size).toBe(1);
    expect(entries[0]).toContain('date: 2022-01-10\n');
    expect(entries[0]).toContain('### （二）突出提案工作，提升办理质量。\n\n全年共收到提案186件');
  });

  it('imports a folder file by file, a .docx table as a GFM table, and skips other files', async () => {
    const contentDir = archive();
    const inputs = folder('in-');
    writeFileSync(
      join(inputs, 'a-hostile.txt'),
      readFileSync(join(IMPORT_FIXTURES, 'hostile.txt')),
    );
    writeFileSync(
      join(inputs, 'b-items.txt'),
      readFileSync(join(IMPORT_FIXTURES, 'items-only.gbk.txt')),
    );
    writeFileSync(join(inputs, 'notes.md'), '# 不是报告');
    writeFileSync(
      join(inputs, 'c-report.docx'),
      await makeDocx([
        { heading: '丁区政协2023年工作总结' },
        '一、2023年主要工作',
        '（一）提案工作。全年共收到提案86件。',
        {
          table: [
            ['类别', '件数'],
            ['经济', '30'],
            ['民生 | 社会', '56'],
          ],
        },
      ]),
    );
    const run = runImport(contentDir, [inputs, '--committee', 'ding']);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('✓ '))).toHaveLength(3);
    expect(run.stdout).toMatch(/- .*notes\.md：不是 \.txt 或 \.docx，跳过/);
    expect(lines.at(-1)).toBe('写入 3 个，无变化 0 个，失败 0 个，跳过 1 个。');
    expect(readdirSync(join(contentDir, 'reports', 'ding')).sort()).toEqual([
      '2019.mdx',
      '2020.mdx',
      '2023.mdx',
    ]);
    const docx = readFileSync(join(contentDir, 'reports/ding/2023.mdx'), 'utf8');
    expect(docx).toMatch(
      /\| 类别 +\| 件数 \|\n\| -+ \| -+ \|\n\| 经济 +\| 30 +\|\n\| 民生 \\\| 社会 \| 56 +\|/,
    );
  });

  it('writes nothing for bad inputs, names each with its reason, and exits non-zero at the end', async () => {
    const contentDir = archive();
    const inputs = folder('bad-');
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'blank.txt'), readFileSync(join(IMPORT_FIXTURES, 'blank.txt')));
    writeFileSync(
      join(inputs, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    writeFileSync(join(inputs, 'no-year.txt'), readFileSync(join(IMPORT_FIXTURES, 'no-year.txt')));
    writeFileSync(join(inputs, 'broken.docx'), 'PK 不是真的 Word 文件');
    writeFileSync(
      join(inputs, 'z-good.txt'),
      readFileSync(join(IMPORT_FIXTURES, 'items-only.txt')),
    );
    symlinkSync(join(inputs, 'deleted.txt'), join(inputs, 'dangling.txt'));
    const before = readdirSync(join(contentDir, 'reports'), { recursive: true }).sort();
    const run = runImport(contentDir, [inputs, join(inputs, 'missing.txt'), '--committee', 'bad']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/✗ .*empty\.txt：文件为空/);
    expect(run.stderr).toMatch(/✗ .*blank\.txt：文件只有空白/);
    expect(run.stderr).toMatch(/✗ .*binary\.txt：看起来是二进制文件/);
    expect(run.stderr).toMatch(/✗ .*no-year\.txt：找不到年份/);
    expect(run.stderr).toMatch(/✗ .*broken\.docx：不是可读的 \.docx 文件/);
    expect(run.stderr).toMatch(/✗ .*missing\.txt：无法读取（ENOENT）/);
    expect(run.stderr).toMatch(/✗ .*dangling\.txt：无法读取（ENOENT）/);
    expect(run.stdout).toMatch(/✓ .*z-good\.txt → reports\/bad\/2019\.mdx/);
    expect(run.stdout).toMatch(/写入 1 个，无变化 0 个，失败 7 个/);
    const after = readdirSync(join(contentDir, 'reports'), { recursive: true }).sort();
    expect(after).toEqual([...before, 'bad', 'bad/2019.mdx'].sort());
  });

  it('prints the MDX on --dry-run and writes nothing', () => {
    const contentDir = archive();
    const run = runImport(contentDir, [join(IMPORT_FIXTURES, 'hostile.txt'), '--dry-run']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('title: 丁区政协2020年工作总结\n');
    expect(run.stdout).toContain('\\<div>看起来像 HTML 的一行\\</div>');
    expect(run.stdout).toContain('--dry-run，未写入');
    expect(existsSync(join(contentDir, 'reports/2020.mdx'))).toBe(false);
  });

  it('refuses to overwrite without --force; with it, keeps hand-made frontmatter and renews the body', () => {
    const contentDir = archive();
    const input = join(IMPORT_FIXTURES, 'meeting.txt');
    const entry = join(contentDir, 'reports/bing/2021.mdx');
    expect(runImport(contentDir, [input, '--committee', 'bing']).status).toBe(0);
    const imported = readFileSync(entry, 'utf8');
    const edited = imported
      .replace(
        /^summary: .*$/m,
        'summary: 人工改写的摘要：丙县政协一年来的协商、提案和社情民意工作。',
      )
      .replace(/^figures:\n(?: {2}- .*\n)+/m, '')
      .replace(/\n---\n\n/, '\ndraft: true\n---\n\n')
      .replace('全年共收到提案186件', '被人改坏的正文');
    writeFileSync(entry, edited);
    const refused = runImport(contentDir, [input, '--committee', 'bing']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/reports\/bing\/2021\.mdx 已存在；要替换请加 --force/);
    expect(readFileSync(entry, 'utf8')).toBe(edited);

    const forced = runImport(contentDir, [input, '--committee', 'bing', '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    const result = readFileSync(entry, 'utf8');
    expect(result).toContain(
      'summary: 人工改写的摘要：丙县政协一年来的协商、提案和社情民意工作。\n',
    );
    expect(result).toContain('  - {label: 提案, value: 186, unit: 件, approximate: false}\n');
    expect(result).toContain('draft: true\n---\n');
    expect(result).toContain('全年共收到提案186件');
    expect(result).not.toContain('被人改坏的正文');
    const again = runImport(contentDir, [input, '--committee', 'bing', '--force']);
    expect(again.stdout).toMatch(/= .*meeting\.txt → reports\/bing\/2021\.mdx/);
    expect(readFileSync(entry, 'utf8')).toBe(result);
    expect(readdirSync(join(contentDir, 'reports/bing'))).toEqual(['2021.mdx']);
  });

  it('takes each subfolder of a given folder as a committee id, joining that committee’s name', () => {
    const contentDir = archive();
    const inputs = folder('committees-');
    mkdirSync(join(inputs, 'alpha'));
    mkdirSync(join(inputs, 'New Folder'));
    cpSync(join(IMPORT_FIXTURES, 'meeting.txt'), join(inputs, 'alpha/2021.txt'));
    cpSync(join(IMPORT_FIXTURES, 'hostile.txt'), join(inputs, 'New Folder/2020.txt'));
    const run = runImport(contentDir, [inputs]);
    expect(run.status).toBe(1);
    // alpha already holds 甲区政协's reports: the new year joins that name, not the text's 丙县政协.
    expect(readFileSync(join(contentDir, 'reports/alpha/2021.mdx'), 'utf8')).toContain(
      'committee: 甲区政协\n',
    );
    expect(run.stderr).toMatch(/✗ .*2020\.txt：子文件夹名「New Folder」不能作委员会 ID/);
  });

  it('refuses two inputs for one year in one run, and a bad --committee', () => {
    const contentDir = archive();
    const run = runImport(contentDir, [
      join(IMPORT_FIXTURES, 'meeting.txt'),
      join(IMPORT_FIXTURES, 'meeting.gb18030.txt'),
      '--committee',
      'dup',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /✗ .*meeting\.gb18030\.txt：与本次导入的 .*meeting\.txt 同为 reports\/dup\/2021\.mdx/,
    );
    const badId = runImport(contentDir, [
      join(IMPORT_FIXTURES, 'meeting.txt'),
      '--committee',
      '../甲',
    ]);
    expect(badId.status).toBe(2);
    expect(badId.stderr).toContain(
      '--committee 应是小写字母、数字和连字符组成的 ID，得到「../甲」',
    );
  });
});

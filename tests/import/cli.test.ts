// The importer end to end: every encoding, line ending and .docx, folders, --dry-run, committees.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDocx } from '../helpers/docx.ts';
import { IMPORT_FIXTURES, runImport, useScratch } from './run-import.ts';

const { archive, folder } = useScratch();
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
    expect(lines.filter((line) => /^[✓⚠] /.test(line))).toHaveLength(3);
    expect(run.stdout).toMatch(/- .*notes\.md：不是 \.txt 或 \.docx，跳过/);
    expect(lines.at(-1)).toBe(
      '写入 3 个，无变化 0 个，其中 3 个有 ⚠ 需核对，失败 0 个，跳过 1 个。',
    );
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

  it('prints the MDX on --dry-run and writes nothing', () => {
    const contentDir = archive();
    const run = runImport(contentDir, [join(IMPORT_FIXTURES, 'hostile.txt'), '--dry-run']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('title: 丁区政协2020年工作总结\n');
    expect(run.stdout).toContain('\\<div>看起来像 HTML 的一行\\</div>');
    expect(run.stdout).toContain('--dry-run，未写入');
    expect(existsSync(join(contentDir, 'reports/2020.mdx'))).toBe(false);
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

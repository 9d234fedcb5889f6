// The importer's safety: bad inputs write nothing and are named; entries are replaced only with
// --force, and then the fields a person wrote in the frontmatter are kept.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_FIXTURES, runImport, useScratch } from './run-import.ts';

const { archive, folder } = useScratch();

describe('npm run import, safely', () => {
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
    expect(run.stdout).toMatch(/[✓⚠] .*z-good\.txt → reports\/bad\/2019\.mdx/);
    expect(run.stdout).toMatch(/写入 1 个，无变化 0 个，(?:其中 1 个有 ⚠ 需核对，)?失败 7 个/);
    const after = readdirSync(join(contentDir, 'reports'), { recursive: true }).sort();
    expect(after).toEqual([...before, 'bad', 'bad/2019.mdx'].sort());
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
    expect(refused.stderr).toMatch(
      /reports\/bing\/2021\.mdx 已存在；要重新导入同一份报告请加 --force/,
    );
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

  it('names an existing entry that is broken or unreadable, and still imports the other files', () => {
    const contentDir = archive();
    mkdirSync(join(contentDir, 'reports/bing'), { recursive: true });
    writeFileSync(join(contentDir, 'reports/bing/2021.mdx'), '---\ntitle: [未闭合\n---\n正文\n');
    mkdirSync(join(contentDir, 'reports/bing/2020.mdx'));
    const run = runImport(contentDir, [
      join(IMPORT_FIXTURES, 'meeting.txt'),
      join(IMPORT_FIXTURES, 'items-only.txt'),
      join(IMPORT_FIXTURES, 'hostile.txt'),
      '--committee',
      'bing',
      '--force',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/✗ .*meeting\.txt：已有条目的 frontmatter 不是有效的 YAML/);
    expect(readFileSync(join(contentDir, 'reports/bing/2021.mdx'), 'utf8')).toContain('[未闭合');
    expect(run.stderr).toMatch(
      /✗ .*hostile\.txt：无法读取已有的 reports\/bing\/2020\.mdx（EISDIR）/,
    );
    expect(run.stdout).toMatch(/⚠ .*items-only\.txt → reports\/bing\/2019\.mdx/);
  });
});

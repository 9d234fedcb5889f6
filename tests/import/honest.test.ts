// The importer is never silently wrong: old formats are named and fail, a folder with nothing to
// import fails, each line says where its facts came from and agrees with the entry it wrote, and
// --force never merges two different reports.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CORPUS } from '../../tools/corpus/fixture-reports.ts';
import { runImport, useScratch } from './run-import.ts';

const { archive, folder } = useScratch();

interface BadCase {
  input: string;
  messageIncludes: string[];
  messageExcludes?: string[];
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

const REPORT_2021 = `政协临川市委员会常务委员会
工　作　报　告
（2022年1月12日）
各位委员、同志们：
一年来，市政协常委会坚持围绕中心、服务大局，全年共提交提案412件。
一、一年来的工作
（一）协商议政更加务实。全年召开专题协商会6次。
（二）民主监督更加有力。开展专项监督4次。
二、今年工作任务
（一）加强理论学习。组织委员学习培训。
`;

const frontmatterOf = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;

describe('npm run import, never silently wrong', () => {
  it('names old formats (and a renamed .doc) as failures with what to do, and writes nothing', () => {
    const contentDir = archive();
    const inputs = folder('old-');
    writeFileSync(join(inputs, 'a.doc'), OLE2);
    writeFileSync(join(inputs, 'b.wps'), OLE2);
    writeFileSync(join(inputs, 'c.pdf'), '%PDF-1.4\n%âãÏÓ\n');
    writeFileSync(join(inputs, 'd.rtf'), '{\\rtf1\\ansi 工作报告}');
    writeFileSync(join(inputs, 'e.docx'), OLE2);
    writeFileSync(join(inputs, 'f.txt'), '%PDF-1.4\n');
    writeFileSync(join(inputs, 'notes.jpg'), 'x');
    const before = readdirSync(join(contentDir, 'reports'), { recursive: true });
    const run = runImport(contentDir, [inputs]);
    expect(run.status).toBe(1);
    const saveAs = '请在 Word 或 WPS 中打开，另存为 \\.docx 或 \\.txt 后再导入';
    expect(run.stderr).toMatch(
      new RegExp(`✗ .*a\\.doc：旧版 Word 文件（\\.doc）不能直接导入：${saveAs}`),
    );
    expect(run.stderr).toMatch(/✗ .*b\.wps：WPS 文字文件（\.wps）不能直接导入/);
    expect(run.stderr).toMatch(/✗ .*c\.pdf：PDF 文件不能直接导入/);
    expect(run.stderr).toMatch(/✗ .*d\.rtf：RTF 文件不能直接导入/);
    expect(run.stderr).toMatch(
      /✗ .*e\.docx：文件名是 \.docx，内容却是旧版 Word 或 WPS 文件（\.doc\/\.wps）（扩展名被改过）/,
    );
    expect(run.stderr).toMatch(/✗ .*f\.txt：文件名是 \.txt，内容却是PDF 文件/);
    expect(run.stdout).toMatch(/- .*notes\.jpg：不是 \.txt 或 \.docx，跳过/);
    expect(run.stdout).toMatch(/写入 0 个，无变化 0 个，失败 6 个，跳过 1 个。/);
    expect(readdirSync(join(contentDir, 'reports'), { recursive: true })).toEqual(before);
  });

  it('fails each bad file of the corpus with its own message', () => {
    const bad = join(CORPUS, 'bad');
    const cases = readdirSync(bad)
      .filter((name) => name.endsWith('.expected.json'))
      .map((name) => JSON.parse(readFileSync(join(bad, name), 'utf8')) as BadCase);
    expect(cases.length).toBeGreaterThanOrEqual(5);
    const run = runImport(archive(), [bad]);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    for (const each of cases) {
      const line = lines.find((text) => text.startsWith('✗ ') && text.includes(each.input));
      expect(line, each.input).toBeDefined();
      for (const words of each.messageIncludes) expect(line, each.input).toContain(words);
      for (const words of each.messageExcludes ?? []) expect(line, each.input).not.toContain(words);
    }
  });

  it('exits non-zero for a folder with nothing importable', () => {
    const inputs = folder('nothing-');
    writeFileSync(join(inputs, 'readme.md'), '说明');
    const run = runImport(archive(), [inputs]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/没有可导入的文件/);
    expect(runImport(archive(), [folder('empty-')]).status).toBe(1);
  });

  it('says where each fact came from, and the line agrees with the entry written', () => {
    const contentDir = archive();
    const inputs = folder('said-');
    writeFileSync(join(inputs, 'linchuan.txt'), REPORT_2021);
    const run = runImport(contentDir, [join(inputs, 'linchuan.txt'), '--committee', 'linchuan']);
    expect(run.status, run.stderr).toBe(0);
    const line = run.stdout.split('\n')[0]!;
    expect(line).toMatch(/^✓ .*linchuan\.txt → reports\/linchuan\/2021\.mdx：/);
    expect(line).toContain('「政协临川市委员会常务委员会工作报告」');
    expect(line).toContain('年份 2021 ← 「一、一年来的工作」 + 日期 2022年1月12日');
    expect(line).toContain('安排 2022 ← 「二、今年工作任务」（总结年份的次年）');
    expect(line).toContain('临川市政协（标题或副标题）');
    expect(line).toContain('2 部分 3 项');
    const data = frontmatterOf(join(contentDir, 'reports/linchuan/2021.mdx'));
    expect(data).toMatchObject({
      title: '政协临川市委员会常务委员会工作报告',
      year: 2021,
      planYear: 2022,
      committee: '临川市政协',
      date: '2022-01-12',
    });
  });

  it('marks thin evidence with ⚠ and says what to check', () => {
    const contentDir = archive();
    const inputs = folder('thin-');
    writeFileSync(
      join(inputs, 'thin.txt'),
      '某区政协2017年工作总结\n全区工作稳步推进，成效明显。\n',
    );
    const run = runImport(contentDir, [join(inputs, 'thin.txt'), '--committee', 'thin']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^⚠ .*thin\.txt → reports\/thin\/2017\.mdx：/m);
    expect(run.stdout).toMatch(/^ {4}⚠ 年份只来自标题「某区政协2017年工作总结」，请核对$/m);
    expect(run.stdout).toMatch(/^ {4}⚠ 没有找到工作安排（计划）部分：不记安排年份$/m);
    expect(run.stdout).toMatch(/其中 1 个有 ⚠ 需核对/);
  });

  it('--dry-run shows the same line for a file whose entry exists, and writes nothing', () => {
    const contentDir = archive();
    const inputs = folder('dry-');
    writeFileSync(join(inputs, 'linchuan.txt'), REPORT_2021);
    const file = join(inputs, 'linchuan.txt');
    expect(runImport(contentDir, [file, '--committee', 'linchuan']).status).toBe(0);
    const entry = join(contentDir, 'reports/linchuan/2021.mdx');
    const before = readFileSync(entry, 'utf8');
    const dry = runImport(contentDir, [file, '--committee', 'linchuan', '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(
      /^✓ .*linchuan\.txt → reports\/linchuan\/2021\.mdx：.*年份 2021 ← /m,
    );
    expect(dry.stdout).toContain('reports/linchuan/2021.mdx 已存在：实际导入需加 --force');
    expect(readFileSync(entry, 'utf8')).toBe(before);
  });

  it('--force refuses to merge a different report into an entry, and says how to replace it', () => {
    const contentDir = archive();
    const inputs = folder('force-');
    // A misdated file: the 2022 report, written as if it were 2021's, already sits at 2021.mdx.
    mkdirSync(join(contentDir, 'reports/linchuan'), { recursive: true });
    const misdated = join(contentDir, 'reports/linchuan/2021.mdx');
    const wrong = `---\ntitle: 临川市政协2022年工作总结\nyear: 2021\ncommittee: 临川市政协\nsummary: 一份年份记错了的报告，它其实是2022年的工作总结。\n---\n\n正文。\n`;
    writeFileSync(misdated, wrong);
    writeFileSync(join(inputs, 'linchuan.txt'), REPORT_2021);
    const run = runImport(contentDir, [
      join(inputs, 'linchuan.txt'),
      '--committee',
      'linchuan',
      '--force',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /✗ .*reports\/linchuan\/2021\.mdx 是另一份报告（标题「临川市政协2022年工作总结」≠「政协临川市委员会常务委员会工作报告」），--force 只重新导入同一份报告，不会把两份合并；若确要用这个文件替换它，请先删除 reports\/linchuan\/2021\.mdx/,
    );
    expect(readFileSync(misdated, 'utf8')).toBe(wrong);
    expect(existsSync(join(contentDir, 'reports/linchuan/2022.mdx'))).toBe(false);
  });
});

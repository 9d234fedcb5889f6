// Imported reports lose nothing: every line of each source is on its built page, in order; and the
// 2018 entry is exactly what the importer makes of the seed.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, copyArchive, removeDir, ROOT } from '../../tools/lib/build-archive.ts';
import { makeDocx, type DocxPart } from '../helpers/docx.ts';
import { readPage, regionWith, textOf } from '../helpers/html.ts';
import { IMPORT_FIXTURES, runImport, scratchFolder, SEED } from './run-import.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeDir));

const DOCX: DocxPart[] = [
  { heading: '庚区政协2023年工作总结' },
  '2023年，庚区政协围绕{发展大局}履职，<重点>工作*全部*完成。',
  '一、2023年主要工作',
  '（一）提案工作。全年共收到提案86件，按类别统计如下：',
  {
    table: [
      ['类别', '件数'],
      ['经济 | 产业', '30'],
      ['民生_社会', '56'],
    ],
  },
  '二、2024年工作安排',
  '（一）继续抓好提案办理。',
];

/** The page's reading text without whitespace: the title, then the report body. */
function pageText(distDir: string, id: string): string {
  const html = readPage(distDir, `reports/${id}/`);
  const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!);
  return `${title}${textOf(regionWith(html, 'data-pagefind-body'))}`.replace(/\s+/g, '');
}

/** Every line (whitespace removed) must occur in the page text, each after the one before. */
function expectInOrder(text: string, lines: readonly string[]): void {
  let cursor = 0;
  for (const line of lines.map((raw) => raw.replace(/\s+/g, '')).filter(Boolean)) {
    const found = text.indexOf(line, cursor);
    expect(found, `missing or out of order: ${line}`).toBeGreaterThanOrEqual(0);
    cursor = found + line.length;
  }
}

describe('imported reports on their built pages', async () => {
  const contentDir = copyArchive();
  const inputs = scratchFolder('fidelity-');
  scratch.push(contentDir, inputs);
  writeFileSync(
    join(inputs, 'hostile-bom-crlf.txt'),
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        readFileSync(join(IMPORT_FIXTURES, 'hostile.txt'), 'utf8').replace(/\n/g, '\r\n'),
      ),
    ]),
  );
  cpSync(join(IMPORT_FIXTURES, 'meeting.gb18030.txt'), join(inputs, 'meeting.gb18030.txt'));
  cpSync(join(IMPORT_FIXTURES, 'items-only.gbk.txt'), join(inputs, 'items-only.gbk.txt'));
  writeFileSync(join(inputs, 'report.docx'), await makeDocx(DOCX));
  const imported = runImport(contentDir, [inputs, '--committee', 'gamma']);
  const build = buildArchive({ contentDir });
  scratch.push(build.outDir);

  it('imports and builds', () => {
    expect(imported.status, imported.stderr).toBe(0);
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.ok, build.output).toBe(true);
  });

  it.each([
    ['gamma/2020', 'hostile.txt'],
    ['gamma/2021', 'meeting.txt'],
    ['gamma/2019', 'items-only.txt'],
  ])('%s shows every line of %s in order, MDX-hostile characters as text', (id, fixture) => {
    const [first, ...rest] = readFileSync(join(IMPORT_FIXTURES, fixture), 'utf8').split('\n');
    // A provenance first line is shown as 来源 in the page's facts, not as report text.
    const lines = first!.startsWith('来源') ? rest : [first!, ...rest];
    expectInOrder(pageText(build.outDir, id), lines);
  });

  it('gamma/2023 from .docx shows its paragraphs and its table', () => {
    const lines = DOCX.map((part) =>
      typeof part === 'string'
        ? part
        : 'heading' in part
          ? part.heading
          : part.table.flat().join(''),
    );
    expectInOrder(pageText(build.outDir, 'gamma/2023'), lines);
    expect(readPage(build.outDir, 'reports/gamma/2023/')).toMatch(
      /<table>[\s\S]*<td>经济 \| 产业<\/td>[\s\S]*<\/table>/,
    );
  });

  it('shows the provenance line as the source', () => {
    expect(textOf(readPage(build.outDir, 'reports/gamma/2020/'))).toContain(
      '丁区政协办公室内部资料',
    );
  });
});

describe('the seed round trip', () => {
  const committed = readFileSync(join(ROOT, 'src/content/reports/2018.mdx'), 'utf8');
  const realRoot = () => {
    const dir = scratchFolder('seed-');
    scratch.push(dir);
    cpSync(join(ROOT, 'src/content/site.yaml'), join(dir, 'site.yaml'));
    cpSync(join(ROOT, 'src/content/topics.yaml'), join(dir, 'topics.yaml'));
    mkdirSync(join(dir, 'reports'));
    return dir;
  };

  it('re-importing the seed with --force over the committed 2018 entry changes no byte', () => {
    const dir = realRoot();
    cpSync(join(ROOT, 'src/content/reports/2018.mdx'), join(dir, 'reports/2018.mdx'));
    const run = runImport(dir, [SEED, '--force']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/= .*000_42bda19cadad3ee3\.txt → reports\/2018\.mdx/);
    expect(readFileSync(join(dir, 'reports/2018.mdx'), 'utf8')).toBe(committed);
  });

  it('a fresh import of the seed differs from the committed entry only in its hand-written summary', () => {
    const dir = realRoot();
    const run = runImport(dir, [SEED]);
    expect(run.status, run.stderr).toBe(0);
    const fresh = readFileSync(join(dir, 'reports/2018.mdx'), 'utf8');
    const withoutSummary = (text: string) => text.replace(/^summary: .*$/m, 'summary: …');
    expect(withoutSummary(fresh)).toBe(withoutSummary(committed));
  });
});

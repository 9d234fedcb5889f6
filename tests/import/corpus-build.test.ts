// The whole corpus as staff would bring it: one folder run, each report in its committee's folder,
// then one build. Every sentence of every source is on its built page, in order, as written.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, type BuildResult } from '../../tools/lib/build-archive.ts';
import { corpusCases, corpusInput, corpusSentences } from '../../tools/corpus/fixture-reports.ts';
import { readPage, regionWith, textOf } from '../helpers/html.ts';
import { runImport, useScratch, type ImportRun } from './run-import.ts';

const { archive, folder } = useScratch();
const cases = corpusCases();
/** Each report's committee folder: its file name, as an id. */
const committeeOf = (input: string) =>
  input
    .replace(/\.(txt|docx)$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

let imported: ImportRun;
let build: BuildResult;

beforeAll(async () => {
  const contentDir = archive();
  const inputs = folder('corpus-');
  for (const each of cases) {
    const dir = join(inputs, committeeOf(each.input));
    mkdirSync(dir);
    writeFileSync(join(dir, each.input), await corpusInput(each.input));
  }
  imported = runImport(contentDir, [inputs]);
  build = buildArchive({ contentDir });
});

/** The page's reading text without whitespace: the title, then the report body. */
function pageText(id: string): string {
  const html = readPage(build.outDir, `reports/${id}/`);
  const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!);
  return `${title}${textOf(regionWith(html, 'data-pagefind-body'))}`.replace(/\s+/g, '');
}

describe('the corpus imported as one folder run and built', () => {
  it('imports every file into its committee folder and builds', () => {
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`写入 ${cases.length} 个`));
    expect(build.ok, build.output).toBe(true);
  });

  it.each(cases.map((each) => [each.input, each] as const))(
    '%s: every source sentence is on the page, in order',
    async (_, expected) => {
      const id = `${committeeOf(expected.input)}/${String(expected.frontmatter['year'])}`;
      const text = pageText(id);
      let cursor = 0;
      for (const sentence of await corpusSentences(expected)) {
        const found = text.indexOf(sentence, cursor);
        expect(found, `missing or out of order in ${id}: ${sentence}`).toBeGreaterThanOrEqual(0);
        cursor = found + sentence.length;
      }
    },
  );

  it('keeps straight quotes, double hyphens and dots as written', () => {
    const text = textOf(
      readPage(build.outDir, `reports/${committeeOf('donghu-2010.web.txt')}/2010/`),
    );
    expect(text).toContain('"十一五"');
    expect(text).toContain('《东湖--我们共同');
    expect(text).toContain('设施欠账较多......这些意见');
    expect(text).not.toMatch(/[“”]十一五|东湖[–—]|较多…/);
  });
});

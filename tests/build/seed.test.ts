// The 2018 report must carry every sentence of the seed, in order, onto its built page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, removeDir, ROOT, type BuildResult } from '../../tools/lib/build-archive.ts';
import { elements, readPage, regionWith, textOf } from '../helpers/html.ts';

const SEED = join(ROOT, '../shared/seed/000_42bda19cadad3ee3.txt');
let build: BuildResult;
beforeAll(() => {
  build = buildArchive({ contentDir: join(ROOT, 'src/content') });
});
afterAll(() => removeDir(build.outDir));

/** The seed's report text: the first line is provenance, not report text. */
function seedSentences(): string[] {
  const [, ...lines] = readFileSync(SEED, 'utf8').split(/\r?\n/);
  return lines
    .join('\n')
    .split(/(?<=[。！？；])|\n/)
    .map((sentence) => sentence.replace(/\s+/g, ''))
    .filter(Boolean);
}

describe('the 2018 report from the seed', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.ok).toBe(true);
  });

  it('shows every sentence of the seed, in order, in the report text', () => {
    const html = readPage(build.outDir, 'reports/2018/');
    const pageText = textOf(regionWith(html, 'data-pagefind-body'))
      .replace(/\s+/g, '')
      .replace(/¶本节链接/g, '');
    const title = textOf(elements(html).find((element) => element.tagName === 'h1')!);
    const text = `${title}${pageText}`;
    let cursor = 0;
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(50);
    for (const sentence of sentences) {
      const found = text.indexOf(sentence, cursor);
      expect(found, `missing or out of order: ${sentence}`).toBeGreaterThanOrEqual(0);
      cursor = found + sentence.length;
    }
  });

  it('keeps the redactions XX and X as written', () => {
    const text = textOf(readPage(build.outDir, 'reports/2018/'));
    expect(text).toContain('共报送社情民意信息XX余条');
    expect(text).toContain('X届政协的开局之年');
  });

  it('records the seed’s first line as provenance', () => {
    expect(textOf(readPage(build.outDir, 'reports/2018/'))).toContain(
      '来源 本文系邮箱投稿，仅供学习参考，请勿照搬照抄！',
    );
  });
});

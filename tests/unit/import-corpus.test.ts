// Every report of the fixture corpus (tests/fixtures/reports) reads as a careful person reads it:
// its frontmatter and heading outline exactly, its abstract from the opening about the year's work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEntry } from '../../src/lib/import/describe.ts';
import { draftReport } from '../../src/lib/import/pipeline.ts';
import { reportSchema } from '../../src/lib/schema/report.ts';
import { CORPUS, corpusCases, corpusInput, outlineOf } from '../../tools/corpus/fixture-reports.ts';

const TOPICS = [{ id: 'tian', keywords: ['提案'] }];
const OPTIONAL = ['planYear', 'term', 'meeting', 'date', 'source'];

describe('the report corpus', () => {
  const cases = corpusCases();

  it('covers every layout the archive meets, several at full length', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    const encodings = new Set(cases.map((each) => each.encoding));
    for (const encoding of ['utf-8', 'gb18030', 'utf-16le', 'docx'])
      expect(encodings).toContain(encoding);
  });

  describe.each(cases.map((each) => [each.input, each] as const))('%s', (_, expected) => {
    const draft = async () =>
      draftReport(expected.input, await corpusInput(expected.input), {
        topics: TOPICS,
        defaultCommittee: '默认政协',
      });

    it('has the expected frontmatter, nothing more', async () => {
      const { inferred } = await draft();
      expect(inferred).toMatchObject(expected.frontmatter);
      for (const field of OPTIONAL)
        if (!(field in expected.frontmatter)) expect(inferred, field).not.toHaveProperty(field);
      expect(() => reportSchema.parse(inferred)).not.toThrow();
    });

    it('has the expected outline', async () => {
      expect(outlineOf((await draft()).body)).toEqual(expected.outline);
    });

    it('takes its abstract from the opening about the year’s work', async () => {
      const summary = String((await draft()).inferred['summary']);
      if (expected.summaryStartsWith)
        expect(summary.startsWith(expected.summaryStartsWith), summary).toBe(true);
      expect(summary).not.toMatch(/^(各位|我代表|现在，我代表|新华社)/);
    });

    it('warns exactly where a careful reader would check (and is quiet otherwise)', async () => {
      const { warnings } = await draft();
      const words: Record<string, RegExp> = {
        'no plan part': /没有找到工作安排/,
        'hard-wrapped lines': /PDF 复制/,
      };
      const expectedWarnings = expected.warnings ?? [];
      expect(warnings.length > 0, warnings.join('；')).toBe(expectedWarnings.length > 0);
      for (const warning of expectedWarnings)
        expect(warnings.join('\n')).toMatch(words[warning] ?? new RegExp(warning));
    });

    it('says what it inferred, and the counts agree with the outline', async () => {
      const result = await draft();
      const data = reportSchema.parse(result.inferred);
      const line = describeEntry(data, result);
      expect(line).toContain(`年份 ${data.year} ← `);
      const outline = outlineOf(result.body);
      const parts = outline.filter((heading) => heading.startsWith('## ')).length;
      const items = outline.filter((heading) => heading.startsWith('### ')).length;
      expect(line).toContain(`${parts} 部分 ${items} 项`);
    });
  });
});

describe('corpus inputs', () => {
  it('are stored in the encodings they claim', () => {
    for (const each of corpusCases()) {
      if (each.encoding === 'docx') continue;
      const bytes = readFileSync(join(CORPUS, each.input));
      if (each.encoding === 'utf-16le') expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
      if (each.encoding === 'gb18030')
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpusArchive } from '../../tools/corpus/archive.ts';
import { crossWordCandidates, occurrences } from '../../tools/corpus/phrases.ts';
import { sentencePool, sourceTexts } from '../../tools/corpus/pool.ts';
import { reportSchema } from '../../src/lib/schema/report.ts';
import { parse } from 'yaml';
import { committeeYears } from '../../tools/corpus/committees.ts';
import { seededRandom } from '../../tools/corpus/random.ts';

const ROOT = join(import.meta.dirname, '../..');

function generate(reports: number, seed = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  const written = writeCorpusArchive(dir, { reports, seed, committees: 4 });
  const files = readdirSync(join(dir, 'reports'), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const texts = files.map((file) => readFileSync(join(dir, 'reports', file), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return { written, files, texts };
}

describe('the realistic corpus', () => {
  const corpus = generate(40);

  it('is the same for the same seed and differs for another', () => {
    expect(generate(40).texts).toEqual(corpus.texts);
    expect(generate(40, 2).texts).not.toEqual(corpus.texts);
  });

  it('writes reports the schema accepts, 8,000–15,000 characters, 8–16 items, summary and plan parts', () => {
    expect(corpus.files).toHaveLength(40);
    for (const text of corpus.texts) {
      const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      expect(reportSchema.safeParse(parse(yaml!)).success).toBe(true);
      const length = body!.replace(/^#+ /gm, '').replace(/\s/g, '').length;
      expect(length).toBeGreaterThanOrEqual(8_000);
      expect(length).toBeLessThanOrEqual(15_000);
      const items = body!.match(/^### （/gm)!.length;
      expect(items).toBeGreaterThanOrEqual(8);
      expect(items).toBeLessThanOrEqual(16);
      expect(body).toMatch(/^## 一、\d{4}年/m);
    }
    expect(corpus.texts.filter((text) => /^## 二、\d{4}年/m.test(text)).length).toBeGreaterThan(30);
    expect(new Set(corpus.written.map((report) => report.committee)).size).toBe(4);
  });

  it('gives each report a name and a cross-word phrase found verbatim in it and in no other', () => {
    const withPhrase = corpus.written.filter((report) => report.crossPhrase);
    expect(withPhrase.length).toBeGreaterThan(10);
    const counts = occurrences(
      corpus.texts,
      [
        ...corpus.written.map((report) => report.name),
        ...withPhrase.map((report) => report.crossPhrase!),
      ],
      40,
    );
    for (const report of corpus.written) {
      const index = corpus.files.indexOf(`${report.id}.mdx`);
      expect(counts.get(report.name)).toEqual([index]);
      if (report.crossPhrase) expect(counts.get(report.crossPhrase)).toEqual([index]);
    }
  });

  it('uses thousands of distinct words: many places and projects across the reports', () => {
    const names = new Set(corpus.texts.join('').match(/[\u4e00-\u9fff]{2,3}(镇|乡|街道|村|社区)/g));
    expect(names.size).toBeGreaterThan(1000);
  });
});

describe('phrases across words', () => {
  it('cuts 5–6 characters that start or end inside a word and cross a boundary', () => {
    const candidates = crossWordCandidates('石门', '农贸市场', '提档升级');
    expect(candidates[0]).toBe('门农贸市场');
    expect(candidates).toContain('贸市场提档');
    expect(candidates).toContain('农贸市场提'); // ends inside 提档升级
    expect(candidates).not.toContain('石门农贸市场'); // whole words at both ends
    for (const phrase of candidates) expect([5, 6]).toContain(phrase.length);
  });
});

describe('sentence pools', () => {
  it('draws leads, item text, shortcomings and closings from the seed and our own texts', () => {
    const pool = sentencePool(sourceTexts(ROOT));
    expect(pool.leads.summary).toContain('开展全会协商，促进事业发展。');
    expect(pool.leads.plan.length).toBeGreaterThan(10);
    expect(pool.body.summary.length).toBeGreaterThan(100);
    expect(pool.shortcomings.every((text) => /不足|差距|问题/.test(text))).toBe(true);
    expect(pool.closing.every((text) => text.startsWith('各位委员'))).toBe(true);
  });
});

describe('committees and years', () => {
  it('spreads 2,000 reports unevenly over committees, within 1949–2025, each (committee, year) once', () => {
    const slots = committeeYears(seededRandom(1), 2000, 67);
    expect(slots).toHaveLength(2000);
    expect(new Set(slots.map((slot) => `${slot.committee}/${slot.year}`)).size).toBe(2000);
    expect(Math.min(...slots.map((slot) => slot.year))).toBeGreaterThanOrEqual(1949);
    expect(Math.max(...slots.map((slot) => slot.year))).toBe(2025);
    const sizes = Object.values(Object.groupBy(slots, (slot) => slot.committee)).map(
      (s) => s!.length,
    );
    expect(Math.max(...sizes)).toBeGreaterThan(3 * Math.min(...sizes));
  });
});

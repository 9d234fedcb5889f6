// The report corpus of tests/fixtures/reports: real-shaped inputs in every layout, each with the
// frontmatter and outline a careful reader would give it (*.expected.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/build.ts';

export const CORPUS = join(ROOT, 'tests/fixtures/reports');

/** One corpus file's expected result. */
export interface CorpusCase {
  /** The input's file name in CORPUS (a .docx is built from docx-specs.ts). */
  input: string;
  encoding: string;
  layout: string;
  frontmatter: Record<string, unknown>;
  /** Every heading in order, as Markdown: `## 一、…`, `### （一）…`, `#### 1.…`. */
  outline: string[];
  summaryStartsWith?: string;
  warnings?: string[];
}

/** Every case of the corpus, in file-name order. */
export function corpusCases(): CorpusCase[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as CorpusCase);
}

/** The headings of an MDX body, as `## text` lines. */
export function outlineOf(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => /^#{2,6} /.test(line))
    .map((line) => line.replace(/\\(.)/g, '$1'));
}

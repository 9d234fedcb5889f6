// The report corpus of tests/fixtures/reports: real-shaped inputs in every layout, each with the
// frontmatter and outline a careful reader would give it (*.expected.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';

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

/** The bytes of a corpus input as staff would hand it over. */
export async function corpusInput(input: string): Promise<Uint8Array> {
  return readFileSync(join(CORPUS, input));
}

// Lines that are not report text: page numbers of a PDF copy and navigation of a web page.
const NOT_TEXT = /^(?:[—–\-－]\s*\d+\s*[—–\-－]|第\d+页|.*[>＞].*|【.*】)$/;

/**
 * The source's sentences from its title on, whitespace removed, for checking a built page: line
 * breaks are joined (a PDF copy breaks sentences across lines), page numbers and web navigation
 * left out. A sentence ends at 。！？ or at the end of a line that ends a heading.
 */
export async function corpusSentences(expected: CorpusCase): Promise<string[]> {
  const bytes = await corpusInput(expected.input);
  const text = decodeAs(bytes, expected.encoding);
  const squeeze = (line: string) => line.replace(/[\s\u3000]+/g, '');
  const title = squeeze(String(expected.frontmatter['title']));
  const lines = text
    .split(/\r?\n/)
    .map(squeeze)
    .filter((line) => line && !NOT_TEXT.test(line));
  const start = lines.findIndex((line) => title.startsWith(line.slice(0, 8)));
  return lines
    .slice(Math.max(start, 0))
    .join('')
    .split(/(?<=[。！？])/)
    .filter((sentence) => sentence.length > 0);
}

export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '');
}

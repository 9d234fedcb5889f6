// The report corpus of tests/fixtures/reports: real-shaped inputs in every layout, each with the
// frontmatter and outline a careful reader would give it (*.expected.json). Used by the importer's
// tests and by the import benchmark (its accuracy figure), so it lives apart from both.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS = resolve(import.meta.dirname, '../../tests/fixtures/reports');

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

/** The bytes of a corpus input as staff would hand it over; a .docx is built from its spec. */
export async function corpusInput(input: string): Promise<Uint8Array> {
  if (!input.endsWith('.docx')) return readFileSync(join(CORPUS, input));
  const { buildDocx } = await import('../../tests/fixtures/reports/make-docx.ts');
  const { docxSpecs } = await import('../../tests/fixtures/reports/docx-specs.ts');
  const spec = docxSpecs.find((each) => each.file === input);
  if (!spec) throw new Error(`no Word spec for ${input} in docx-specs.ts`);
  return buildDocx(spec);
}

// Lines that are not report text: page numbers of a PDF copy, and a web page's navigation, publishing
// data (kept as `source`, checked with the frontmatter) and links after the article.
const NOT_TEXT =
  /^(?:[—–\-－]\s*\d+\s*[—–\-－]|第\d+页|.*[>＞].*|【.*】|发布时间.*|(?:上一篇|下一篇|责任编辑).*)$/;

/**
 * The source's sentences from its title on, whitespace removed, for checking a built page: line
 * breaks are joined (a PDF copy breaks sentences across lines), page numbers and web navigation
 * left out. A sentence ends at 。！？ or at the end of a line that ends a heading.
 */
export async function corpusSentences(expected: CorpusCase): Promise<string[]> {
  const text =
    expected.encoding === 'docx'
      ? await docxText(expected.input)
      : decodeAs(await corpusInput(expected.input), expected.encoding);
  const squeeze = (line: string) => line.replace(/[\s\u3000]+/g, '');
  const title = squeeze(String(expected.frontmatter['title']));
  const lines = text
    .split(/\r?\n/)
    .map(squeeze)
    .filter((line) => line && !NOT_TEXT.test(line));
  const start = lines.findIndex((line) => title.startsWith(line.slice(0, 8)));
  // Word paragraphs are paragraphs; a text file's lines may be a PDF's broken lines.
  const units = expected.encoding === 'docx' ? lines : [lines.slice(Math.max(start, 0)).join('')];
  return units
    .flatMap((unit) => unit.split(/(?<=[。！？])/))
    .filter((sentence) => sentence.length > 0);
}

// A Word fixture's text as a reader sees it in Word, from its spec (numbers aside: Word adds them).
async function docxText(input: string): Promise<string> {
  const { docxSpecs } = await import('../../tests/fixtures/reports/docx-specs.ts');
  const spec = docxSpecs.find((each) => each.file === input);
  return (spec?.blocks ?? [])
    .map((block) => ('rows' in block ? block.rows.flat().join('\n') : block.text))
    .join('\n');
}

export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '');
}

const PDF_WIDTH = 30;
const PDF_PAGE_LINES = 36;

/**
 * A text as copied out of a PDF of 30 characters a line: every line broken at the measure,
 * paragraphs (lines ending a sentence) indented two characters, a page number every page.
 */
export function asPdfCopy(text: string): string {
  const printed: string[] = [];
  const widthOf = (character: string) => (character <= '~' ? 0.5 : 1);
  for (const line of text.split(/\r?\n/).map((each) => each.trim())) {
    if (!line) continue;
    let rest = [...(/[。！？]$/.test(line) ? `\u3000\u3000${line}` : line)];
    while (rest.length > 0) {
      let width = 0;
      let take = 0;
      while (take < rest.length && width + widthOf(rest[take]!) <= PDF_WIDTH) {
        width += widthOf(rest[take]!);
        take += 1;
      }
      printed.push(rest.slice(0, take).join(''));
      rest = rest.slice(take);
      if (printed.length % (PDF_PAGE_LINES + 1) === PDF_PAGE_LINES)
        printed.push(`— ${Math.ceil(printed.length / PDF_PAGE_LINES)} —`);
    }
  }
  return printed.join('\n');
}

// The corpus's typed reports, handed over the other ways staff have them: re-saved with CRLF and
// full-width indents, copied out of a PDF (hard-wrapped, page numbers, UTF-16), or off a web page
// that kept only each paragraph's indent (one long line). The importer
// must read each variant exactly as it reads the original.
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../src/lib/import/pipeline.ts';
import {
  asPdfCopy,
  corpusCases,
  corpusInput,
  decodeAs,
  outlineOf,
} from '../../tools/corpus/fixture-reports.ts';

const utf16 = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf8Bom = (text: string) =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);

const VARIANTS: [string, (text: string) => Buffer][] = [
  [
    'CRLF, full-width indents, BOM',
    (text) =>
      utf8Bom(
        text
          .split(/\r?\n/)
          .map((line) => `\u3000\u3000${line}`)
          .join('\r\n'),
      ),
  ],
  ['copied from a PDF, UTF-16', (text) => utf16(asPdfCopy(text))],

  [
    'copied from a web page that lost its line breaks (title apart, paragraphs run on)',
    (text) => {
      const [title, ...rest] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
      return Buffer.from(
        `${title}\n${rest.map((line) => `\u3000\u3000${line.trim()}`).join('')}\n`,
      );
    },
  ],
];

const typed = corpusCases().filter(
  (each) => each.encoding !== 'docx' && !each.input.includes('pdf-copy'),
);

describe.each(typed.map((each) => [each.input, each] as const))('%s', (_, expected) => {
  it.each(VARIANTS)('%s: same frontmatter and outline', async (__, variant) => {
    const text = decodeAs(await corpusInput(expected.input), expected.encoding);
    const draft = await draftReport('variant.txt', variant(text), {
      topics: [],
      defaultCommittee: '默认政协',
    });
    expect(draft.inferred).toMatchObject(expected.frontmatter);
    expect(outlineOf(draft.body)).toEqual(expected.outline);
  });
});

// A running head is told from text by recurring: the reports long enough for three pages or more.
const RUNNING_HEAD = '政协某市第十二届委员会第五次会议文件';
const PAGE_LINES = 23;
const withRunningHead = (text: string) =>
  asPdfCopy(text)
    .split('\n')
    .flatMap((line, index) =>
      index > 0 && index % PAGE_LINES === 0 ? [RUNNING_HEAD, line] : [line],
    );
const texts = await Promise.all(
  typed.map(async (each) => ({
    each,
    text: decodeAs(await corpusInput(each.input), each.encoding),
  })),
);
const paged = texts.filter(({ text }) => withRunningHead(text).length >= 3 * (PAGE_LINES + 1));

describe('copied from a PDF whose pages carry a running head', () => {
  it('covers the full-length reports', () => {
    expect(paged.length).toBeGreaterThanOrEqual(4);
  });

  it.each(paged.map(({ each, text }) => [each.input, each, text] as const))(
    '%s: the head is dropped, said, and the import is the same',
    async (_, expected, text) => {
      const draft = await draftReport(
        'variant.txt',
        Buffer.from(withRunningHead(text).join('\n')),
        {
          topics: [],
          defaultCommittee: '默认政协',
        },
      );
      expect(draft.inferred).toMatchObject(expected.frontmatter);
      expect(outlineOf(draft.body)).toEqual(expected.outline);
      expect(draft.body).not.toContain(RUNNING_HEAD);
      expect(draft.notes.join('\n')).toContain(`「${RUNNING_HEAD}」`);
    },
  );
});

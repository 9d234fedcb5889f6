// Text copied out of a PDF arrives one printed line per line: paragraphs broken every 28–40
// characters, page numbers (— 3 —) between pages. This finds that shape and undoes it.
import type { LineBlock, SourceBlock } from './blocks.ts';
import { isNumbered } from './numbering.ts';

/** What was repaired, for the import's one-line report. */
export interface PdfRepair {
  /** True when the lines were found to be hard-wrapped and were rejoined. */
  hardWrapped: boolean;
  /** Lines joined onto the line before them. */
  rejoined: number;
  /** Page-number lines dropped. */
  pageNumbers: number;
  /** A running head or foot printed on every page (政协…会议文件), dropped each time it recurs. */
  runningHeads: string[];
  /** True when some lines look hard-wrapped but too few to be sure: nothing was joined. */
  doubtful: boolean;
}

// — 3 —, - 3 -, －3－, 第3页, 第 3 页 共 12 页, 3/12, Page 3 of 12.
const PAGE_NUMBER =
  /^(?:[—–\-－─]{1,2}\s*\d{1,4}\s*[—–\-－─]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，、/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
const BARE_NUMBER = /^\d{1,3}$/;
const TERMINAL = /[。！？；：!?;:…）)」』”"]$/;
const SUBTITLE = /^[—–－-]{1,2}|^[（(].*会议|会议上[)）]?$/;
// Lines that open a block of the head: a subtitle, a date line, a salutation, a web page's button.
const HEAD_OPENING = /^(?:[—–－-]{1,2}|[（(].*(?:会议|\d日)|各位|同志们|【)/;
const LONG_ENOUGH = 12;
const RUNNING_HEAD_LONGEST = 40;
const RUNNING_HEAD_REPEATS = 3;
const PAGE_LINES_LEAST = 12;

// A short line that is not a sentence or a heading and recurs page after page in a PDF copy, at
// an even spacing of a page's worth of lines, is the page's running head or foot. A heading that
// repeats (「主要做法」 under each item) keeps no such rhythm.
function runningHeads(lines: readonly LineBlock[]): Set<string> {
  const places = new Map<string, number[]>();
  lines.forEach(({ text }, index) => {
    const at = places.get(text);
    if (at) at.push(index);
    else places.set(text, [index]);
  });
  return new Set(
    [...places]
      .filter(
        ([text, at]) => at.length >= RUNNING_HEAD_REPEATS && text.length <= RUNNING_HEAD_LONGEST,
      )
      .filter(([text]) => !TERMINAL.test(text) && !isNumbered(text) && !isPageNumber(text))
      .filter(([, at]) => pageRhythm(at))
      .map(([text]) => text),
  );
}

function pageRhythm(at: readonly number[]): boolean {
  const gaps = at.slice(1).map((index, step) => index - at[step]!);
  return Math.min(...gaps) >= PAGE_LINES_LEAST && Math.max(...gaps) <= 2 * Math.min(...gaps);
}

/** Width as printed: a CJK character is one, an ASCII character half. */
export function printedWidth(text: string): number {
  // Code units: an astral character (two units) counts 1 as one full-width character should.
  let half = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code <= 0x7e) half += 1;
    else if (code < 0xdc00 || code > 0xdfff) half += 2;
  }
  return half / 2;
}

/** True for a line that is only a page number. */
export function isPageNumber(text: string, hardWrapped = false): boolean {
  const folded = text.normalize('NFKC');
  return PAGE_NUMBER.test(folded) || (hardWrapped && BARE_NUMBER.test(folded));
}

/** The printed line width when most long lines share it (a PDF's measure), else undefined. */
export function wrapWidth(lines: readonly LineBlock[]): { width?: number; doubtful: boolean } {
  const long = lines.map((line) => printedWidth(line.text)).filter((width) => width >= LONG_ENOUGH);
  if (long.length < 8) return { doubtful: false };
  // A numbered heading (一、坚持政治引领，思想共识进一步凝聚) is unpunctuated by nature, not cut.
  const open = lines.filter(
    (line) =>
      !TERMINAL.test(line.text) &&
      printedWidth(line.text) >= LONG_ENOUGH &&
      !(isNumbered(line.text) && !line.text.includes('。')),
  );
  if (long.length < 8 || open.length < 4) return { doubtful: false };
  const widths = open.map((line) => printedWidth(line.text)).sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.75)]!;
  const atMeasure = long.filter((each) => Math.abs(each - width) <= 2).length / long.length;
  if (width <= 60 && atMeasure >= 0.5) return { width, doubtful: false };
  return { doubtful: width <= 60 && atMeasure >= 0.25 };
}

/** Drops page numbers and, when the text is hard-wrapped, joins each paragraph's lines into one. */
export function repairPdfText(blocks: readonly SourceBlock[]): {
  blocks: SourceBlock[];
  repair: PdfRepair;
} {
  const lines = blocks.filter((block): block is LineBlock => block.kind === 'line');
  // When (nearly) every line is indented, someone indented them all: the indent says nothing.
  const indents = lines.filter((line) => line.indented).length / Math.max(lines.length, 1) < 0.9;
  const { width, doubtful } = wrapWidth(lines);
  const hardWrapped = width !== undefined;
  const paged = hardWrapped || lines.some((line) => isPageNumber(line.text));
  const heads = paged ? runningHeads(lines) : new Set<string>();
  const repair: PdfRepair = {
    hardWrapped,
    rejoined: 0,
    pageNumbers: 0,
    doubtful,
    runningHeads: [...heads],
  };
  const out: SourceBlock[] = [];
  // The last printed line decides, not the paragraph joined so far.
  let lastLine: LineBlock | undefined;
  for (const block of blocks) {
    if (block.kind === 'line' && isPageNumber(block.text, hardWrapped)) {
      repair.pageNumbers += 1;
      continue;
    }
    if (block.kind === 'line' && heads.has(block.text)) continue;
    const previous = out.at(-1);
    if (
      width !== undefined &&
      block.kind === 'line' &&
      previous?.kind === 'line' &&
      lastLine !== undefined &&
      continues(lastLine, indents ? block : { ...block, indented: false }, width)
    ) {
      out[out.length - 1] = { ...previous, text: joinWrapped(previous.text, block.text) };
      repair.rejoined += 1;
    } else {
      out.push(block);
    }
    lastLine = block.kind === 'line' ? block : undefined;
  }
  return { blocks: out, repair };
}

// A full printed line runs on into the next, unless the next is indented (a new paragraph), opens
// the head (subtitle, date, salutation), or a sentence ended exactly at the margin and a heading
// follows. A full line that stops mid-sentence runs on, even into a line that happens to begin
// with 一、. (Without indents, a heading that exactly fills the measure cannot be told from a
// numbered paragraph's first line; it runs on, keeping the text whole.)
function continues(previous: LineBlock, line: LineBlock, width: number): boolean {
  if (printedWidth(previous.text) < width - 2.5 || SUBTITLE.test(previous.text)) return false;
  if (HEAD_OPENING.test(line.text)) return false;
  if (!TERMINAL.test(previous.text)) return !line.indented;
  // After a sentence's end: an indent, a number or a short line without a sentence's end (a
  // heading, not a paragraph's last line) starts a new block.
  const shortHeading = printedWidth(line.text) < width - 2.5 && !TERMINAL.test(line.text);
  return !line.indented && !isNumbered(line.text) && !shortHeading;
}

// Latin words broken at the margin keep a space between them; Chinese runs on without one.
function joinWrapped(before: string, after: string): string {
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z]/.test(after)
    ? `${before} ${after}`
    : before + after;
}

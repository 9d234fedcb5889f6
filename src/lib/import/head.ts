// The head of a report, whatever its layout: provenance and page debris, a title over one to three
// lines, then subtitle, date line, speaker and salutation in whatever order the source has them.
import { lineText, type SourceBlock, type StyleLevel } from './blocks.ts';
import { isNumbered } from './numbering.ts';
import { asciiDigits } from '../years.ts';
import {
  DEBRIS,
  isPageFurniture,
  PROVENANCE,
  takeFooter,
  takeProvenance,
  withoutCounters,
} from './page-furniture.ts';

/** What a head line is; kept as the paragraph's role in the body. */
export type HeadRole = 'subtitle' | 'date' | 'speaker' | 'salutation';

/** One line of the head that stays in the body as a paragraph. */
export interface HeadLine {
  role: HeadRole;
  text: string;
}

export interface ReportHead {
  /** Provenance before the title (本文系…投稿, 来源：…, 新华社北京3月13日电), lines joined. */
  source?: string;
  /** Web-page navigation around the text (首页 > …, 【打印】, 上一篇：…), left out and reported. */
  dropped: string[];
  /** The title, its lines joined and letter-spacing removed. */
  title?: string;
  /** Subtitle, date line, speaker and salutation, in source order. */
  lines: HeadLine[];
}

const TITLE_END = /(?:报告|总结|安排|要点|计划|讲话|工作)(?:[（(][^）)]{1,12}[)）])?$/;
const SUBTITLE = /^(?:[—–－-]{1,2}|[（(].*(?:会议|大会).*[)）]$|在.{2,40}(?:会议|大会)上$)/;
const DATE_LINE = /^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*[)）]?$/;
const SALUTATION = /^(?:各位|尊敬的|同志们)[^。；]{0,24}?[：:]/;
const SPEAKER_THEN_SALUTATION =
  /^([^。，；：:！？!?、]{2,30}?)((?:各位|尊敬的)[^。；]{0,24}[：:])$/;
const SENTENCE_PUNCTUATION = /[。，；！？：、,;!?:]/;
const LETTER_SPACED = /^(?:[\u4e00-\u9fff][ \u3000]+)+[\u4e00-\u9fff]$/;

/** Removes the blanks of a letter-spaced title line: 「工　作　报　告」 → 「工作报告」. */
export function unspaced(line: string): string {
  return LETTER_SPACED.test(line) ? line.replace(/[ \u3000]+/g, '') : line;
}

function isTitleLike(line: string | undefined, style?: StyleLevel): line is string {
  if (line === undefined) return false;
  if (style === 'title') return true;
  return (
    unspaced(line).length <= 50 &&
    !isNumbered(line) &&
    !/[。；！？，：:]$/.test(line) &&
    !SUBTITLE.test(line) &&
    !DATE_LINE.test(asciiDigits(line)) &&
    !SALUTATION.test(line)
  );
}

/** Splits the head off the report's lines; what follows is the body. */
export function takeHead(blocks: SourceBlock[]): ReportHead {
  const head: ReportHead = { dropped: [], lines: [] };
  const sources: string[] = [];
  takeProvenance(blocks, head.dropped, sources);
  const title = takeTitle(blocks);
  if (title) head.title = title;
  head.lines = takeHeadLines(blocks, head, sources);
  head.dropped.push(...takeFooter(blocks, sources));
  if (sources.length > 0) head.source = sources.map(withoutCounters).join('　');
  return head;
}

// One to three short lines whose joined text ends like a title (…工作报告); a lone first line that
// never reaches such an ending is the title by itself.
function takeTitle(blocks: SourceBlock[]): string | undefined {
  const first = blocks[0];
  if (first?.kind !== 'line' || !isTitleLike(first.text, first.style)) return undefined;
  let joined = '';
  for (let count = 1; count <= 3; count += 1) {
    const block = blocks[count - 1];
    if (block?.kind !== 'line' || !isTitleLike(block.text, block.style)) break;
    joined += unspaced(block.text);
    if (TITLE_END.test(joined) || block.style === 'title') {
      const after = blocks[count];
      const styledMore = after?.kind === 'line' && after.style === 'title';
      if (!styledMore) {
        blocks.splice(0, count);
        return joined;
      }
    }
  }
  blocks.shift();
  return unspaced(first.text);
}

// A web copy may also put its publishing data (发布时间：… 来源：…) and buttons between the title and
// the text: the first become `source`, the buttons are left out and reported.
function takeHeadLines(blocks: SourceBlock[], head: ReportHead, sources: string[]): HeadLine[] {
  const lines: HeadLine[] = [];
  const take = (role: HeadRole, text: string) => lines.push({ role, text });
  while (blocks.length > 1) {
    const line = lineText(blocks[0]);
    if (line === undefined) break;
    const glued = SPEAKER_THEN_SALUTATION.exec(line);
    if (SUBTITLE.test(line)) take('subtitle', line);
    else if (DATE_LINE.test(asciiDigits(line))) take('date', line);
    else if (SALUTATION.test(line)) {
      if (takeSalutation(blocks, line, take)) return lines;
    } else if (glued) {
      take('speaker', glued[1]!.trim());
      take('salutation', glued[2]!);
    } else if (isPageFurniture(line) && PROVENANCE.test(line)) sources.push(line);
    else if (isPageFurniture(line) && DEBRIS.test(line)) head.dropped.push(line);
    else if (isSpeaker(line) && salutationAhead(blocks)) take('speaker', line);
    else break;
    blocks.shift();
    if (lines.at(-1)?.role === 'salutation') break;
  }
  return lines;
}

// 「各位委员：现在，我代表…」 in one line (web copies lose line breaks): the salutation is split off
// and the rest stays as the first paragraph. Returns true when it did so.
function takeSalutation(
  blocks: SourceBlock[],
  line: string,
  take: (role: HeadRole, text: string) => void,
): boolean {
  const end = SALUTATION.exec(line)![0].length;
  take('salutation', line.slice(0, end));
  if (end === line.length) return false;
  blocks[0] = { kind: 'line', text: line.slice(end) };
  return true;
}

function isSpeaker(line: string): boolean {
  return line.length <= 30 && !SENTENCE_PUNCTUATION.test(line) && !isNumbered(line);
}

function salutationAhead(blocks: readonly SourceBlock[]): boolean {
  return blocks.slice(1, 4).some((block) => {
    const text = lineText(block);
    return (
      text !== undefined &&
      (SALUTATION.test(text) || SUBTITLE.test(text) || DATE_LINE.test(asciiDigits(text)))
    );
  });
}

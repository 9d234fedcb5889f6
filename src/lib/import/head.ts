// The head of a report, whatever its layout: provenance and page debris, a title over one to three
// lines, then subtitle, date line, speaker and salutation in whatever order the source has them.
import { lineText, type SourceBlock, type StyleLevel } from './blocks.ts';
import { isNumbered } from './numbering.ts';
import { asciiDigits } from '../years.ts';

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

// 新华社北京3月13日电, also with the reporters: 新华社北京3月13日电（记者 张某）.
const DATELINE =
  /^(?:新华社|中新社|人民日报|新华网|人民网|央视网|中国新闻网)?\S{0,8}?\d{1,2}月\d{1,2}日电(?:\s*[（(](?:记者|通讯员)[^）)]{0,30}[)）])?/;
const PROVENANCE =
  /(投稿|仅供.{0,6}参考|请勿照搬|转载|来源[:：]|摘自|原载|发布(?:时间|日期)[:：]|作者[:：]|记者[:：]|^[（(](?:记者|通讯员))/;
const DEBRIS =
  /^(?:首页|当前位置|您的位置|位置[:：])|[>＞»]|^【.{1,8}】|字号|字体[:：]|打印本页|【打印】|【关闭】|关闭窗口|^分享到|浏览次数|点击[数量率]|^责任编辑|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
// What a web page puts after an article: links to its neighbours, print and close buttons.
const FOOTER =
  /^(?:上一篇|下一篇|上一条|下一条|相关(?:链接|新闻|阅读|文章)|责任编辑|【打印】|【关闭】|打印本页|关闭窗口|分享到|扫一扫)/;
// Page furniture is short and never a sentence: text that ends like one stays text, whatever it holds.
const isPageFurniture = (line: string) => line.length <= 80 && !/[。！？!?]$/.test(line);
const TITLE_END = /(?:报告|总结|安排|要点|计划|讲话|工作)(?:[（(][^）)]{1,12}[)）])?$/;
const SUBTITLE = /^(?:[—–－-]{1,2}|[（(].*(?:会议|大会).*[)）]$|在.{2,40}(?:会议|大会)上$)/;
const DATE_LINE = /^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*[)）]?$/;
const SALUTATION = /^(?:各位|尊敬的|同志们)[^。；]{0,24}?[：:]/;
const SPEAKER_THEN_SALUTATION =
  /^([^。，；：:！？!?、]{2,30}?)((?:各位|尊敬的)[^。；]{0,24}[：:])$/;
const SENTENCE_PUNCTUATION = /[。，；！？：、,;!?:]/;
const LETTER_SPACED = /^(?:[\u4e00-\u9fff][ \u3000]+)+[\u4e00-\u9fff]$/;
const PRE_TITLE_LINES = 8;

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
  takeProvenance(blocks, head, sources);
  const title = takeTitle(blocks);
  if (title) head.title = title;
  head.lines = takeHeadLines(blocks, head, sources);
  head.dropped.push(...takeFooter(blocks));
  if (sources.length > 0) head.source = sources.map(withoutCounters).join('　');
  return head;
}

// A page's view counter (浏览次数：1234) changes with every visit: it is not where the text came from.
const COUNTER = /[\s\u3000]*(?:浏览次数|点击[数量率]|阅读(?:次数|量))[:：]?\s*\d+/g;
const withoutCounters = (line: string) => line.replace(COUNTER, '').trim();

function takeProvenance(blocks: SourceBlock[], head: ReportHead, sources: string[]): void {
  for (let seen = 0; seen < PRE_TITLE_LINES && blocks.length > 1; seen += 1) {
    const line = lineText(blocks[0]);
    if (line === undefined) break;
    // Full-width digits in a dateline (３月１３日电) read as ASCII; NFKC keeps the length.
    const dateline = DATELINE.exec(line.normalize('NFKC'))?.[0];
    if (dateline && dateline.length < line.length) {
      // 「新华社北京3月13日电 中国人民政治协商会议…」: the dateline is provenance, the rest stays.
      sources.push(line.slice(0, dateline.length));
      blocks[0] = { kind: 'line', text: line.slice(dateline.length).trim() };
      break;
    }
    if (dateline || PROVENANCE.test(line)) sources.push(line);
    else if (DEBRIS.test(line)) head.dropped.push(line);
    else break;
    blocks.shift();
  }
}

// Web-page lines after the article's last paragraph, taken from the end; a closing signature or
// date stays.
function takeFooter(blocks: SourceBlock[]): string[] {
  const footer: string[] = [];
  for (let line = lineText(blocks.at(-1)); line !== undefined; line = lineText(blocks.at(-1))) {
    if (!isPageFurniture(line) || !(FOOTER.test(line) || DEBRIS.test(line))) break;
    footer.unshift(line);
    blocks.pop();
  }
  return footer;
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

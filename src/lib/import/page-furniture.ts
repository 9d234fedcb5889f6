// The web page or meeting file around a report's text: provenance (news datelines, 发布时间/来源,
// a meeting document's label, a WeChat account line) becomes `source`; navigation, buttons, photo
// captions and credits are left out and reported. Only short lines that are not sentences qualify.
import { lineText, type SourceBlock } from './blocks.ts';

// 新华社北京3月13日电, also with the reporters: 新华社北京3月13日电（记者 张某）.
const DATELINE =
  /^(?:新华社|中新社|人民日报|新华网|人民网|央视网|中国新闻网)?\S{0,8}?\d{1,2}月\d{1,2}日电(?:\s*[（(](?:记者|通讯员)[^）)]{0,30}[)）])?/;
export const PROVENANCE =
  /(投稿|仅供.{0,6}参考|请勿照搬|转载|来源[:：]|摘自|原载|发布(?:时间|日期)[:：]|作者[:：]|记者[:：]|^[（(](?:记者|通讯员)|会议文件|大会(?:材料|文件)|材料之[一二三四五六七八九十\d]+$|此件公开发布|^\S{2,20}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?$)/;
export const DEBRIS =
  /^(?:首页|当前位置|您的位置|位置[:：]|[▲△▼]|图为)|[>＞»]|^【.{1,8}】|字号|字体[:：]|打印本页|【打印】|【关闭】|关闭窗口|^分享到|浏览次数|点击[数量率]|^责任编辑|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
// What a web page puts after an article: a news item's （完）, links to its neighbours, print and
// close buttons, credits.
const FOOTER =
  /^(?:[（(]完[)）]$|上一篇|下一篇|上一条|下一条|相关(?:链接|新闻|阅读|文章)|责任编辑|责编|编辑[:：]|审核[:：]|校对[:：]|监制[:：]|【打印】|【关闭】|打印本页|关闭窗口|分享到|扫一扫)/;
// Page furniture is short and never a sentence: text that ends like one stays text, whatever it holds.
export const isPageFurniture = (line: string) => line.length <= 80 && !/[。！？!?]$/.test(line);

const PRE_TITLE_LINES = 8;

// A page's view counter (浏览次数：1234) changes with every visit: it is not where the text came from.
const COUNTER = /[\s\u3000]*(?:浏览次数|点击[数量率]|阅读(?:次数|量))[:：]?\s*\d+/g;
export const withoutCounters = (line: string) => line.replace(COUNTER, '').trim();

/** Takes provenance and debris lines before the title off the front of `blocks`. */
export function takeProvenance(blocks: SourceBlock[], dropped: string[], sources: string[]): void {
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
    else if (DEBRIS.test(line)) dropped.push(line);
    else break;
    blocks.shift();
  }
}

/**
 * Takes web-page lines after the text off the end of `blocks` (a 来源 line among them joins
 * `sources`) and returns those left out; a closing signature or date stays.
 */
export function takeFooter(blocks: SourceBlock[], sources: string[]): string[] {
  const footer: string[] = [];
  const endSources: string[] = [];
  for (let line = lineText(blocks.at(-1)); line !== undefined; line = lineText(blocks.at(-1))) {
    if (!isPageFurniture(line)) break;
    if (/^来源[:：]/.test(line)) endSources.unshift(line);
    else if (FOOTER.test(line) || DEBRIS.test(line)) footer.unshift(line);
    else break;
    blocks.pop();
  }
  sources.push(...endSources);
  return footer;
}

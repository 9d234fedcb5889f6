// The numbering shapes of Chinese official documents, outermost first:
// 第一部分 · 一、 · （一） · 1. · （1） · ①.

const CN = '[一二三四五六七八九十百]{1,4}';

/** A numbering shape a heading line opens with. */
export type NumberStyle = 'section' | 'cn' | 'cnParen' | 'arabic' | 'arabicParen' | 'circled';

/** Nesting rank of each shape, outermost lowest; unnumbered part headings rank 1. */
export const STYLE_RANK: Record<NumberStyle, number> = {
  section: 0,
  cn: 2,
  cnParen: 3,
  arabic: 4,
  arabicParen: 5,
  circled: 6,
};

/** 第一部分, 第二章 (the outermost division of long reports). */
export const SECTION_NUMBER = new RegExp(`^第${CN}(?:部分|章|篇)`);
/** 一、 (a part). */
export const PART_NUMBER = new RegExp(`^${CN}[、，,．.]`);
/** （一） or (一), also Word's one-character ㈠ (an item). */
export const ITEM_NUMBER = new RegExp(`^(?:[（(]${CN}[)）]|[㈠-㈩])`);
// ⒈ and ⑴ are the one-character forms Word and old GBK files use for 1. and （1）.
const ARABIC = /^(?:[0-9０-９]{1,2}[.．、](?![0-9０-９])|[⒈-⒛])/;
const ARABIC_PAREN = /^(?:[（(][0-9０-９]{1,2}[)）]|[⑴-⒇])/;
const CIRCLED = /^[①-⑳]/;

const SHAPES: [NumberStyle, RegExp][] = [
  ['section', SECTION_NUMBER],
  ['cn', PART_NUMBER],
  ['cnParen', ITEM_NUMBER],
  ['arabic', ARABIC],
  ['arabicParen', ARABIC_PAREN],
  ['circled', CIRCLED],
];

/** The numbering shape a line opens with, if any. */
export function numberStyle(line: string): NumberStyle | undefined {
  return SHAPES.find(([, pattern]) => pattern.test(line))?.[0];
}

/** True when a line opens with any of the numberings. */
export function isNumbered(line: string): boolean {
  return numberStyle(line) !== undefined;
}

// 一、 十二、 （一） 1. ①: the first of its series, where numbering starts over under a new heading.
const FIRST_NUMBER =
  /^(?:第一(?:部分|章|篇)|一[、，,．.]|[（(]一[)）]|㈠|[1１][.．、](?![0-9０-９])|⒈|[（(][1１][)）]|⑴|①)/;

/** True for 一、 （一） 1. （1） ①: a line that starts a numbered series. */
export function startsSeries(line: string): boolean {
  return FIRST_NUMBER.test(line);
}

const HEADING_MAX = 60;

/** A numbered line split into its heading and the text after it, or null when it has no heading. */
export interface LeadSplit {
  heading: string;
  rest: string;
}

/**
 * The heading of a numbered line is its lead phrase up to and including the first 。 — the rest is
 * the item's text. A line without a 。 inside is a heading when it is short, else it is plain text.
 */
export function splitLead(line: string): LeadSplit | null {
  const stop = line.indexOf('。');
  if (stop >= 0 && stop < line.length - 1 && stop < HEADING_MAX) {
    return { heading: line.slice(0, stop + 1), rest: line.slice(stop + 1) };
  }
  return line.length <= HEADING_MAX ? { heading: line, rest: '' } : null;
}

// The numbering shapes of Chinese official documents, outermost first: 一、 （一） 1. （1）.

const CN = '[一二三四五六七八九十百]{1,4}';

/** 一、 (a part). */
export const PART_NUMBER = new RegExp(`^${CN}[、，,．.]`);
/** （一） or (一) (an item). */
export const ITEM_NUMBER = new RegExp(`^[（(]${CN}[)）]`);
/** 1. 1． 1、 （1） (1) (a sub-item); `1.5万元` is a number, not a sub-item. */
export const SUBITEM_NUMBER = /^(?:[0-9０-９]{1,2}[.．、](?![0-9０-９])|[（(][0-9０-９]{1,2}[)）])/;

/** True when a line opens with any of the numberings. */
export function isNumbered(line: string): boolean {
  return PART_NUMBER.test(line) || ITEM_NUMBER.test(line) || SUBITEM_NUMBER.test(line);
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

import type { Span } from './runs.ts';

/** What Pagefind's data() gives for a page, as far as the results list uses it. */
export interface PageData {
  /** The page's address below the base path. */
  url: string;
  /** The indexed text, its words separated by U+200B (so word positions map to characters). */
  raw_content: string;
  meta: Record<string, string | undefined>;
  /** Headings with ids, and the word each starts at. */
  anchors: { element: string; id?: string; text: string; location: number }[];
}

/** A stretch of a report: the text before the first heading, or a heading and what follows it. */
export interface Section {
  /** The heading's id; undefined for the text before the first heading. */
  id: string | undefined;
  title: string;
  /** Word positions the section covers. */
  words: Span;
  /** Its text after the heading, as shown. */
  body: string;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** The page's words, by Pagefind word position. */
export function pageWords(rawContent: string): string[] {
  return rawContent
    .split('\u200B')
    .map((word) => word.replace(/&(lt|gt|amp);/g, (e) => ENTITIES[e]!));
}

/** The page cut at its headings (h2–h4 with ids), in order; empty stretches left out. */
export function sectionsOf(page: PageData): Section[] {
  const words = pageWords(page.raw_content);
  const headings = page.anchors
    .filter((anchor) => anchor.id && /^h[2-4]$/.test(anchor.element))
    .sort((a, b) => a.location - b.location);
  const starts = [
    { id: undefined, title: '', location: 0 },
    ...headings.map((h) => ({ id: h.id, title: h.text, location: h.location })),
  ];
  return starts
    .map((start, index) => {
      const end = (starts[index + 1]?.location ?? words.length) - 1;
      const own = words.slice(start.location, end + 1);
      const body = own.slice(headingLength(own, start.title)).join('').trim();
      return { id: start.id, title: start.title, words: { start: start.location, end }, body };
    })
    .filter((section) => section.body.length > 0 || section.id !== undefined);
}

/** How many of a section's words its heading takes, with the "." Pagefind adds after a heading. */
function headingLength(words: readonly string[], title: string): number {
  const target = title.replace(/\s/g, '');
  if (!target) return 0;
  let text = '';
  for (let count = 0; count < words.length; count += 1) {
    text += words[count]!.replace(/\s/g, '');
    if (text.length >= target.length)
      return words[count + 1]?.trim() === '.' ? count + 2 : count + 1;
  }
  return words.length;
}

/** The address of a section: the page, with the heading's id as fragment. */
export function sectionUrl(pageUrl: string, section: Pick<Section, 'id'>): string {
  return section.id ? `${pageUrl}#${encodeURIComponent(section.id)}` : pageUrl;
}

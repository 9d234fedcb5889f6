// A report's body as sections — the text under each part (##) and item (###) heading, with the
// heading's id on the page — for the cross-year pages (plan review, topics, figures). Read from the
// MDX source line by line: a full Markdown parse of every report would cost more than all the
// cross-year pages together, and the importer writes plain ATX headings and paragraphs.
import { buildOutline, type HeadingInfo } from './outline.ts';
import type { PartKind } from './parts.ts';

/** The text under one heading (or before the first one), up to the next part or item heading. */
export interface ReportSection {
  /** The heading's id on the report page; '' for the opening text before any heading. */
  id: string;
  /** 2 for a part, 3 for an item, 0 for the opening text. */
  depth: 0 | 2 | 3;
  /** The heading as shown ('' for the opening text). */
  heading: string;
  /** The kind of the part the section belongs to. */
  kind: PartKind;
  /** The id of that part ('' when there is none). */
  partId: string;
  /** Paragraphs as the reader sees them: Markdown marks and escapes removed. */
  paragraphs: string[];
}

const HEADING_LINE = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;

/**
 * Splits an MDX body into sections. `headings` are the page's headings (Astro's `render()`), which
 * give each section its id and each part its kind; a heading line of the body is paired with the
 * next page heading of the same depth and text, so an odd line never shifts the ids.
 */
export function reportSections(
  body: string,
  headings: readonly HeadingInfo[],
  context: { year?: number | undefined } = {},
): ReportSection[] {
  const outline = buildOutline(headings, context);
  const kindOf = new Map<string, { kind: PartKind; partId: string }>();
  for (const part of outline) {
    if (part.id) kindOf.set(part.id, { kind: part.kind, partId: part.id });
    for (const item of part.items) kindOf.set(item.id, { kind: part.kind, partId: part.id });
  }
  const pending = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  const sections: ReportSection[] = [opening()];
  let block: string[] = [];
  const flush = () => {
    const text = blockText(block);
    if (text) sections.at(-1)!.paragraphs.push(text);
    block = [];
  };
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = fenced ? null : HEADING_LINE.exec(line);
    const depth = match?.[1]!.length;
    if (match && (depth === 2 || depth === 3)) {
      flush();
      const text = inlineText(match[2]!);
      const index = pending.findIndex((h) => h.depth === depth && sameText(h.text, text));
      const heading = index >= 0 ? pending.splice(0, index + 1).at(-1) : undefined;
      const id = heading?.slug ?? '';
      const place = kindOf.get(id) ?? { kind: sections.at(-1)!.kind, partId: '' };
      sections.push({ id, depth, heading: heading?.text ?? text, ...place, paragraphs: [] });
    } else if (match) {
      flush();
      block.push(match[2]!);
      flush();
    } else if (line.trim() === '') {
      flush();
    } else if (/^\s*\|/.test(line)) {
      // Each table row reads as a line of its own.
      flush();
      block.push(line);
      flush();
    } else if (!/^(import|export)\s/.test(line)) {
      block.push(line);
    }
  }
  flush();
  return sections.filter((section) => section.depth > 0 || section.paragraphs.length > 0);
}

function opening(): ReportSection {
  return { id: '', depth: 0, heading: '', kind: 'other', partId: '', paragraphs: [] };
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** A paragraph's lines joined as the page shows them: no space where Chinese lines wrap. */
function blockText(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (/^\s*\|?\s*:?-{3,}/.test(line)) continue; // a table's delimiter row
    const shown = /^\s*\|/.test(line)
      ? line
          .trim()
          .split(/(?<!\\)\|/)
          .map(inlineText)
          .filter(Boolean)
          .join('\u3000')
      : inlineText(line.replace(/^\s*(?:[-*+>])\s+/, ''));
    text += /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(shown) ? ` ${shown}` : shown;
  }
  return text.trim();
}

/** Inline Markdown to text: escapes resolved; emphasis marks, code ticks, tags and link targets dropped. */
export function inlineText(markdown: string): string {
  // Most report text has no Markdown at all: nothing to resolve.
  if (!/[\\*_`<[]/.test(markdown)) return markdown.trim();
  const source = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '');
  let text = '';
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    const next = source[index + 1] ?? '';
    if (char === '\\' && /[!-/:-@[-`{-~]/.test(next)) {
      text += next;
      index += 1;
    } else if (!'*_`'.includes(char)) {
      text += char;
    }
  }
  return text.trim();
}

/** The section's whole text: heading, then paragraphs. */
export function sectionText(section: Pick<ReportSection, 'heading' | 'paragraphs'>): string {
  return [section.heading, ...section.paragraphs].join('\n');
}

const SENTENCE_END = /[。！？；]/;
const CLOSERS = /[”’」』）)]/;

/** Sentences of a paragraph, each with its closing mark (。！？；) and any closing quote after it. */
export function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = [];
  let current = '';
  for (let index = 0; index < paragraph.length; index += 1) {
    current += paragraph[index];
    const ends = SENTENCE_END.test(paragraph[index]!) || paragraph[index] === '\n';
    if (!ends || SENTENCE_END.test(paragraph[index + 1] ?? '')) continue;
    while (CLOSERS.test(paragraph[index + 1] ?? '')) current += paragraph[++index];
    sentences.push(current.trim());
    current = '';
  }
  sentences.push(current.trim());
  return sentences.filter(Boolean);
}

import { classifyParts, type PartContext, type PartKind } from './parts.ts';

/** A heading as Astro's render() reports it. */
export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

/** An item (（一）…) inside a part. */
export interface OutlineItem {
  /** The heading's id on the page. */
  id: string;
  /** The heading text as shown. */
  text: string;
}

/** A part (一、…) with its items and its classification. */
export interface OutlinePart extends OutlineItem {
  kind: PartKind;
  items: OutlineItem[];
}

/**
 * Turns the flat heading list into parts (##) with their items (###), each part classified with the
 * report's summary year; deeper headings (####) are not listed.
 */
export function buildOutline(
  headings: readonly HeadingInfo[],
  context: PartContext = {},
): OutlinePart[] {
  const kinds = classifyParts(
    headings.filter((heading) => heading.depth === 2).map((heading) => heading.text),
    context,
  );
  const parts: OutlinePart[] = [];
  let partIndex = 0;
  for (const heading of headings) {
    const entry = { id: heading.slug, text: heading.text };
    if (heading.depth === 2) {
      parts.push({ ...entry, kind: kinds[partIndex++] ?? 'other', items: [] });
    } else if (heading.depth === 3) {
      // An item before any part still belongs in the outline: give it an untitled container.
      if (parts.length === 0) parts.push({ id: '', text: '', kind: 'other', items: [] });
      parts.at(-1)!.items.push(entry);
    }
  }
  return parts;
}

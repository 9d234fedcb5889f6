// Fills the search page's <template>s (markup and styles live in search.astro): text only, never
// HTML, so nothing a reader types and nothing from the index is ever parsed as markup.
import type { RankedResult } from '../lib/search/describe.ts';
import { withHighlight } from '../lib/search/excerpt.ts';

/** A clone of the page's `<template data-template="name">` content's first element. */
export function fromTemplate<T extends Element>(root: ParentNode, name: string): T {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
  if (!template) throw new Error(`search page lacks <template data-template="${name}">`);
  return template.content.firstElementChild!.cloneNode(true) as T;
}

function fill(item: Element, selector: string, text: string | undefined): void {
  const node = item.querySelector(selector)!;
  if (text) node.textContent = text;
  else node.remove();
}

const BADGES = { exact: '完整匹配', 'all-words': '', partial: '部分匹配' } as const;

function resultItem(root: ParentNode, result: RankedResult): HTMLLIElement {
  const item = fromTemplate<HTMLLIElement>(root, 'result');
  item.dataset['match'] = result.match;
  const link = item.querySelector<HTMLAnchorElement>('.result-link')!;
  link.href = withHighlight(result.url, result.highlight);
  fill(item, '.result-title', result.title);
  fill(item, '.result-section', result.sectionTitle);
  fill(item, '.result-archive', result.archive);
  fill(item, '.result-year', result.year ? `${result.year}年` : undefined);
  const missing =
    result.missingWords.length > 0 ? `：不含「${result.missingWords.join('」「')}」` : '';
  fill(item, '.badge', BADGES[result.match] && BADGES[result.match] + missing);
  const excerpt = item.querySelector('.excerpt')!;
  const mark = excerpt.querySelector('mark')!;
  excerpt.replaceChildren(
    ...result.excerpt.map((part) =>
      part.marked
        ? Object.assign(mark.cloneNode() as HTMLElement, { textContent: part.text })
        : document.createTextNode(part.text),
    ),
  );
  const more = item.querySelector('.more-sections')!;
  const moreItem = more.firstElementChild!;
  more.replaceChildren(
    ...result.moreSections.map((section) => {
      const entry = moreItem.cloneNode(true) as HTMLLIElement;
      const sectionLink = entry.querySelector('a')!;
      sectionLink.href = withHighlight(section.url, result.highlight);
      sectionLink.textContent = section.title;
      return entry;
    }),
  );
  if (result.moreSections.length === 0) more.remove();
  return item;
}

/** Adds result items to the list (replacing what it held, unless appending); returns the first new link. */
export function renderResults(
  list: HTMLOListElement,
  results: readonly RankedResult[],
  append = false,
): HTMLAnchorElement | null {
  const items = results.map((result) => resultItem(list.ownerDocument, result));
  if (append) list.append(...items);
  else list.replaceChildren(...items);
  return items[0]?.querySelector('a') ?? null;
}

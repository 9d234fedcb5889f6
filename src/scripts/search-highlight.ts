// Marks, on a report page opened from a search result, the words or phrase the link names (?hl=),
// and scrolls to the first mark inside the section the link points at.
import { HIGHLIGHT_PARAM } from '../lib/search/excerpt.ts';
import { matchRanges } from '../lib/search/highlight.ts';

const BLOCKS = 'p, li, td, th, h1, h2, h3, h4, h5, h6, blockquote, pre';

/** The body's visible text nodes, and the text they make with a break between blocks. */
function textOf(body: Element) {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], [hidden], script, style, template')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  let block: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const own = node.parentElement?.closest(BLOCKS) ?? null;
    // A character no needle holds keeps a phrase from running on from one paragraph into the next.
    if (own !== block && text) text += '\u0000';
    block = own;
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  return { nodes, text };
}

function mark(terms: readonly string[]): HTMLElement[] {
  const body = document.querySelector('[data-pagefind-body]');
  const template = document.querySelector<HTMLTemplateElement>(
    'template[data-template="search-mark"]',
  );
  if (!body || !template) return [];
  const { nodes, text } = textOf(body);
  const marks: HTMLElement[] = [];
  // From the last range back, so earlier offsets stay valid while nodes are split.
  for (const range of matchRanges(text, terms).reverse()) {
    for (const { node, start } of [...nodes].reverse()) {
      const from = Math.max(range.start, start);
      const to = Math.min(range.end, start + node.data.length);
      if (from >= to) continue;
      const piece = node.splitText(from - start);
      piece.splitText(to - from);
      const element = template.content.firstElementChild!.cloneNode() as HTMLElement;
      piece.replaceWith(element);
      element.append(piece);
      marks.unshift(element);
    }
  }
  return marks;
}

/** The first mark after the target heading and before the next heading of its rank or higher. */
function firstInSection(marks: readonly HTMLElement[]): HTMLElement | undefined {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return marks[0];
  const rank = /^H(\d)$/.exec(target.tagName)?.[1] ?? '6';
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const next = headings.find(
    (heading) =>
      target.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING &&
      heading.tagName.slice(1) <= rank,
  );
  return marks.find(
    (element) =>
      target.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
      (!next || element.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
}

const terms = new URLSearchParams(location.search)
  .getAll(HIGHLIGHT_PARAM)
  .map((term) => term.trim())
  .filter(Boolean)
  .slice(0, 10);
if (terms.length > 0) {
  const first = firstInSection(mark(terms));
  // The browser scrolls to the #section once the page has loaded; the mark comes after that.
  const show = () => requestAnimationFrame(() => first?.scrollIntoView({ block: 'center' }));
  if (document.readyState === 'complete') show();
  else window.addEventListener('load', show, { once: true });
}

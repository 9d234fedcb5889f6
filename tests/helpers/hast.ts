// Built pages as trees (hast), for build tests that ask about structure rather than strings.
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page at a URL path below the base (`topics/` → topics/index.html), parsed. */
export function pageTree(distDir: string, urlPath: string): Root {
  const file = /\.html$/.test(urlPath) ? urlPath : join(urlPath, 'index.html');
  return fromHtml(readFileSync(join(distDir, file), 'utf8'));
}

/** Every element below `node` (itself included) for which `test` holds, in document order. */
export function findAll(node: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'element' && test(current)) found.push(current);
    if ('children' in current) for (const child of current.children) walk(child);
  };
  walk(node);
  return found;
}

/** Elements with a tag name and, optionally, a class. */
export const byTag =
  (tag: string, className?: string) =>
  (element: Element): boolean =>
    element.tagName === tag &&
    (className === undefined ||
      ((element.properties['className'] as string[]) ?? []).includes(className));

/** Elements carrying an attribute (as hast names it: dataYear for data-year), with a value if given. */
export const byAttribute =
  (name: string, value?: string) =>
  (element: Element): boolean =>
    name in element.properties &&
    (value === undefined || String(element.properties[name]) === value);

/** The element's text, whitespace collapsed. */
export function textIn(node: Nodes): string {
  return toText(node).replace(/\s+/g, ' ').trim();
}

/** The href of every link below `node`. */
export function hrefsIn(node: Nodes): string[] {
  return findAll(node, byTag('a')).map((a) => String(a.properties['href']));
}

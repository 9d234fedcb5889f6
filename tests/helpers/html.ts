// Readers of built HTML for build tests, on the syntax tree hast-util-from-html makes: a test sees
// the page as a browser's parser does (entities, optional tags, attribute quoting), not as text.
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** HTML source, or a tree or element already parsed from it. */
export type Html = string | Nodes;

const treeOf = (html: Html): Nodes => (typeof html === 'string' ? fromHtml(html) : html);

/** The HTML of a built page, by its URL path below the base (e.g. `reports/alpha/2016/`). */
export function readPage(distDir: string, urlPath: string): string {
  const file = urlPath.endsWith('.html') ? urlPath : join(urlPath, 'index.html');
  return readFileSync(join(distDir, file), 'utf8');
}

/** Every element in document order. */
export function elements(html: Html): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(treeOf(html));
  return found;
}

/** hast's name for an HTML attribute: `class` → `className`, `data-pagefind-body` → `dataPagefindBody`. */
function propertyName(attribute: string): string {
  const special: Record<string, string> = { class: 'className', for: 'htmlFor' };
  return (
    special[attribute] ??
    attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
  );
}

/** An attribute's value as written (lists joined by spaces, a bare attribute as ''); undefined when absent. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[propertyName(name)];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Every value of one attribute on elements whose tag name matches `tag` (`a`, `h[23]`), in order. */
export function attributeValues(html: Html, tag: string, name: string): string[] {
  const tagName = new RegExp(`^(?:${tag})$`);
  return elements(html)
    .filter((element) => tagName.test(element.tagName))
    .map((element) => attribute(element, name))
    .filter((value): value is string => value !== undefined);
}

/** Rendered text, as innerText has it (no head, script or hidden elements), whitespace collapsed. */
export function textOf(html: Html): string {
  return toText(treeOf(html)).replace(/\s+/g, ' ').trim();
}

/**
 * The first element carrying `marker`: an attribute (`data-pagefind-body`) or an attribute with
 * its value (`aria-label="报告目录"`).
 */
export function regionWith(html: Html, marker: string): Element {
  const [, name, value] = /^([\w-]+)(?:="(.*)")?$/.exec(marker) ?? [];
  if (!name) throw new Error(`not a marker: ${marker}`);
  const region = elements(html).find((element) => {
    const found = attribute(element, name);
    return found !== undefined && (value === undefined || found === value);
  });
  if (!region) throw new Error(`no element with ${marker}`);
  return region;
}

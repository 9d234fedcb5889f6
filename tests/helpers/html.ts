// Small readers of built HTML for build tests: enough structure to assert on, no DOM library needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML of a built page, by its URL path below the base (e.g. `reports/alpha/2016/`). */
export function readPage(distDir: string, urlPath: string): string {
  const file = urlPath.endsWith('.html') ? urlPath : join(urlPath, 'index.html');
  return readFileSync(join(distDir, file), 'utf8');
}

/** Every value of one attribute on elements matching a simple tag name, in document order. */
export function attributeValues(html: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((match) => decodeEntities(match[1]!));
}

/** Visible text: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  ).trim();
}

/** The part of a page inside the element that carries `marker` (e.g. `data-pagefind-body`). */
export function regionWith(html: string, marker: string): string {
  const start = html.indexOf(marker);
  if (start < 0) throw new Error(`no element with ${marker}`);
  const open = html.lastIndexOf('<', start);
  const tag = /^<(\w+)/.exec(html.slice(open))![1]!;
  let depth = 0;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  pattern.lastIndex = open;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(open, match.index + match[0].length);
  }
  throw new Error(`unclosed <${tag}> with ${marker}`);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

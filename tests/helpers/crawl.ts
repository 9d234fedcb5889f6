// A link checker for a served archive: from its index and sitemap, fetch every page and asset that
// any page links to, over HTTP, and report what is broken or leaves the base path.
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { attribute, elements } from './html.ts';

export interface CrawlReport {
  /** Every URL fetched (without fragment), with its status. */
  fetched: Map<string, number>;
  /** `page → link: what is wrong`, for links that failed or leave the base path. */
  problems: string[];
}

/** The URLs a page refers to: links, stylesheets, icons, scripts, images, forms, OpenGraph. */
function references(page: Element[]): string[] {
  const urls: string[] = [];
  for (const element of page) {
    for (const name of ['href', 'src', 'action']) {
      const value = attribute(element, name);
      if (value !== undefined) urls.push(value);
    }
    const property = attribute(element, 'property');
    if (element.tagName === 'meta' && /^og:(url|image)$/.test(property ?? ''))
      urls.push(attribute(element, 'content')!);
  }
  return urls;
}

/** The `<loc>`s of a sitemap or sitemap index. */
function sitemapLocations(xml: string): string[] {
  return elements(fromHtml(xml))
    .filter((element) => element.tagName === 'loc')
    .map((loc) =>
      loc.children
        .map((child) => ('value' in child ? child.value : ''))
        .join('')
        .trim(),
    );
}

/**
 * Crawls `origin + basePath`. `builtOrigin` is the SITE_URL the archive was built with: absolute
 * links to it are followed on the local server. Any other origin, and any path outside
 * `basePath`, is a problem; so is a status other than 200 or a `#fragment` no element carries.
 */
export async function crawl(
  origin: string,
  basePath: string,
  builtOrigin: string,
): Promise<CrawlReport> {
  const fetched = new Map<string, number>();
  const ids = new Map<string, Set<string>>();
  const problems: string[] = [];
  const queue: { url: URL; from: string }[] = [
    { url: new URL(basePath, origin), from: '(start)' },
    { url: new URL(`${basePath}sitemap-index.xml`, origin), from: '(start)' },
    { url: new URL(`${basePath}404.html`, origin), from: '(start)' },
  ];
  const fragments: { page: string; target: string; id: string }[] = [];
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    const key = url.href.replace(/#.*$/, '');
    if (fetched.has(key)) continue;
    const response = await fetch(key, { redirect: 'manual' });
    fetched.set(key, response.status);
    if (response.status !== 200) {
      problems.push(`${from} → ${key}: HTTP ${response.status}`);
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    let links: string[] = [];
    if (type.startsWith('text/html')) {
      const page = elements(fromHtml(await response.text()));
      links = references(page);
      ids.set(key, new Set(page.map((element) => attribute(element, 'id') ?? '')));
    } else if (/\/sitemap[\w-]*\.xml$/.test(key)) {
      links = sitemapLocations(await response.text());
    }
    for (const link of links) {
      let target = new URL(link, key);
      // The build's absolute addresses (canonical, sitemap, OpenGraph) are this server's pages.
      if (target.origin === builtOrigin)
        target = new URL(target.pathname + target.search + target.hash, origin);
      if (target.origin !== origin) {
        problems.push(`${key} → ${link}: another origin`);
        continue;
      }
      if (!target.pathname.startsWith(basePath)) {
        problems.push(`${key} → ${link}: outside ${basePath}`);
        continue;
      }
      if (target.hash)
        fragments.push({
          page: key,
          target: target.href.replace(/#.*$/, ''),
          // A text fragment (#id:~:text=…) names the id before its directive.
          id: decodeURIComponent(target.hash.slice(1)).split(':~:')[0]!,
        });
      queue.push({ url: target, from: key });
    }
  }
  for (const { page, target, id } of fragments) {
    if (!ids.get(target)?.has(id))
      problems.push(`${page} → ${target}#${id}: no element with that id`);
  }
  return { fetched, problems };
}

// Writes the search catalog (src/lib/search/catalog.ts) from the index Pagefind just wrote, and
// tells the search page its file name: the name carries a hash of the content, so a web server
// may cache it for good and a rebuilt archive is never searched with a stale catalog.
import { createHash } from 'node:crypto';
import { glob, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildCatalog, type IndexedPage } from '../lib/search/catalog.ts';

/** The search page's attribute value the build replaces with the catalog's path. */
export const CATALOG_PLACEHOLDER = '__SEARCH_CATALOG__';
const SIGNATURE = 'pagefind_dcd';

type Fragment = Omit<IndexedPage, 'id'> & { url: string };

/** Every page of a written Pagefind bundle: fragments are one page per file, or grouped by hash. */
async function indexedPages(bundleDir: string): Promise<IndexedPage[]> {
  const pages: IndexedPage[] = [];
  for await (const file of glob('fragment/*.pf_fragment', { cwd: bundleDir })) {
    let bytes = await readFile(join(bundleDir, file));
    if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) bytes = gunzipSync(bytes);
    const json = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as
      Fragment | Record<string, Fragment>;
    const entries: [string, Fragment][] =
      'url' in json && typeof json.url === 'string'
        ? [[basename(file, '.pf_fragment'), json as Fragment]]
        : Object.entries(json as Record<string, Fragment>);
    for (const [id, fragment] of entries)
      pages.push({ id, meta: fragment.meta, anchors: fragment.anchors });
  }
  return pages;
}

/** Writes `pagefind/catalog.<hash>.json` and puts its path into the search page. */
export async function writeSearchCatalog(outDir: string): Promise<string> {
  const bundleDir = join(outDir, 'pagefind');
  const json = JSON.stringify(buildCatalog(await indexedPages(bundleDir)));
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
  const name = `catalog.${hash}.json`;
  await writeFile(join(bundleDir, name), json);
  const searchPage = join(outDir, 'search/index.html');
  const html = await readFile(searchPage, 'utf8').catch(() => '');
  if (!html.includes(CATALOG_PLACEHOLDER))
    throw new Error(`搜索页 ${searchPage} 缺少搜索目录占位符 ${CATALOG_PLACEHOLDER}`);
  await writeFile(searchPage, html.replaceAll(CATALOG_PLACEHOLDER, `pagefind/${name}`));
  return name;
}

// Writes the search catalog (src/lib/search/catalog.ts) from the index Pagefind just wrote, and
// tells the search page its file name: the name carries a hash of the content, so a web server
// may cache it for good and a rebuilt archive is never searched with a stale catalog. A portal
// finds a member's catalog through the member's pagefind/archive.json (lib/search/archives.ts).
import { createHash } from 'node:crypto';
import { glob, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DESCRIPTOR_PATH, searchFormat, type ArchiveDescriptor } from '../lib/search/archives.ts';
import { buildCatalog, type IndexedPage } from '../lib/search/catalog.ts';
import { keyPages, shardBundle } from '../lib/search/shards.ts';

/** The search page's attribute value the build replaces with the catalog's path. */
export const CATALOG_PLACEHOLDER = '__SEARCH_CATALOG__';
/** The search page's attribute value the build replaces with searchFormat() (archives.ts). */
export const FORMAT_PLACEHOLDER = '__SEARCH_FORMAT__';
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

/**
 * Writes `pagefind/catalog.<hash>.json` over the archive's `shards` bundles (shards.ts) and the
 * descriptor a portal reads (`pagefind/archive.json`: the catalog's path and the search format),
 * and puts both into the search page.
 */
export async function writeSearchCatalog(outDir: string, shards = 1): Promise<string> {
  const bundleDir = join(outDir, 'pagefind');
  const bundles = Array.from({ length: shards }, (_, shard) => shardBundle(shard));
  const shardPages: IndexedPage[][] = [];
  for (const bundle of bundles) shardPages.push(await indexedPages(join(outDir, bundle)));
  const { keyedByShard, pages } = keyPages(shardPages);
  const json = JSON.stringify(buildCatalog(pages, bundles, keyedByShard));
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
  const name = `catalog.${hash}.json`;
  await writeFile(join(bundleDir, name), json);
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    version: string;
  };
  const descriptor: ArchiveDescriptor = {
    format: searchFormat(entry.version),
    catalog: `pagefind/${name}`,
  };
  await writeFile(join(outDir, DESCRIPTOR_PATH), JSON.stringify(descriptor));
  const searchPage = join(outDir, 'search/index.html');
  const html = await readFile(searchPage, 'utf8').catch(() => '');
  for (const placeholder of [CATALOG_PLACEHOLDER, FORMAT_PLACEHOLDER])
    if (!html.includes(placeholder))
      throw new Error(`搜索页 ${searchPage} 缺少占位符 ${placeholder}`);
  await writeFile(
    searchPage,
    html
      .replaceAll(CATALOG_PLACEHOLDER, descriptor.catalog)
      .replaceAll(FORMAT_PLACEHOLDER, descriptor.format),
  );
  return name;
}

// Which archives the search page searches, and their catalogs: the page's own (the build wrote its
// catalog's name into the page) and a portal's members (each names its own in pagefind/archive.json).
import {
  DESCRIPTOR_PATH,
  readDescriptor,
  searchArchives,
  type ArchiveProblem,
  type SearchArchive,
} from '../lib/search/archives.ts';
import type { CatalogJson } from '../lib/search/catalog.ts';
import type { MemberArchive } from '../lib/schema/site.ts';

/** The archives named by the search page's markup (search.astro), its own first. */
export function pageArchives(root: HTMLElement, base: string): SearchArchive[] {
  const members = JSON.parse(root.dataset['members'] ?? '[]') as MemberArchive[];
  const own = {
    title: root.dataset['archiveTitle'] ?? '',
    base,
    catalog: root.dataset['catalog'] ?? '',
  };
  return searchArchives(own, members);
}

class ArchiveError extends Error {
  constructor(
    readonly problem: ArchiveProblem,
    message: string,
  ) {
    super(message);
  }
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new ArchiveError('unreachable', `${url}: ${String(error)}`);
  });
  if (!response.ok) throw new ArchiveError('unreachable', `${response.status} ${url}`);
  return response.json().catch(() => {
    throw new ArchiveError('incompatible', `${url} is not JSON`);
  });
}

/** An archive's catalog, from the address the page knows or the one its descriptor names. */
async function catalogOf(archive: SearchArchive, format: string): Promise<CatalogJson> {
  let url = archive.catalogUrl;
  if (!url) {
    const described = readDescriptor(await getJson(archive.url + DESCRIPTOR_PATH), format);
    if ('problem' in described)
      throw new ArchiveError(described.problem, `${archive.url}: not built like this archive`);
    url = archive.url + described.catalog;
  }
  return (await getJson(url)) as CatalogJson;
}

/** The catalogs that loaded, by archive number, and the archives that did not, with the reason. */
export interface LoadedCatalogs {
  loaded: { archive: number; json: CatalogJson }[];
  missing: { archive: number; problem: ArchiveProblem }[];
}

/** Every archive's catalog at once; one that fails leaves the others searchable. */
export async function loadCatalogs(
  archives: readonly SearchArchive[],
  format: string,
): Promise<LoadedCatalogs> {
  const settled = await Promise.allSettled(archives.map((archive) => catalogOf(archive, format)));
  const result: LoadedCatalogs = { loaded: [], missing: [] };
  settled.forEach((outcome, archive) => {
    if (outcome.status === 'fulfilled') result.loaded.push({ archive, json: outcome.value });
    else {
      console.warn(outcome.reason);
      const problem =
        outcome.reason instanceof ArchiveError ? outcome.reason.problem : 'unreachable';
      result.missing.push({ archive, problem });
    }
  });
  return result;
}

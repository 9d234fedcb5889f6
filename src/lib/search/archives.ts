// The archives one search page searches: its own, then a portal's members (site.yaml `members`),
// each built and served on its own. Pagefind names a page by a 7-hex-digit hash of the page as
// indexed, unique only inside its own index: the same page in two archives has one id, and two
// different pages share one by chance. So pages are told apart by archive, never by id alone.
import { readCatalog, type Catalog, type CatalogJson } from './catalog.ts';
import type { MemberArchive } from '../schema/site.ts';

/** Where every archive tells a portal how to search it (written by search-catalog.ts). */
export const DESCRIPTOR_PATH = 'pagefind/archive.json';
/** The catalog's format and how the search page reads it: raise it with any change to either. */
export const CATALOG_FORMAT = 2;

/** What two archives must share to be searched together: the catalog format and Pagefind's version. */
export function searchFormat(pagefindVersion: string): string {
  return `${CATALOG_FORMAT}/${pagefindVersion}`;
}

/** pagefind/archive.json: what a portal needs to search this archive. */
export interface ArchiveDescriptor {
  /** searchFormat() of the build that wrote it. */
  format: string;
  /** The catalog below the archive's base path: pagefind/catalog.<hash>.json. */
  catalog: string;
}

/** Why a member archive is left out of a search: it did not answer, or was built differently. */
export type ArchiveProblem = 'unreachable' | 'incompatible';

const CATALOG_PATH = /^pagefind\/catalog\.[0-9a-f]+\.json$/;

/** The catalog path a member's descriptor names, or why the member cannot be searched with us. */
export function readDescriptor(
  json: unknown,
  format: string,
): { catalog: string } | { problem: ArchiveProblem } {
  const { format: theirs, catalog } = (json ?? {}) as Partial<ArchiveDescriptor>;
  if (theirs !== format || typeof catalog !== 'string' || !CATALOG_PATH.test(catalog))
    return { problem: 'incompatible' };
  return { catalog };
}

/** An archive the search page searches. */
export interface SearchArchive {
  /** Its name beside each of its results; undefined when the page searches its own archive only. */
  title: string | undefined;
  /** Where it is served, ending in `/`: a path on this server or a full address. */
  url: string;
  /** Its catalog's address when the page knows it (its own); a member's comes from its descriptor. */
  catalogUrl?: string | undefined;
}

/** The page's own archive first, then its members; titles only when there are several. */
export function searchArchives(
  own: { title: string; base: string; catalog: string },
  members: readonly MemberArchive[],
): SearchArchive[] {
  const several = members.length > 0;
  return [
    { title: several ? own.title : undefined, url: own.base, catalogUrl: own.base + own.catalog },
    ...members.map((member) => ({ title: member.title, url: member.url })),
  ];
}

/** Fails the build when a member is the archive itself: Pagefind would silently skip it. */
export function assertMembersApart(
  members: readonly MemberArchive[],
  where: { siteUrl: string; basePath: string },
): void {
  const own = new URL(where.basePath, where.siteUrl).href;
  const self = members.find((member) => new URL(member.url, where.siteUrl).href === own);
  if (self)
    throw new Error(
      `site.yaml: members 中的「${self.title}」（${self.url}）就是本档案自己（BASE_PATH=${where.basePath}），请删去这一项`,
    );
}

/** A page's key across archives: the page id in the page's own archive, `<archive>/<id>` in a member. */
export function archiveKey(archive: number, id: string): string {
  return archive === 0 ? id : `${archive}/${id}`;
}

/** Which archive a key belongs to (0: the page's own). */
export function archiveOfKey(key: string): number {
  const slash = key.indexOf('/');
  return slash < 0 ? 0 : Number(key.slice(0, slash));
}

/** The catalogs of the archives searched, as one: pages by key, committees and topics of all. */
export interface CombinedCatalog {
  catalog: Catalog;
  committees: string[];
  topics: string[];
}

export function combineCatalogs(
  parts: readonly { archive: number; json: CatalogJson }[],
): CombinedCatalog {
  const catalog: Catalog = new Map();
  for (const { archive, json } of parts)
    for (const [id, page] of readCatalog(json)) catalog.set(archiveKey(archive, id), page);
  const union = (lists: string[][]) => [...new Set(lists.flat())].sort();
  return {
    catalog,
    committees: union(parts.map((part) => part.json.committees)),
    topics: union(parts.map((part) => part.json.topics)),
  };
}

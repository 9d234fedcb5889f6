// Pagefind's multisite search over the indexes a page searches (each archive's, and each shard of a
// big archive's: shards.ts): one Pagefind instance (one WebAssembly module, fetched once) with each
// index merged in (`mergeIndex`), each tagged with a synthetic `archive` filter (`mergeFilter`), so
// that a search narrowed to one index tells its pages from another's. An index that fails to load stays in Pagefind's list and
// makes every later search fail, so the instance is built again without it.

/** One index: its archive's number among the page's archives, where that is served, which shard. */
export interface IndexTarget {
  archive: number;
  url: string;
  /** The bundle below `url` (shards.ts); `pagefind/` when not given. */
  bundle?: string;
  /** The bundle's shard when its archive is searched shard by shard (shards.ts); else 0. */
  shard?: number;
}

/** A Pagefind instance as far as merging needs it. */
export interface MergeablePagefind {
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<unknown>;
  /** Rejects when any index in the instance failed to load (Pagefind keeps its error). */
  filters(): Promise<unknown>;
  destroy(): Promise<unknown>;
}

/** The synthetic filter naming each merged index's archive. */
export const ARCHIVE_FILTER = 'archive';

/** Where an index's Pagefind bundle is. */
export const bundleOf = (target: IndexTarget) => `${target.url}${target.bundle ?? 'pagefind/'}`;

/** The tag telling an index's pages from every other's: its archive, and its shard after the first. */
export const tagOf = ({ archive, shard = 0 }: IndexTarget) =>
  shard === 0 ? String(archive) : `${archive}:${shard}`;

/** Pagefind options for an index: results link below its archive; tagged when merged. */
export function indexOptions(target: IndexTarget, tagged: boolean): Record<string, unknown> {
  return tagged
    ? { baseUrl: target.url, mergeFilter: { [ARCHIVE_FILTER]: tagOf(target) } }
    : { baseUrl: target.url };
}

/** Search options narrowing a search to one index's pages (none when there is one index). */
export function indexSearch(target: IndexTarget, tagged: boolean): Record<string, unknown> {
  return tagged ? { filters: { [ARCHIVE_FILTER]: tagOf(target) } } : {};
}

export interface MergedIndexes<P> {
  /** Undefined when no index could be loaded. */
  pagefind: P | undefined;
  /** Whether the indexes carry the archive filter (searches are then narrowed per archive). */
  tagged: boolean;
  searched: IndexTarget[];
  failed: IndexTarget[];
}

const loads = (pagefind: MergeablePagefind) =>
  pagefind.filters().then(
    () => true,
    () => false,
  );

/**
 * One instance holding every index that loads: the first as the primary (its WebAssembly serves
 * all), the rest merged in. `create` makes and initialises the primary; Pagefind's init resolves
 * even when the bundle is missing, so with several indexes `filters()` proves every one loaded.
 * A single index is left as it is: a missing one fails at its first search, as it always has.
 */
export async function mergeIndexes<P extends MergeablePagefind>(
  targets: readonly IndexTarget[],
  create: (primary: IndexTarget, options: Record<string, unknown>) => Promise<P>,
): Promise<MergedIndexes<P>> {
  // An archive whose shards are searched together gives them one tag: one tag, no narrowing.
  const tagged = new Set(targets.map(tagOf)).size > 1;
  const failed: IndexTarget[] = [];
  let remaining = [...targets];
  while (remaining.length > 0) {
    const [primary, ...rest] = remaining as [IndexTarget, ...IndexTarget[]];
    const pagefind = await create(primary, indexOptions(primary, tagged));
    const merges = await Promise.allSettled(
      rest.map((target) => pagefind.mergeIndex(bundleOf(target), indexOptions(target, tagged))),
    );
    const broken = rest.filter((_, index) => merges[index]!.status === 'rejected');
    // Every merged index loaded, so a failing check can only be the primary's.
    if (broken.length === 0 && targets.length > 1 && !(await loads(pagefind))) broken.push(primary);
    if (broken.length === 0) return { pagefind, tagged, searched: remaining, failed };
    failed.push(...broken);
    await pagefind.destroy().catch(() => undefined);
    remaining = remaining.filter((target) => !broken.includes(target));
  }
  return { pagefind: undefined, tagged, searched: [], failed };
}

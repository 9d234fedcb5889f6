// A big archive's search index in shards: Pagefind holds every word position of every page it
// indexes in memory until it writes (about 3 MB a report here), so an archive of thousands of
// reports is indexed as several Pagefind bundles, each by its own Pagefind process, and searched
// together (merge.ts). Pagefind's page ids are unique only inside one bundle, so the build checks
// them across the shards (keyPages).

/** Reports per shard when SEARCH_SHARD_REPORTS is not set: about 3.3 GB of Pagefind memory. */
export const DEFAULT_SHARD_REPORTS = 1000;

/** Where shard `shard` is written, below the archive's base path: the first is `pagefind/`. */
export function shardBundle(shard: number): string {
  return shard === 0 ? 'pagefind/' : `pagefind/shard-${shard}/`;
}

/** A page's key inside its archive: the id alone in the first shard, `<shard>:<id>` in another. */
export function shardKey(shard: number, id: string): string {
  return shard === 0 ? id : `${shard}:${id}`;
}

/**
 * Report pages cut into shards of at most `size`, in path order, so that a committee's reports
 * stay together and the same archive always gives the same shards. Sizes are evened out: 2,001
 * pages at 1,000 become three shards of 667, not two full ones and a shard of one.
 */
export function shardPages(pages: readonly string[], size: number): string[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`SEARCH_SHARD_REPORTS 必须是正整数，现为 ${size}`);
  const sorted = [...pages].sort();
  const count = Math.max(1, Math.ceil(sorted.length / size));
  const even = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, shard) =>
    sorted.slice(shard * even, (shard + 1) * even),
  );
}

/** Reads SEARCH_SHARD_REPORTS, naming the variable when it is not a positive whole number. */
export function shardSizeOf(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_SHARD_REPORTS;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`SEARCH_SHARD_REPORTS 必须是正整数（每个搜索分片的报告数），现为「${raw}」`);
  return size;
}

/** Pagefind's peak memory per report of a shard, measured on realistic reports (README). */
export const PAGEFIND_BYTES_PER_REPORT = 3.3 * 1024 * 1024;

/**
 * How many shards to index at once: Pagefind writes a bundle on one core, so two processes keep
 * two cores busy, but only when the memory free now holds both; never more than there are shards.
 */
export function shardsAtOnce(machine: {
  cores: number;
  freeBytes: number;
  shardReports: number;
  shards: number;
}): number {
  const fitting = Math.floor(
    machine.freeBytes / (machine.shardReports * PAGEFIND_BYTES_PER_REPORT),
  );
  return Math.max(1, Math.min(2, machine.cores, machine.shards, fitting));
}

/**
 * How an archive's catalog keys its pages. Pagefind's page ids are 7-hex-digit hashes, unique only
 * inside one bundle; when no id repeats across the shards (the usual case), pages are keyed by id
 * alone and the search page searches all shards of the archive at once. Should two shards share
 * an id, every page is keyed `<shard>:<id>` and each shard is searched on its own (slower: each
 * narrowed search still does every merged index's work in Pagefind).
 */
export function keyPages<P extends { id: string }>(
  shards: readonly (readonly P[])[],
): { keyedByShard: boolean; pages: P[] } {
  const ids = shards.flat().map((page) => page.id);
  const keyedByShard = new Set(ids).size !== ids.length;
  const pages = shards.flatMap((pages, shard) =>
    pages.map((page) => (keyedByShard ? { ...page, id: shardKey(shard, page.id) } : page)),
  );
  return { keyedByShard, pages };
}

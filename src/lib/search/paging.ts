import type { TieredResult } from './rank.ts';

/** Results loaded at first, and per 「显示更多结果」. */
export const PAGE_SIZE = 10;

/** Rows loaded for one page of results, and where the next page starts in the tiered list. */
export interface LoadedPage<Row> {
  rows: Row[];
  next: number;
}

/**
 * Loads rows from `start` on until `want` are found or the list ends. `describe` loads one result's
 * text and may turn it down (its text holds none of the words where the filters look), so a page
 * can take more than one batch; each batch loads in parallel.
 */
export async function loadPage<Row>(
  tiered: readonly TieredResult[],
  start: number,
  want: number,
  describe: (result: TieredResult) => Promise<Row | undefined>,
): Promise<LoadedPage<Row>> {
  const rows: Row[] = [];
  let next = start;
  while (rows.length < want && next < tiered.length) {
    const batch = tiered.slice(next, next + want - rows.length);
    next += batch.length;
    const described = await Promise.all(batch.map(describe));
    rows.push(...described.filter((row): row is Awaited<Row> => row !== undefined));
  }
  return { rows, next };
}

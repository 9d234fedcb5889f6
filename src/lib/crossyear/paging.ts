// Pages that list reports stay bounded however large the archive grows: lists are cut into pages.

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
}

/** Cuts `items` into pages of at most `size` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (size < 1) throw new Error(`page size must be at least 1, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/**
 * Cuts groups (e.g. a committee's reports) into pages of about `size` items without splitting a
 * group: a page takes whole groups until it holds `size` items; a larger group gets a page alone.
 */
export function paginateGroups<T>(
  groups: readonly T[],
  sizeOf: (group: T) => number,
  size: number,
): Page<T>[] {
  const pages: T[][] = [[]];
  let filled = 0;
  for (const group of groups) {
    const items = sizeOf(group);
    if (filled > 0 && filled + items > size) {
      pages.push([]);
      filled = 0;
    }
    pages.at(-1)!.push(group);
    filled += items;
  }
  return pages.map((items, index) => ({ number: index + 1, count: pages.length, items }));
}

/** The path of page `number` below `base` (`topics/tian/`): page 1 is `base` itself. */
export function pagePath(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}

/** The route parameter for page `number` below `prefix` (`tian`): undefined-free, no slashes around. */
export function pageParam(prefix: string, number: number): string {
  const tail = number <= 1 ? '' : `page/${number}`;
  return [prefix, tail].filter(Boolean).join('/');
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one;
 * `null` stands for the pages left out between them. Its length stays bounded however many pages.
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const wanted = new Set(
    [1, count, current - 2, current - 1, current, current + 1, current + 2].filter(
      (page) => page >= 1 && page <= count,
    ),
  );
  const numbers: (number | null)[] = [];
  for (const page of [...wanted].sort((a, b) => a - b)) {
    if (numbers.length > 0 && page - (numbers.at(-1) as number) > 1) numbers.push(null);
    numbers.push(page);
  }
  return numbers;
}

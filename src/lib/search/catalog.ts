import type { Span } from './runs.ts';

/** Part kinds as the catalog numbers them; labels live in lib/parts.ts (PART_LABELS). */
export const PART_KINDS = ['other', 'summary', 'plan'] as const;
export type CatalogPartKind = (typeof PART_KINDS)[number];

/**
 * What the search page knows of every report without loading its text: the filter values and
 * where each part starts, in Pagefind's word positions. Written at build time from the index
 * (search-catalog.ts), so filters, counts and part-by-part matching work from page ids alone.
 */
export interface CatalogJson {
  /** The archive's Pagefind bundles below its base path, its shards in order (shards.ts). */
  indexes: string[];
  /** Whether pages are keyed `<shard>:<id>` (an id repeats across shards) or by id (shards.ts). */
  keyedByShard: boolean;
  committees: string[];
  topics: string[];
  /** Page key (shards.ts) → [year, committee index, topic bit mask, (part kind code, first word)…]. */
  pages: Record<string, number[]>;
}

export interface CatalogPage {
  year: number;
  committee: string;
  topics: string[];
  /** The report's parts in order: each runs from its first word to the next part's. */
  parts: { kind: CatalogPartKind; start: number }[];
}

export type Catalog = Map<string, CatalogPage>;

export function readCatalog(json: CatalogJson): Catalog {
  const pages: Catalog = new Map();
  for (const [id, [year, committee, topicMask, ...parts]] of Object.entries(json.pages)) {
    const kinds: CatalogPage['parts'] = [];
    for (let i = 0; i + 1 < parts.length; i += 2)
      kinds.push({ kind: PART_KINDS[parts[i]!] ?? 'other', start: parts[i + 1]! });
    pages.set(id, {
      year: year!,
      committee: json.committees[committee!] ?? '',
      topics: json.topics.filter((_, bit) => (topicMask! & (1 << bit)) !== 0),
      parts: kinds,
    });
  }
  return pages;
}

/** Word ranges of the page's parts of the given kinds (text before the first part is `other`). */
export function partRanges(page: CatalogPage, kinds: readonly CatalogPartKind[]): Span[] {
  const ranges: Span[] = [];
  const parts = [{ kind: 'other' as const, start: 0 }, ...page.parts];
  parts.forEach((part, index) => {
    const end = (parts[index + 1]?.start ?? Number.MAX_SAFE_INTEGER) - 1;
    if (kinds.includes(part.kind) && end >= part.start) ranges.push({ start: part.start, end });
  });
  return ranges;
}

/** A page as Pagefind stores it (a fragment), as far as the catalog needs it. */
export interface IndexedPage {
  id: string;
  meta: Record<string, string>;
  anchors: { element: string; id?: string; location: number }[];
}

/**
 * The catalog from the index's pages. Each page's meta names its filter values and which part
 * heading is which kind (`parts`: "summary:一2018年工作完成情况 plan:二2019年工作安排"); the
 * anchors say at which word each heading starts.
 */
export function buildCatalog(
  pages: readonly IndexedPage[],
  indexes: readonly string[] = ['pagefind/'],
  keyedByShard = false,
): CatalogJson {
  const committees = [...new Set(pages.map((page) => page.meta['committee'] ?? ''))].sort();
  const topicList = (page: IndexedPage) => (page.meta['topics'] ?? '').split('|').filter(Boolean);
  const topics = [...new Set(pages.flatMap(topicList))].sort();
  if (topics.length > 31)
    throw new Error(`搜索目录最多支持 31 个工作领域，现有 ${topics.length} 个`);
  const entries = [...pages]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((page) => {
      const kindById = new Map(
        (page.meta['parts'] ?? '')
          .split(' ')
          .filter(Boolean)
          .map((entry) => {
            const [kind, ...id] = entry.split(':');
            return [id.join(':'), Math.max(0, PART_KINDS.indexOf(kind as CatalogPartKind))];
          }),
      );
      const parts = page.anchors
        .filter((anchor) => anchor.element === 'h2' && anchor.id && kindById.has(anchor.id))
        .flatMap((anchor) => [kindById.get(anchor.id!)!, anchor.location]);
      const mask = topicList(page).reduce((bits, topic) => bits | (1 << topics.indexOf(topic)), 0);
      const year = Number(page.meta['year']);
      if (!Number.isInteger(year)) throw new Error(`搜索目录：页面 ${page.id} 缺少年份`);
      return [page.id, [year, committees.indexOf(page.meta['committee'] ?? ''), mask, ...parts]];
    });
  return {
    indexes: [...indexes],
    keyedByShard,
    committees,
    topics,
    pages: Object.fromEntries(entries),
  };
}

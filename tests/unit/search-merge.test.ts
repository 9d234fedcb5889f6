// One Pagefind over a portal's archives (lib/search/merge.ts), against a stand-in that fails the way
// Pagefind 1.6 does: a merged index that cannot load rejects its mergeIndex and every later call;
// a primary whose bundle is missing initialises "fine" and fails at its first use.
import { describe, expect, it } from 'vitest';
import {
  bundleOf,
  indexSearch,
  mergeIndexes,
  type IndexTarget,
  type MergeablePagefind,
} from '../../src/lib/search/merge.ts';

class StandIn implements MergeablePagefind {
  merged: { bundle: string; options: Record<string, unknown> }[] = [];
  destroyed = false;
  private failed: boolean;
  constructor(
    readonly primary: IndexTarget,
    readonly options: Record<string, unknown>,
    private readonly broken: ReadonlySet<string>,
  ) {
    this.failed = broken.has(bundleOf(primary));
  }
  async mergeIndex(bundle: string, options: Record<string, unknown>) {
    this.merged.push({ bundle, options });
    if (this.broken.has(bundle)) {
      this.failed = true;
      throw new Error('Failed to load Pagefind metadata');
    }
  }
  async filters() {
    if (this.failed) throw new Error('Failed to load Pagefind metadata');
    return {};
  }
  async destroy() {
    this.destroyed = true;
  }
}

async function merge(targets: IndexTarget[], broken: string[] = []) {
  const made: StandIn[] = [];
  const create = async (primary: IndexTarget, options: Record<string, unknown>) => {
    made.push(new StandIn(primary, options, new Set(broken)));
    return made.at(-1)!;
  };
  return { ...(await mergeIndexes(targets, create)), made };
}

const city = { archive: 0, url: '/city/' };
const jia = { archive: 1, url: '/districts/jia/' };
const yi = { archive: 2, url: 'https://yi.example.gov.cn/archive/' };

describe('merging the archives’ indexes into one Pagefind', () => {
  it('leaves a single archive as it always was: no tag, no extra check', async () => {
    const { pagefind, tagged, made } = await merge([city]);
    expect(tagged).toBe(false);
    expect(made[0]!.options).toEqual({ baseUrl: '/city/' });
    expect(pagefind).toBe(made[0]);
    expect(indexSearch(city, tagged)).toEqual({});
  });

  it('merges every member below its own address, each tagged with its archive', async () => {
    const { pagefind, tagged, searched, failed, made } = await merge([city, jia, yi]);
    expect(made).toHaveLength(1);
    expect(pagefind).toBe(made[0]);
    expect(made[0]!.options).toEqual({ baseUrl: '/city/', mergeFilter: { archive: '0' } });
    expect(made[0]!.merged).toEqual([
      {
        bundle: '/districts/jia/pagefind/',
        options: { baseUrl: '/districts/jia/', mergeFilter: { archive: '1' } },
      },
      {
        bundle: 'https://yi.example.gov.cn/archive/pagefind/',
        options: { baseUrl: 'https://yi.example.gov.cn/archive/', mergeFilter: { archive: '2' } },
      },
    ]);
    expect(tagged).toBe(true);
    expect(searched).toEqual([city, jia, yi]);
    expect(failed).toEqual([]);
    expect(indexSearch(yi, tagged)).toEqual({ filters: { archive: '2' } });
  });

  it('builds Pagefind again without a member whose index fails to load', async () => {
    const { pagefind, searched, failed, made } = await merge(
      [city, jia, yi],
      ['/districts/jia/pagefind/'],
    );
    expect(failed).toEqual([jia]);
    expect(searched).toEqual([city, yi]);
    expect(made).toHaveLength(2);
    expect(made[0]!.destroyed).toBe(true);
    expect(pagefind).toBe(made[1]);
    expect(made[1]!.merged.map((entry) => entry.bundle)).toEqual([
      'https://yi.example.gov.cn/archive/pagefind/',
    ]);
    // The tags stay as first given, so every search is still narrowed to one archive.
    expect(made[1]!.merged[0]!.options['mergeFilter']).toEqual({ archive: '2' });
  });

  it('makes the next archive the primary when the first one’s bundle is missing', async () => {
    const { pagefind, searched, failed, made } = await merge([city, jia, yi], ['/city/pagefind/']);
    expect(failed).toEqual([city]);
    expect(searched).toEqual([jia, yi]);
    expect(pagefind).toBe(made[1]);
    expect(made[1]!.primary).toEqual(jia);
    expect(made[1]!.options).toEqual({ baseUrl: '/districts/jia/', mergeFilter: { archive: '1' } });
  });

  it('has no Pagefind when no index loads', async () => {
    const { pagefind, searched, failed } = await merge(
      [jia, yi],
      ['/districts/jia/pagefind/', 'https://yi.example.gov.cn/archive/pagefind/'],
    );
    expect(pagefind).toBeUndefined();
    expect(searched).toEqual([]);
    expect(failed.map((target) => target.archive).sort()).toEqual([1, 2]);
  });

  it('merges a big archive’s shards, each tagged apart from its archive’s first shard', async () => {
    const second = { ...jia, bundle: 'pagefind/shard-1/', shard: 1 };
    const { searched, made } = await merge([city, jia, second]);
    expect(made[0]!.merged).toEqual([
      {
        bundle: '/districts/jia/pagefind/',
        options: { baseUrl: '/districts/jia/', mergeFilter: { archive: '1' } },
      },
      {
        bundle: '/districts/jia/pagefind/shard-1/',
        options: { baseUrl: '/districts/jia/', mergeFilter: { archive: '1:1' } },
      },
    ]);
    expect(searched).toEqual([city, jia, second]);
    expect(indexSearch(second, true)).toEqual({ filters: { archive: '1:1' } });
    expect(indexSearch(jia, true)).toEqual({ filters: { archive: '1' } });
  });

  it('gives shards searched together their archive’s one tag, and then needs no narrowing', async () => {
    const second = { ...city, bundle: 'pagefind/shard-1/' };
    const { tagged, searched, made } = await merge([city, second]);
    expect(tagged).toBe(false);
    expect(made[0]!.merged).toEqual([
      { bundle: '/city/pagefind/shard-1/', options: { baseUrl: '/city/' } },
    ]);
    expect(searched).toEqual([city, second]);
    expect(indexSearch(second, tagged)).toEqual({});
  });

  it('finds a missing first shard of a lone archive through the load check', async () => {
    const second = { ...city, bundle: 'pagefind/shard-1/' };
    const { searched, failed } = await merge([city, second], ['/city/pagefind/']);
    expect(failed).toEqual([city]);
    expect(searched).toEqual([second]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARD_REPORTS,
  keyPages,
  shardBundle,
  shardKey,
  shardPages,
  shardSizeOf,
  shardsAtOnce,
} from '../../src/lib/search/shards.ts';

const pages = (count: number) =>
  Array.from(
    { length: count },
    (_, index) => `reports/c${String(index).padStart(5, '0')}/index.html`,
  );

describe('search index shards', () => {
  it('keeps an archive up to the shard size in one bundle, pagefind/ as always', () => {
    expect(shardPages(pages(1000), 1000)).toEqual([pages(1000)]);
    expect(shardPages([], 1000)).toEqual([[]]);
    expect(shardBundle(0)).toBe('pagefind/');
    expect(shardKey(0, 'zh-cn_1ab2c3d')).toBe('zh-cn_1ab2c3d');
  });

  it('cuts a bigger archive into even shards in path order, each page in exactly one', () => {
    const shuffled = [...pages(2001)].reverse();
    const shards = shardPages(shuffled, 1000);
    expect(shards.map((shard) => shard.length)).toEqual([667, 667, 667]);
    expect(shards.flat()).toEqual(pages(2001));
    expect(shards[1]![0]).toBe('reports/c00667/index.html');
    expect(shardPages(pages(10), 3).map((shard) => shard.length)).toEqual([3, 3, 3, 1]);
  });

  it('names the other shards’ bundles inside pagefind/ and their pages by shard and id', () => {
    expect(shardBundle(2)).toBe('pagefind/shard-2/');
    expect(shardKey(2, 'zh-cn_1ab2c3d')).toBe('2:zh-cn_1ab2c3d');
  });

  it('reads SEARCH_SHARD_REPORTS, and names it when it is not a positive whole number', () => {
    expect(shardSizeOf(undefined)).toBe(DEFAULT_SHARD_REPORTS);
    expect(shardSizeOf(' ')).toBe(DEFAULT_SHARD_REPORTS);
    expect(shardSizeOf('250')).toBe(250);
    for (const bad of ['0', '-5', '2.5', 'many'])
      expect(() => shardSizeOf(bad)).toThrow(
        `SEARCH_SHARD_REPORTS 必须是正整数（每个搜索分片的报告数），现为「${bad}」`,
      );
    expect(() => shardPages(pages(3), 0)).toThrow('SEARCH_SHARD_REPORTS');
  });

  it('indexes two shards at once on two cores when the free memory holds both, else one', () => {
    const gb = 1024 ** 3;
    const machine = { cores: 2, freeBytes: 20 * gb, shardReports: 1000, shards: 10 };
    expect(shardsAtOnce(machine)).toBe(2);
    expect(shardsAtOnce({ ...machine, cores: 16 })).toBe(2);
    expect(shardsAtOnce({ ...machine, cores: 1 })).toBe(1);
    expect(shardsAtOnce({ ...machine, shards: 1 })).toBe(1);
    expect(shardsAtOnce({ ...machine, freeBytes: 5 * gb })).toBe(1);
    expect(shardsAtOnce({ ...machine, freeBytes: 1 * gb })).toBe(1);
    expect(shardsAtOnce({ ...machine, freeBytes: 5 * gb, shardReports: 500 })).toBe(2);
  });

  it('keys pages by id when no id repeats across shards, else every page by shard and id', () => {
    const page = (id: string) => ({ id, meta: {} });
    const unique = keyPages([[page('zh-cn_a'), page('zh-cn_b')], [page('zh-cn_c')]]);
    expect(unique.keyedByShard).toBe(false);
    expect(unique.pages.map((each) => each.id)).toEqual(['zh-cn_a', 'zh-cn_b', 'zh-cn_c']);
    const clash = keyPages([[page('zh-cn_a'), page('zh-cn_b')], [page('zh-cn_a')]]);
    expect(clash.keyedByShard).toBe(true);
    expect(clash.pages.map((each) => each.id)).toEqual(['zh-cn_a', 'zh-cn_b', '1:zh-cn_a']);
  });
});

import { describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_FORMAT } from '../../src/lib/search/archives.ts';
import {
  buildArchive,
  copyArchive,
  FIXTURE_ARCHIVE,
  removeDir,
} from '../../tools/lib/build-archive.ts';
import { attribute, elements, readPage, regionWith, textOf } from '../helpers/html.ts';

const dist = inject('siteDir');

describe('search index', () => {
  it('is written by the build, in one language', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(5);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('gives each report its filter values and parts as meta, without adding text', () => {
    const body = regionWith(readPage(dist, 'reports/alpha/2016/'), 'data-pagefind-body');
    const meta = elements(body).filter((element) => attribute(element, 'data-pagefind-meta'));
    expect(meta).toHaveLength(1);
    expect(attribute(meta[0]!, 'data-pagefind-meta')).toBe(
      'title[data-title], year[data-year], committee[data-committee], topics[data-topics], parts[data-parts]',
    );
    expect(attribute(meta[0]!, 'data-parts')).toBe(
      'summary:一2016年工作完成情况 plan:二2017年工作安排',
    );
    expect(attribute(meta[0]!, 'data-topics')).toBe('提案工作|民主监督');
    expect(textOf(meta[0]!)).toBe('');
  });

  it('writes a search catalog the search page names: filter values and where each part starts', () => {
    const searchPage = readPage(dist, 'search/');
    const name = /data-catalog="pagefind\/(catalog\.[0-9a-f]{12}\.json)"/.exec(searchPage)?.[1];
    expect(name).toBeDefined();
    const catalog = JSON.parse(readFileSync(join(dist, 'pagefind', name!), 'utf8'));
    expect(catalog.committees).toEqual(['乙县政协', '甲区政协']);
    expect(Object.keys(catalog.pages)).toHaveLength(5);
    const pages = Object.values(catalog.pages) as number[][];
    // alpha/2016: 甲区政协, its summary part (kind 1) and then its plan part (kind 2).
    expect(pages).toContainEqual([
      2016,
      1,
      expect.any(Number),
      1,
      expect.any(Number),
      2,
      expect.any(Number),
    ]);
  });

  it('tells a portal how to search it: pagefind/archive.json names the catalog and the format', () => {
    const searchPage = readPage(dist, 'search/');
    const descriptor = JSON.parse(readFileSync(join(dist, 'pagefind/archive.json'), 'utf8'));
    expect(descriptor).toEqual({
      format: `${CATALOG_FORMAT}/1.6.0`,
      catalog: expect.stringMatching(/^pagefind\/catalog\.[0-9a-f]{12}\.json$/),
    });
    expect(searchPage).toContain(`data-catalog="${descriptor.catalog}"`);
    expect(searchPage).toContain(`data-search-format="${descriptor.format}"`);
    // A single archive names no members and no archive beside its results.
    expect(searchPage).not.toContain('data-members');
    expect(searchPage).not.toContain('data-archive-title');
  });

  it('builds an empty archive (no reports yet) with an empty index', () => {
    const contentDir = copyArchive();
    removeDir(join(contentDir, 'reports'));
    mkdirSync(join(contentDir, 'reports'));
    const result = buildArchive({ contentDir });
    removeDir(contentDir);
    expect(result.ok, result.output).toBe(true);
    expect(existsSync(join(result.outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
    removeDir(result.outDir);
  });
});

describe('search index in shards (SEARCH_SHARD_REPORTS)', () => {
  const pagesOf = (outDir: string) => {
    const name = /data-catalog="(pagefind\/catalog\.[0-9a-f]{12}\.json)"/.exec(
      readPage(outDir, 'search/'),
    )![1]!;
    return JSON.parse(readFileSync(join(outDir, name), 'utf8'));
  };

  it('indexes the same reports, with the same filter values and parts, in bundles of at most N', () => {
    const result = buildArchive({
      contentDir: FIXTURE_ARCHIVE,
      env: { SEARCH_SHARD_REPORTS: '2' },
    });
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain('搜索分片 3/3：1 份报告');
    const counts = ['pagefind/', 'pagefind/shard-1/', 'pagefind/shard-2/'].map(
      (bundle) =>
        JSON.parse(readFileSync(join(result.outDir, bundle, 'pagefind-entry.json'), 'utf8'))
          .languages['zh-cn'].page_count,
    );
    expect(counts).toEqual([2, 2, 1]);
    const sharded = pagesOf(result.outDir);
    const whole = pagesOf(dist);
    expect(sharded.indexes).toEqual(['pagefind/', 'pagefind/shard-1/', 'pagefind/shard-2/']);
    // Ids are unique across the shards here, so pages are keyed by id and searched together.
    expect(sharded.keyedByShard).toBe(false);
    expect(Object.keys(sharded.pages).filter((key) => key.includes(':'))).toEqual([]);
    const entries = (catalog: { pages: Record<string, number[]> }) =>
      Object.values(catalog.pages).map(String).sort();
    expect(entries(sharded)).toEqual(entries(whole));
    removeDir(result.outDir);
  });

  it('fails at once, naming the variable, when it is not a positive whole number', () => {
    const result = buildArchive({
      contentDir: FIXTURE_ARCHIVE,
      env: { SEARCH_SHARD_REPORTS: '0' },
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'SEARCH_SHARD_REPORTS 必须是正整数（每个搜索分片的报告数），现为「0」',
    );
    expect(result.output).not.toContain('搜索索引');
  });
});

import { describe, expect, it } from 'vitest';
import { archiveEnv, normaliseBasePath } from '../../src/lib/env.ts';
import { joinBase } from '../../src/lib/urls.ts';

describe('archiveEnv', () => {
  it('has defaults for a plain local build', () => {
    expect(archiveEnv({})).toEqual({
      siteUrl: 'http://127.0.0.1:4321',
      basePath: '/',
      contentDir: 'src/content',
      shardReports: 1000,
    });
  });

  it('reads the contract variables', () => {
    expect(
      archiveEnv({
        SITE_URL: 'https://zx.example.gov.cn/',
        BASE_PATH: 'archive',
        ARCHIVE_CONTENT_DIR: '/data/c',
        SEARCH_SHARD_REPORTS: '500',
      }),
    ).toEqual({
      siteUrl: 'https://zx.example.gov.cn',
      basePath: '/archive/',
      contentDir: '/data/c',
      shardReports: 500,
    });
  });

  it('names SITE_URL when it is not absolute', () => {
    expect(() => archiveEnv({ SITE_URL: 'archive.example' })).toThrow(/SITE_URL/);
  });

  it('names SEARCH_SHARD_REPORTS when it is not a positive whole number', () => {
    expect(() => archiveEnv({ SEARCH_SHARD_REPORTS: '1千' })).toThrow(/SEARCH_SHARD_REPORTS/);
  });
});

describe('base paths', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['archive', '/archive/'],
    ['/archive', '/archive/'],
    ['/a/b/', '/a/b/'],
  ])('normalises %s to %s', (raw, expected) => {
    expect(normaliseBasePath(raw)).toBe(expected);
  });

  it('joins base and path without doubling slashes', () => {
    expect(joinBase('/archive/', '/reports/2018/')).toBe('/archive/reports/2018/');
    expect(joinBase('/', '')).toBe('/');
    expect(joinBase('/archive', 'search/')).toBe('/archive/search/');
  });
});

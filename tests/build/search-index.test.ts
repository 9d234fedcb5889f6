import { describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, copyArchive, removeDir } from '../helpers/build.ts';
import {
  attribute,
  attributeValues,
  elements,
  readPage,
  regionWith,
  textOf,
} from '../helpers/html.ts';

const dist = inject('siteDir');

describe('search index', () => {
  it('is written by the build, in one language', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(5);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('gives each report its filters, sort key and sections per part, without adding text', () => {
    const body = regionWith(readPage(dist, 'reports/alpha/2016/'), 'data-pagefind-body');
    const filters = elements(body)
      .filter((element) => attribute(element, 'data-pagefind-filter'))
      .map(
        (element) =>
          `${attribute(element, 'data-pagefind-filter')} = ${attribute(element, 'data-value')}`,
      );
    expect(filters).toEqual([
      'year[data-value] = 2016',
      'committee[data-value] = 甲区政协',
      'part[data-value] = 工作总结',
      'part[data-value] = 工作安排',
      'topic[data-value] = 提案工作',
      'topic[data-value] = 民主监督',
    ]);
    expect(attributeValues(body, 'span', 'data-pagefind-sort')).toEqual(['year[data-year]']);
    expect(attributeValues(body, 'span', 'data-plan')).toEqual([
      '二2017年工作安排 一继续做好提案工作 二深化调查研究',
    ]);
    const hidden = elements(body).filter((element) => attribute(element, 'hidden') !== undefined);
    expect(hidden.length).toBeGreaterThanOrEqual(filters.length + 1);
    for (const element of hidden) expect(textOf(element)).toBe('');
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

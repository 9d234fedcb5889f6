// What the build writes is valid HTML (html-validate's recommended rules, on every page) and the
// same bytes every time: two clean builds of one archive are identical, file for file.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import {
  buildArchive,
  FIXTURE_ARCHIVE,
  removeDir,
  type BuildResult,
} from '../../tools/lib/build-archive.ts';
import { fileDigests, htmlFiles } from '../helpers/files.ts';

const dist = inject('siteDir');

describe('valid HTML', () => {
  it('html-validate finds no error on any page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThanOrEqual(8);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(dist, file));
      for (const result of report.results)
        for (const message of result.messages)
          errors.push(
            `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
    }
    expect(errors).toEqual([]);
  });
});

describe('reproducible builds', () => {
  let second: BuildResult;
  beforeAll(() => {
    // The same content root, base path and site URL as the shared build (tests/global-site.ts).
    second = buildArchive({ contentDir: FIXTURE_ARCHIVE, basePath: '/archive/' });
  });
  afterAll(() => removeDir(second.outDir));

  it('two clean builds of one archive are byte for byte the same', () => {
    expect(second.ok, second.output).toBe(true);
    const first = fileDigests(dist);
    // Pages, assets, feeds and the whole search index are compared, not a subset.
    const files = Object.keys(first);
    for (const expected of [
      'index.html',
      'reports/alpha/2016/index.html',
      'rss.xml',
      'pagefind/pagefind-entry.json',
    ])
      expect(files).toContain(expected);
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(fileDigests(second.outDir)).toEqual(first);
  });
});

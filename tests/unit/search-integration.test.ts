import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagefindIntegration from '../../src/integrations/pagefind.ts';

type Hook = (options: Record<string, unknown>) => unknown;
const hook = (name: string) => pagefindIntegration().hooks[name as 'astro:build:done'] as Hook;

describe('the Pagefind integration in development', () => {
  it('tells the developer that search needs the built site', () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    hook('astro:server:start')({ logger });
    expect(warnings.join('\n')).toMatch(/全文搜索只在构建后的站点上可用，请运行 `npm start`/);
  });
});

describe('the Pagefind integration at the end of a build', () => {
  it('rejects, so Astro fails the build, when a report page cannot be indexed', async () => {
    const site = mkdtempSync(join(tmpdir(), 'archive-unindexed-'));
    mkdirSync(join(site, 'reports/2018'), { recursive: true });
    const page = (body: string) =>
      `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;
    writeFileSync(
      join(site, 'reports/2018/index.html'),
      page('<main><p>正文没有标记。</p></main>'),
    );
    // Another page is marked, so the index is not empty and only the report page is missing.
    writeFileSync(
      join(site, 'index.html'),
      page('<div data-pagefind-body><p>首页正文。</p></div>'),
    );
    const logger = { info: () => {}, warn: () => {} };
    await expect(
      hook('astro:build:done')({ dir: pathToFileURL(`${site}/`), logger }),
    ).rejects.toThrow(
      '这些报告页面缺少 data-pagefind-body，无法进入搜索索引：reports/2018/index.html',
    );
    rmSync(site, { recursive: true, force: true });
  });
});

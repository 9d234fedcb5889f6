// Indexes the built archive with Pagefind's Node API, as one small build step that fails the build
// when indexing fails: a broken search index must never be deployed silently.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { DEFAULT_SHARD_REPORTS, shardBundle, shardPages } from '../lib/search/shards.ts';
import { writeSearchCatalog } from './search-catalog.ts';

/** Throws with every message Pagefind reported, naming the step that failed. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} 失败：\n  ${errors.join('\n  ')}`);
}

/** How many pages a written bundle holds, from its entry file. */
async function indexedPageCount(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

/** Only report text is indexed; a report page without its marker would silently vanish from search. */
async function assertAllMarked(outDir: string, reportPages: readonly string[]): Promise<void> {
  const unmarked: string[] = [];
  for (const page of reportPages) {
    if (!(await readFile(join(outDir, page), 'utf8')).includes('data-pagefind-body'))
      unmarked.push(page);
  }
  if (unmarked.length > 0) {
    throw new Error(
      `这些报告页面缺少 data-pagefind-body，无法进入搜索索引：${unmarked.slice(0, 5).join('、')}`,
    );
  }
}

/** The report pages among `reports/**\/index.html`: every one but the plan reviews. */
export function reportPagesOf(pages: readonly string[]): string[] {
  return pages.filter((page) => !/(^|\/)review\/index\.html$/.test(page));
}

/**
 * One shard's bundle, written by a Pagefind process of its own that is ended afterwards, so the
 * memory it held for the shard's word positions is given back before the next shard starts.
 */
async function indexShard(outDir: string, pages: readonly string[], bundleDir: string) {
  try {
    // One language for the whole archive: zh-cn, zh and zh-hans would become separate indexes.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    assertNoErrors('创建索引', errors);
    for (const page of pages) {
      const content = await readFile(join(outDir, page), 'utf8');
      assertNoErrors(
        `读取页面 ${page}`,
        (await index!.addHTMLFile({ sourcePath: page, content })).errors,
      );
    }
    assertNoErrors('写入索引', (await index!.writeFiles({ outputPath: bundleDir })).errors);
  } finally {
    await pagefind.close();
  }
  return indexedPageCount(bundleDir);
}

/**
 * Indexes the report pages of `outDir` into `outDir/pagefind` (and `pagefind/shard-N/` when there
 * are more than `shardReports`); throws unless every report page made it into the index.
 * Returns how many shards were written.
 */
export async function indexSite(
  outDir: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
  shardReports = DEFAULT_SHARD_REPORTS,
): Promise<number> {
  // Plan reviews (reports/<id>/review/) hold no report text and are not searched.
  const reportPages = reportPagesOf(
    await Array.fromAsync(glob('reports/**/index.html', { cwd: outDir })),
  );
  await assertAllMarked(outDir, reportPages);
  const shards = shardPages(reportPages, shardReports);
  let indexed = 0;
  // The first shard's bundle is pagefind/ itself: it is written first, the others inside it.
  for (const [shard, pages] of shards.entries()) {
    const started = performance.now();
    const count = await indexShard(outDir, pages, join(outDir, shardBundle(shard)));
    indexed += count;
    if (shards.length > 1) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      logger.info(`搜索分片 ${shard + 1}/${shards.length}：${count} 份报告，${seconds} 秒`);
    }
  }
  if (indexed !== reportPages.length) {
    throw new Error(`Pagefind 索引了 ${indexed} 个页面，但档案有 ${reportPages.length} 份报告`);
  }
  logger.info(`搜索索引：${indexed} 份报告 → ${join(outDir, 'pagefind')}`);
  return shards.length;
}

/** `shardReports`: most reports in one shard of the index (SEARCH_SHARD_REPORTS, lib/env.ts). */
export default function pagefindIntegration({
  shardReports = DEFAULT_SHARD_REPORTS,
}: { shardReports?: number } = {}): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.warn(
          '开发服务器不生成搜索索引：全文搜索只在构建后的站点上可用，请运行 `npm start`。',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const shards = await indexSite(outDir, logger, shardReports);
        logger.info(`搜索目录：${await writeSearchCatalog(outDir, shards)}`);
      },
    },
  };
}

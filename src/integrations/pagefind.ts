// Indexes the built archive with Pagefind's Node API, as one small build step that fails the build
// when indexing fails: a broken search index must never be deployed silently.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeSearchCatalog } from './search-catalog.ts';

/** Throws with every message Pagefind reported, naming the step that failed. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} 失败：\n  ${errors.join('\n  ')}`);
}

/** How many pages the written index holds, from its entry file. */
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

// Only report pages are searched: reports/<id>/index.html, not a report's plan review at
// reports/<id>/review/index.html (no report text; leaving it out saves Pagefind reading a page per
// report). Pagefind's globs (wax) have no negation, so the last folder is "anything but review";
// archive-check.ts keeps a report from being named review.
const REPORT_PAGES =
  'reports/**/{[!r]*,r[!e]*,re[!v]*,rev[!i]*,revi[!e]*,revie[!w]*,review?*,r,re,rev,revi,revie}/index.html';

/** The report pages among `reports/**\/index.html`: every one but the plan reviews. */
export function reportPagesOf(pages: readonly string[]): string[] {
  return pages.filter((page) => !/(^|\/)review\/index\.html$/.test(page));
}

/** Indexes `outDir` into `outDir/pagefind`; throws unless every report page made it into the index. */
export async function indexSite(
  outDir: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<void> {
  try {
    // One language for the whole archive: zh-cn, zh and zh-hans would become separate indexes.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    assertNoErrors('创建索引', errors);
    // Only report pages are searched; the glob also keeps an archive with no reports yet from
    // falling back to indexing every page whole.
    const added = await index!.addDirectory({ path: outDir, glob: REPORT_PAGES });
    assertNoErrors('读取页面', added.errors);
    const bundleDir = join(outDir, 'pagefind');
    assertNoErrors('写入索引', (await index!.writeFiles({ outputPath: bundleDir })).errors);
    const reportPages = reportPagesOf(
      await Array.fromAsync(glob('reports/**/index.html', { cwd: outDir })),
    );
    await assertAllMarked(outDir, reportPages);
    const indexed = await indexedPageCount(bundleDir);
    if (indexed !== reportPages.length) {
      throw new Error(`Pagefind 索引了 ${indexed} 个页面，但档案有 ${reportPages.length} 份报告`);
    }
    logger.info(`搜索索引：${indexed} 份报告 → ${bundleDir}`);
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.warn(
          '开发服务器不生成搜索索引：全文搜索只在构建后的站点上可用，请运行 `npm start`。',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), logger);
        logger.info(`搜索目录：${await writeSearchCatalog(fileURLToPath(dir))}`);
      },
    },
  };
}

// Indexes the built archive with Pagefind's Node API, as one small build step that fails the build
// when indexing fails: a broken search index must never be deployed silently.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Throws with every message Pagefind reported, naming the step that failed. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} 失败：\n  ${errors.join('\n  ')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.warn('开发服务器不生成搜索索引：全文搜索只在构建后的站点上可用，请运行 `npm start`。');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          // One language for the whole archive: zh-cn, zh and zh-hans would become separate indexes.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          assertNoErrors('创建索引', errors);
          const added = await index!.addDirectory({ path: outDir });
          assertNoErrors('读取页面', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind 没有找到可索引的报告页面（data-pagefind-body）');
          const written = await index!.writeFiles({ outputPath: join(outDir, 'pagefind') });
          assertNoErrors('写入索引', written.errors);
          logger.info(`搜索索引：${added.page_count} 个页面 → ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

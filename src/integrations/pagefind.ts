// Indexes the built archive with Pagefind's Node API, as one small build step that fails the build
// when indexing fails: a broken search index must never be deployed silently.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { availableParallelism, freemem } from 'node:os';
import {
  DEFAULT_SHARD_REPORTS,
  shardBundle,
  shardPages,
  shardsAtOnce,
} from '../lib/search/shards.ts';
import type { ShardJob } from './pagefind-shard.ts';
import { writeSearchCatalog } from './search-catalog.ts';

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

const SHARD_SCRIPT = fileURLToPath(new URL('./pagefind-shard.ts', import.meta.url));

/** Runs one shard's process (pagefind-shard.ts); rejects with its message, naming the shard. */
function runShard(job: ShardJob, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SHARD_SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Number(output));
      else reject(new Error(`${name}失败（退出码 ${code}）：\n${errors.trim()}`));
    });
    child.stdin.end(JSON.stringify(job));
  });
}

/** Indexes shard `shard` of `shards` in its own process, logging its time when there are several. */
async function indexOne(
  outDir: string,
  shards: readonly string[][],
  shard: number,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<number> {
  const started = performance.now();
  const name = shards.length > 1 ? `搜索分片 ${shard + 1}/${shards.length}` : '搜索索引';
  const pages = shards[shard]!;
  const count = await runShard(
    { outDir, pages, bundleDir: join(outDir, shardBundle(shard)) },
    name,
  );
  if (shards.length > 1) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(`${name}：${count} 份报告，${seconds} 秒`);
  }
  return count;
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
  // The first shard's bundle is pagefind/ itself, the others are written inside it (Pagefind
  // leaves what else a folder holds), so shards may be written in any order.
  const counts: number[] = [];
  const waiting = shards.map((_, shard) => shard);
  const next = async () => {
    for (let shard = waiting.shift(); shard !== undefined; shard = waiting.shift())
      counts.push(await indexOne(outDir, shards, shard, logger));
  };
  const atOnce = shardsAtOnce({
    cores: availableParallelism(),
    freeBytes: freemem(),
    shardReports,
    shards: shards.length,
  });
  await Promise.all(Array.from({ length: atOnce }, next));
  const indexed = counts.reduce((total, count) => total + count, 0);
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

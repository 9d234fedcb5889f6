// One shard of the search index (lib/search/shards.ts), indexed by Pagefind's Node API in a
// process of its own: `node pagefind-shard.ts` reads { outDir, pages, bundleDir } as JSON on
// stdin, writes the bundle, prints how many pages it holds, and exits, giving back the memory
// Pagefind held for the shard's word positions. Errors go to stderr with a non-zero exit.
import { copyFile, link, mkdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { text } from 'node:stream/consumers';
import * as pagefind from 'pagefind';

/** What a shard process is asked to index. */
export interface ShardJob {
  /** The built site. */
  outDir: string;
  /** Report pages of this shard, relative to outDir. */
  pages: string[];
  /** Where its bundle is written. */
  bundleDir: string;
}

/** Throws with every message Pagefind reported, naming the step that failed. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} 失败：\n  ${errors.join('\n  ')}`);
}

/** How many pages a written bundle holds, from its entry file. */
export async function indexedPageCount(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

/**
 * The job's pages, linked (or copied, where links are refused) into a folder of their own under
 * the same relative paths: Pagefind reads a folder in parallel and numbers its pages in path
 * order, so the bundle is the same byte for byte at every build. Pages sent one by one are
 * numbered in the order Pagefind finishes them, which varies.
 */
async function linkPages({ outDir, pages }: ShardJob, folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  for (const page of pages) {
    const target = join(folder, page);
    await mkdir(dirname(target), { recursive: true });
    await link(join(outDir, page), target).catch(() => copyFile(join(outDir, page), target));
  }
}

/** Indexes the job's pages into its bundle; returns how many pages the bundle holds. */
export async function indexShard(job: ShardJob): Promise<number> {
  const folder = join(job.outDir, `.pagefind-pages-${basename(job.bundleDir)}`);
  try {
    await linkPages(job, folder);
    // One language for the whole archive: zh-cn, zh and zh-hans would become separate indexes.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    assertNoErrors('创建索引', errors);
    const added = await index!.addDirectory({ path: folder, glob: '**/index.html' });
    assertNoErrors('读取页面', added.errors);
    assertNoErrors('写入索引', (await index!.writeFiles({ outputPath: job.bundleDir })).errors);
  } finally {
    await pagefind.close();
    await rm(folder, { recursive: true, force: true });
  }
  return indexedPageCount(job.bundleDir);
}

if (import.meta.main) {
  try {
    const job = JSON.parse(await text(process.stdin)) as ShardJob;
    process.stdout.write(String(await indexShard(job)));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

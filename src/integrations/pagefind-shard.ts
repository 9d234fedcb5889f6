// One shard of the search index (lib/search/shards.ts), indexed by Pagefind's Node API in a
// process of its own: `node pagefind-shard.ts` reads { outDir, pages, bundleDir } as JSON on
// stdin, writes the bundle, prints how many pages it holds, and exits, giving back the memory
// Pagefind held for the shard's word positions. Errors go to stderr with a non-zero exit.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Pages sent to Pagefind before the first is done: it indexes them in parallel. */
const PAGES_IN_FLIGHT = 8;

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

/** Indexes the job's pages into its bundle; returns how many pages the bundle holds. */
export async function indexShard({ outDir, pages, bundleDir }: ShardJob): Promise<number> {
  try {
    // One language for the whole archive: zh-cn, zh and zh-hans would become separate indexes.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    assertNoErrors('创建索引', errors);
    const queue = [...pages];
    const addNext = async (): Promise<void> => {
      for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
        const content = await readFile(join(outDir, page), 'utf8');
        const added = await index!.addHTMLFile({ sourcePath: page, content });
        assertNoErrors(`读取页面 ${page}`, added.errors);
      }
    };
    await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, addNext));
    assertNoErrors('写入索引', (await index!.writeFiles({ outputPath: bundleDir })).errors);
  } finally {
    await pagefind.close();
  }
  return indexedPageCount(bundleDir);
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

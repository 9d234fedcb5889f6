// The index step on its own (src/integrations/pagefind.ts), over a few hand-made report pages:
// shards are written by processes of their own, leave nothing behind, and fail by name.
import { afterEach, describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { removeDir, TMP } from '../../tools/lib/build-archive.ts';

const logged: string[] = [];
const logger = { info: (line: string) => void logged.push(line) };
let site = '';

/** A built site with one report page per id, each with its own words. */
function siteWith(ids: string[]): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'shards-'));
  for (const id of ids) {
    const page = join(dir, 'reports', id, 'index.html');
    mkdirSync(dirname(page), { recursive: true });
    writeFileSync(
      page,
      `<!doctype html><html lang="zh-CN"><body><nav>导航</nav><div data-pagefind-body><p>${id}报告：加强提案办理协商。</p></div></body></html>`,
    );
  }
  return dir;
}

const pageCount = (bundle: string) =>
  JSON.parse(readFileSync(join(site, bundle, 'pagefind-entry.json'), 'utf8')).languages['zh-cn']
    .page_count as number;

afterEach(() => {
  removeDir(site);
  logged.length = 0;
});

describe('indexing in shards', () => {
  it('writes each shard’s bundle, every page in one, and leaves no page folders behind', async () => {
    site = siteWith(['a/2020', 'a/2021', 'b/2020', 'b/2021', 'c/2020']);
    expect(await indexSite(site, logger, 2)).toBe(3);
    expect(['pagefind/', 'pagefind/shard-1/', 'pagefind/shard-2/'].map(pageCount)).toEqual([
      2, 2, 1,
    ]);
    expect(readdirSync(site).sort()).toEqual(['pagefind', 'reports']);
    expect(logged.find((line) => line.startsWith('搜索分片 3/3'))).toMatch(
      /^搜索分片 3\/3：1 份报告，[\d.]+ 秒$/,
    );
  });

  it('keeps an archive up to the shard size in one bundle, with no shard logged', async () => {
    site = siteWith(['a/2020', 'a/2021']);
    expect(await indexSite(site, logger, 2)).toBe(1);
    expect(pageCount('pagefind/')).toBe(2);
    expect(existsSync(join(site, 'pagefind/shard-1'))).toBe(false);
    expect(logged.filter((line) => line.startsWith('搜索分片'))).toEqual([]);
  });

  it('fails, naming the shard and Pagefind’s message, when a bundle cannot be written', async () => {
    site = siteWith(['a/2020', 'b/2020']);
    writeFileSync(join(site, 'pagefind'), '不是文件夹');
    await expect(indexSite(site, logger, 1)).rejects.toThrow(
      /搜索分片 [12]\/2失败（退出码 \d+）：\n\S/,
    );
  });
});

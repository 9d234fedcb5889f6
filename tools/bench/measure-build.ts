// One cold `astro build` of a content root, measured: wall clock, CPU and peak memory of the whole
// process tree (Pagefind's indexer included), and the phases Astro's log shows.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from './process-tree.ts';

export interface BuildFigures {
  seconds: number;
  /** CPU seconds (user + system) and peak memory (MB) of the build's whole process tree, Pagefind included. */
  cpu: number;
  memory: number;
  /** Phases from Astro's log: bundling (vite), generating pages, Pagefind. */
  vite: number;
  generate: number;
  pagefind: number;
  /** Shards the search index was written in (lib/search/shards.ts). */
  shards: number;
  /** Seconds Astro reports for each generated route. */
  routes: { route: string; seconds: number }[];
}

/** 926ms, 37.72s, 1m 9s → seconds. */
export function duration(text: string | undefined): number {
  const minutes = /(\d+)m(?!s)/.exec(text ?? '')?.[1];
  const seconds = /([\d.]+)s/.exec((text ?? '').replace(/\d+m(?!s)/, ''))?.[1];
  const ms = /([\d.]+)ms/.exec(text ?? '')?.[1];
  return ms ? Number(ms) / 1000 : Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** Seconds between the log lines (HH:MM:SS stamps) holding `from` and `to`. */
export function between(log: string, from: string, to: string): number {
  const stamp = (marker: string) => {
    const line = log.split('\n').find((row) => row.includes(marker)) ?? '';
    const [h = 0, m = 0, s = 0] = (/(\d\d):(\d\d):(\d\d)/.exec(line) ?? []).slice(1).map(Number);
    return h * 3600 + m * 60 + s;
  };
  return stamp(to) - stamp(from);
}

/** Builds `contentDir` with the project in `projectDir` into `outDir` (its log beside it). */
export async function measureBuild(
  projectDir: string,
  contentDir: string,
  outDir: string,
): Promise<BuildFigures> {
  rmSync(outDir, { recursive: true, force: true });
  const astro = join(projectDir, 'node_modules/astro/bin/astro.mjs');
  const result = await runMeasured(
    process.execPath,
    [astro, 'build', '--force', '--outDir', outDir],
    {
      cwd: projectDir,
      env: {
        ...process.env,
        ARCHIVE_CONTENT_DIR: contentDir,
        BASE_PATH: '/',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    },
  );
  writeFileSync(`${outDir}.log`, result.stdout + result.stderr);
  if (result.status !== 0)
    throw new Error(`build failed in ${projectDir}:\n${result.stderr.slice(-4000)}`);
  const log = result.stdout;
  return {
    seconds: result.seconds,
    cpu: result.cpuSeconds,
    memory: result.peakMb,
    vite: duration(/\[vite\] ✓ built in ([^\n]+)/.exec(log)?.[1]),
    generate: duration(/^\S+ ✓ Completed in ([^\n]+)\./m.exec(log)?.[1]),
    // Until the whole index is written: with shards, each shard logs its own line before.
    pagefind: between(log, '[@astrojs/sitemap]', '[archive-pagefind] 搜索索引：'),
    shards: Math.max(1, [...log.matchAll(/搜索分片 \d+\/\d+/g)].length),
    routes: [...log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].map(([, route, ms]) => ({
      route: route!,
      seconds: Number(ms) / 1000,
    })),
  };
}

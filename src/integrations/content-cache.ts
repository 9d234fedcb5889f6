// Astro's content layer caches entries with the path of their file (data-store.json) and keeps an
// entry whose id and text did not change. After the content root moved, was renamed or replaced,
// such an entry still points into the old folder and the build fails on a file that no longer
// exists. The cache is dropped whenever the content root differs from the one it was made for.
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARKER = 'archive-content-root.json';
/** Where Astro keeps the store: cacheDir for builds, .astro/ for the dev server. */
const STORE_FILES = ['data-store.json', 'data-store'];

/** What the cache depends on: the content root and the project folder its paths are relative to. */
export function cacheKey(projectRoot: string, contentDir: string): string {
  return JSON.stringify({ projectRoot, contentRoot: resolve(projectRoot, contentDir) });
}

/** Drops the content store in `cacheDirs` unless it was made for `key`; then records `key`. */
export function forgetStaleContentCache(cacheDirs: readonly string[], key: string): boolean {
  let dropped = false;
  for (const dir of cacheDirs) {
    let previous: string | undefined;
    try {
      previous = readFileSync(resolve(dir, MARKER), 'utf8');
    } catch {
      previous = undefined;
    }
    if (previous !== key) {
      for (const file of STORE_FILES) rmSync(resolve(dir, file), { recursive: true, force: true });
      dropped ||= previous !== undefined;
      mkdirSync(dir, { recursive: true });
      writeFileSync(resolve(dir, MARKER), key);
    }
  }
  return dropped;
}

export default function contentCache(contentDir: string): AstroIntegration {
  return {
    name: 'archive-content-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const cacheDirs = [fileURLToPath(config.cacheDir), resolve(projectRoot, '.astro')];
        if (forgetStaleContentCache(cacheDirs, cacheKey(projectRoot, contentDir)))
          logger.info(`内容目录已变更（${contentDir}），已清除旧的内容缓存。`);
      },
    },
  };
}

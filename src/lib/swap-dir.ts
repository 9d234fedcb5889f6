// Putting a finished build in place of the last one: the new folder takes the old one's name in
// two renames on one file system, so dist/ is at every moment either the old or the new site.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Sibling folders of `outDir` used while building: same file system, so renames are atomic. */
export function buildFolders(outDir: string): { staging: string; previous: string } {
  const name = basename(outDir);
  return {
    staging: join(dirname(outDir), `.${name}-staging`),
    previous: join(dirname(outDir), `.${name}-previous`),
  };
}

/** Replaces `outDir` with `staging`; on failure the old `outDir` is put back untouched. */
export function replaceDir(staging: string, outDir: string): void {
  const { previous } = buildFolders(outDir);
  rmSync(previous, { recursive: true, force: true });
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOld) renameSync(previous, outDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

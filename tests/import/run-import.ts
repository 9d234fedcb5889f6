// Runs the importer as staff do (`npm run import`), against a scratch content root.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { copyArchive, removeDir, ROOT, TMP } from '../../tools/lib/build-archive.ts';

export const IMPORT_FIXTURES = join(ROOT, 'tests/fixtures/import');
export const SEED = join(ROOT, '../shared/seed/000_42bda19cadad3ee3.txt');

export interface ImportRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node tools/import/cli.ts ...args` with ARCHIVE_CONTENT_DIR set to `contentDir`. */
export function runImport(contentDir: string, args: readonly string[]): ImportRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'tools/import/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh empty folder under tests/.tmp for input files. */
export function scratchFolder(prefix: string): string {
  mkdirSync(TMP, { recursive: true });
  return mkdtempSync(join(TMP, prefix));
}

/** Scratch content roots and input folders for one test file, removed after its tests. */
export function useScratch(): { archive: () => string; folder: (prefix: string) => string } {
  const made: string[] = [];
  afterAll(() => made.forEach(removeDir));
  const keep = (dir: string) => (made.push(dir), dir);
  return { archive: () => keep(copyArchive()), folder: (prefix) => keep(scratchFolder(prefix)) };
}

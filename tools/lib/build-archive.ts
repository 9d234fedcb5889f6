// Builds the archive from a given content root into its own folder, as the webmaster would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, 'tests/.tmp');
export const FIXTURE_ARCHIVE = join(ROOT, 'tests/fixtures/archive');
const ASTRO_BIN = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildOptions {
  /** Content root (ARCHIVE_CONTENT_DIR). */
  contentDir: string;
  /** Output folder; a fresh one under tests/.tmp by default. */
  outDir?: string;
  basePath?: string;
  siteUrl?: string;
  /** More environment for the build, e.g. SEARCH_SHARD_REPORTS. */
  env?: Record<string, string>;
}

export interface BuildResult {
  ok: boolean;
  outDir: string;
  /** stdout and stderr together, for asserting on error messages. */
  output: string;
}

/** Runs `astro build` in a child process (Astro's content layer is per process). */
export function buildArchive(options: BuildOptions): BuildResult {
  const outDir = options.outDir ?? freshOutDir();
  return runBuild([ASTRO_BIN, 'build', '--force', '--outDir', outDir], outDir, options);
}

/**
 * Runs `npm run build` as the webmaster does (tools/build.ts: staging folder, then swap), with the
 * content layer's cache kept between builds as it is on their machine.
 */
export function npmRunBuild(options: BuildOptions): BuildResult {
  const outDir = options.outDir ?? freshOutDir();
  return runBuild([join(ROOT, 'tools/build.ts'), '--outDir', outDir], outDir, options);
}

function freshOutDir(): string {
  mkdirSync(TMP, { recursive: true });
  return mkdtempSync(join(TMP, 'dist-'));
}

function runBuild(args: string[], outDir: string, options: BuildOptions): BuildResult {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    // Astro logs a line per page built: a large archive writes tens of megabytes of log.
    maxBuffer: 512 * 1024 * 1024,
    env: {
      ...parentEnvWithoutVitest(),
      ARCHIVE_CONTENT_DIR: options.contentDir,
      BASE_PATH: options.basePath ?? '',
      SITE_URL: options.siteUrl ?? 'https://archive.example.org',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
  });
  // CI may force colours (FORCE_COLOR): messages are asserted on as plain text.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { ok: result.status === 0, outDir, output };
}

// Vitest sets BASE_URL, MODE, DEV… in its own process.env; a child build would take them as its own.
const VITEST_KEYS = /^(VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV)$/;
function parentEnvWithoutVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_KEYS.test(key)));
}

/** A scratch copy of a content root, to break on purpose. */
export function copyArchive(from: string = FIXTURE_ARCHIVE): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'content-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

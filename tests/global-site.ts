// Builds the fixture archive once under a sub-path and serves it for the build and browser tests.
import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { buildArchive, FIXTURE_ARCHIVE, removeDir, TMP } from '../tools/lib/build-archive.ts';
import { serveStatic } from '../tools/lib/serve-static.ts';

export const SITE_BASE = '/archive/';

export default async function setup(project: TestProject) {
  const outDir = join(TMP, 'site');
  removeDir(outDir);
  const build = buildArchive({ contentDir: FIXTURE_ARCHIVE, outDir, basePath: SITE_BASE });
  if (!build.ok) throw new Error(`fixture archive failed to build:\n${build.output}`);
  const server = await serveStatic(outDir, SITE_BASE);
  project.provide('siteDir', outDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the fixture archive, built with BASE_PATH=/archive/. */
    siteDir: string;
    /** Where that build is served, e.g. http://127.0.0.1:PORT/archive/. */
    siteUrl: string;
  }
}

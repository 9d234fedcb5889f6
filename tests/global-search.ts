// Builds one realistic archive (tools/corpus: several hundred full-length reports over many
// committees and decades) under /archive/, once for all search tests, and serves it.
import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { buildArchive, removeDir, TMP } from '../tools/lib/build-archive.ts';
import { serveStatic } from '../tools/lib/serve-static.ts';
import { writeCorpusArchive, type CorpusReport } from '../tools/corpus/archive.ts';

export const SEARCH_SITE_BASE = '/archive/';
/** Enough reports for paging, long filter lists and decoys; small enough to build in well under a minute. */
export const SEARCH_CORPUS = { reports: 300, committees: 16, seed: 7 };
/**
 * Indexed in three shards (src/lib/search/shards.ts), as an archive of thousands is: every search
 * test then runs over several merged indexes whose page ids are unique only inside their shard.
 */
export const SEARCH_SHARD_REPORTS = '100';

export default async function setup(project: TestProject) {
  const contentDir = join(TMP, 'search-content');
  const outDir = join(TMP, 'search-site');
  removeDir(contentDir);
  removeDir(outDir);
  const reports = writeCorpusArchive(contentDir, SEARCH_CORPUS);
  const build = buildArchive({
    contentDir,
    outDir,
    basePath: SEARCH_SITE_BASE,
    env: { SEARCH_SHARD_REPORTS },
  });
  if (!build.ok) throw new Error(`search fixture archive failed to build:\n${build.output}`);
  const server = await serveStatic(outDir, SEARCH_SITE_BASE);
  project.provide('searchSiteDir', outDir);
  project.provide('searchSiteUrl', server.url);
  project.provide('searchCorpus', reports);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the realistic search fixture, built with BASE_PATH=/archive/. */
    searchSiteDir: string;
    /** Where it is served, e.g. http://127.0.0.1:PORT/archive/. */
    searchSiteUrl: string;
    /** Each generated report, with the name and cross-word phrase only it holds. */
    searchCorpus: CorpusReport[];
  }
}

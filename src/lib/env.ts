import { shardSizeOf } from './search/shards.ts';

/**
 * Deployment settings read from the environment: SITE_URL, BASE_PATH, ARCHIVE_CONTENT_DIR,
 * SEARCH_SHARD_REPORTS (README, Environment).
 */
export interface ArchiveEnv {
  /** Absolute origin used for feeds, sitemap and canonical links. */
  siteUrl: string;
  /** Sub-path the archive is served under; always starts and ends with `/`. */
  basePath: string;
  /** Folder holding site.yaml, topics.yaml and reports/. */
  contentDir: string;
  /** Most reports in one search index shard (SEARCH_SHARD_REPORTS; lib/search/shards.ts). */
  shardReports: number;
}

const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** Normalises `archive`, `/archive`, `/archive/` to `/archive/`; empty means `/`. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Reads and checks the archive's environment variables, failing with the variable's name. */
export function archiveEnv(vars: Record<string, string | undefined>): ArchiveEnv {
  const siteUrl = vars['SITE_URL']?.trim() || DEFAULT_SITE_URL;
  let origin: URL;
  try {
    origin = new URL(siteUrl);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://example.org, got "${siteUrl}"`,
    );
  }
  return {
    siteUrl: origin.origin,
    basePath: normaliseBasePath(vars['BASE_PATH']),
    contentDir: vars['ARCHIVE_CONTENT_DIR']?.trim() || 'src/content',
    shardReports: shardSizeOf(vars['SEARCH_SHARD_REPORTS']),
  };
}

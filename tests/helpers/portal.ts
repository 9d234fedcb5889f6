// A portal and two member archives (tests/fixtures/portal), each built on its own with its own
// BASE_PATH, then served from one local server as one nginx serves sibling folders.
import { join } from 'node:path';
import { buildArchive, removeDir, ROOT, TMP } from '../../tools/lib/build-archive.ts';
import { serveSites, type SitesServer } from '../../tools/lib/serve-static.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/portal');

/** Each fixture content root and the base path it is built for and served at. */
export const PORTAL_SITES = {
  city: '/city/',
  jia: '/districts/jia/',
  yi: '/districts/yi/',
} as const;

export interface PortalServer extends SitesServer {
  /** dist/ of each archive. */
  dirs: Record<keyof typeof PORTAL_SITES, string>;
}

/** Builds the three archives (a few seconds each) and serves them; close() stops the server. */
export async function buildPortal(): Promise<PortalServer> {
  const dirs = {} as PortalServer['dirs'];
  for (const [name, basePath] of Object.entries(PORTAL_SITES) as [
    keyof typeof PORTAL_SITES,
    string,
  ][]) {
    const outDir = join(TMP, `portal-${name}`);
    removeDir(outDir);
    const build = buildArchive({ contentDir: join(FIXTURES, name), outDir, basePath });
    if (!build.ok) throw new Error(`portal fixture ${name} failed to build:\n${build.output}`);
    dirs[name] = outDir;
  }
  const server = await serveSites(
    Object.entries(PORTAL_SITES).map(([name, basePath]) => ({
      dir: dirs[name as keyof typeof PORTAL_SITES],
      basePath,
    })),
  );
  return { ...server, dirs };
}

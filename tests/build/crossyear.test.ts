// The cross-year pages over an archive of their own: tests/fixtures/crossyear (three committees of
// realistic reports whose plans and summaries correspond, one year missing, one committee with a
// single report) plus 1,000 tiny reports (40 committees × 25 years, 1950–1974), so the index and
// every list are checked for staying bounded. One build, read by the suites in ./crossyear/.
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import { buildArchive, copyArchive, removeDir, ROOT } from '../../tools/lib/build-archive.ts';
import { writeTinyReports } from '../helpers/tiny-archive.ts';
import { BASE, TINY, type CrossYearSite } from './crossyear/site.ts';
import { reviewTests } from './crossyear/reviews.ts';
import { pageTests } from './crossyear/pages.ts';
import { dataTests } from './crossyear/data.ts';
import { browserTests } from './crossyear/browser.ts';

const site: CrossYearSite = { dist: '' };
let contentDir = '';

beforeAll(() => {
  contentDir = copyArchive(join(ROOT, 'tests/fixtures/crossyear'));
  writeTinyReports(contentDir, TINY);
  const build = buildArchive({ contentDir, basePath: BASE });
  if (!build.ok) throw new Error(build.output);
  site.dist = build.outDir;
}, 300_000);

afterAll(() => {
  removeDir(contentDir);
  removeDir(site.dist);
});

reviewTests(site);
pageTests(site);
dataTests(site);
browserTests(site);

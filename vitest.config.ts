/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    environment: 'node',
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Whole-site tests share one built fixture archive and a browser; run them one file at a time.
        extends: true,
        test: {
          name: 'site',
          include: [
            'tests/build/**/*.test.ts',
            'tests/browser/**/*.test.ts',
            'tests/import/**/*.test.ts',
          ],
          globalSetup: ['tests/global-site.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // A first search loads Pagefind's index: on a busy 2-core machine that can take over the
          // 1 s expect.poll allows by default.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        // Search at realistic size: one generated archive of several hundred reports, built once
        // (tests/global-search.ts), after the other projects so the builds do not compete.
        extends: true,
        test: {
          name: 'search',
          include: ['tests/search/**/*.test.ts'],
          globalSetup: ['tests/global-search.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

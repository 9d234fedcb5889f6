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
    ],
  },
});

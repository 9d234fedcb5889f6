// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import contentCache from './src/integrations/content-cache.ts';
import deployFiles from './src/integrations/deploy-files.ts';
import pagefind from './src/integrations/pagefind.ts';
import { archiveEnv } from './src/lib/env.ts';
import { MARKDOWN_FEATURES } from './src/lib/markdown.ts';

const env = archiveEnv(process.env);

export default defineConfig({
  site: env.siteUrl,
  base: env.basePath,
  trailingSlash: 'ignore',
  // Every script and stylesheet is a file under 'self': the Content-Security-Policy
  // (src/lib/security-headers.ts) then needs a hash only for the inline theme script. The site's
  // CSS (~5 KB gzip) is one file, so each page waits for one stylesheet, cached for every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Reports are kept character for character: no "smart" quotes, dashes or ellipses.
  markdown: { processor: satteri({ features: MARKDOWN_FEATURES }) },
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  integrations: [
    contentCache(env.contentDir),
    mdx(),
    sitemap(),
    pagefind({ shardReports: env.shardReports }),
    deployFiles(),
  ],
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { archiveEnv } from './src/lib/env.ts';

const env = archiveEnv(process.env);

export default defineConfig({
  site: env.siteUrl,
  base: env.basePath,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Reports are kept as written: no curly quotes, dashes or ellipses made from "", -- and ...
  // (MDX inherits this setting).
  markdown: { smartypants: false },
  integrations: [mdx(), sitemap(), pagefind()],
});

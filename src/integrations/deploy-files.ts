// Puts the server configs that are read from the published folder itself into the build:
// dist/_headers (Netlify, Cloudflare Pages) and dist/web.config (IIS), for the build's base path.
// nginx reads its config from its own folder: deploy/nginx.conf is installed once, by hand.
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headersForBase, webConfigForBase } from '../lib/deploy-files.ts';

export default function deployFiles(): AstroIntegration {
  let root: URL;
  let basePath = '/';
  return {
    name: 'archive-deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        basePath = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const read = (name: string) => readFile(new URL(`deploy/${name}`, root), 'utf8');
        const outDir = fileURLToPath(dir);
        await writeFile(`${outDir}/_headers`, headersForBase(await read('_headers'), basePath));
        await writeFile(
          `${outDir}/web.config`,
          webConfigForBase(await read('web.config'), basePath),
        );
      },
    },
  };
}

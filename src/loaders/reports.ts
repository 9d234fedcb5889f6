// The reports collection: Astro's glob loader over reports/**/*.mdx, with .mdx files read as
// Markdown (src/lib/report-body.ts says why that reads the same). Astro renders Markdown entries
// once, at content sync, and its content cache keeps the HTML for the next build: no JavaScript
// module per report to bundle, and an unchanged archive is not rendered again. Part and item
// headings get their self-links here (lib/section-links.ts).
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { assertMarkdownBody } from '../lib/report-body.ts';
import { withSectionLinks } from '../lib/section-links.ts';

interface Rendered {
  html: string;
  metadata?: Record<string, unknown>;
}
type RenderFunction = (params: never) => Promise<Rendered>;

interface EntryType {
  getEntryInfo(params: {
    fileUrl: URL;
    contents: string;
  }): Promise<{ body: string }> | { body: string };
  getRenderFunction?: (config: never) => Promise<RenderFunction>;
}

/** `entryTypes` is what the glob loader reads entry types from (Astro 7 passes it, untyped). */
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function reportsLoader(base: string): Loader {
  const inner = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'archive-reports',
    load: (context: GlobContext) => {
      const markdown = context.entryTypes?.get('.md');
      if (!context.entryTypes || !markdown)
        throw new Error(
          'Astro 的内容加载器没有提供 Markdown 条目类型（entryTypes），请核对 Astro 版本',
        );
      const checked: EntryType = {
        ...markdown,
        async getEntryInfo(params) {
          const info = await markdown.getEntryInfo(params);
          const before = params.contents.indexOf(info.body);
          const linesBefore = params.contents.slice(0, Math.max(0, before)).split('\n').length - 1;
          assertMarkdownBody(info.body, { path: fileURLToPath(params.fileUrl), linesBefore });
          return info;
        },
        // Headings link to themselves, in the HTML the content cache keeps (section-links.ts).
        async getRenderFunction(config) {
          const render = await markdown.getRenderFunction!(config);
          return async (params) => {
            const rendered = await render(params);
            return { ...rendered, html: withSectionLinks(rendered.html) };
          };
        },
      };
      const entryTypes = new Map(context.entryTypes).set('.mdx', checked);
      return inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}

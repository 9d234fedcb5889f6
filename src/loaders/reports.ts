// The reports collection: Astro's glob loader over reports/**/*.mdx, with .mdx files read as the
// Markdown they are (src/lib/report-body.ts says why that reads the same) and checked. They are
// kept as text, not compiled to a JavaScript module each: the report page renders the text with
// the build's own Markdown processor (src/lib/rendered-report.ts).
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { assertMarkdownBody } from '../lib/report-body.ts';

interface EntryType {
  getEntryInfo(params: {
    fileUrl: URL;
    contents: string;
  }): Promise<{ body: string }> | { body: string };
  getRenderFunction?: unknown;
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
        // Not rendered here: Astro would keep every report's HTML in its data store, which it
        // loads as one string (about 75 KB a report: past V8's limit near 7,000 reports).
        getRenderFunction: undefined,
      };
      const entryTypes = new Map(context.entryTypes).set('.mdx', checked);
      return inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}

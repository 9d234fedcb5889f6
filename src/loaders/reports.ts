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

/** The sync's one log line: how many reports, and how many were read anew rather than cached. */
function syncSummary(reports: number, parsed: number): string {
  return `报告 ${reports} 份：${parsed} 份新增或有改动，${reports - parsed} 份沿用内容缓存`;
}

export function reportsLoader(base: string): Loader {
  const inner = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'archive-reports',
    load: async (context: GlobContext) => {
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
      // The glob loader parses (validates and stores) only the entries whose text changed since
      // the cached store; counting them tells the webmaster the cache is doing its work.
      let parsed = 0;
      const parseData: LoaderContext['parseData'] = (props) => {
        parsed += 1;
        return context.parseData(props);
      };
      await inner.load({ ...context, entryTypes, parseData } as LoaderContext);
      context.logger.info(syncSummary(context.store.keys().length, parsed));
    },
  };
}

// A report's text rendered to HTML, with the heading ids and list Astro's own Markdown renderer
// gives (the same Sätteri processor, the same settings: markdown.ts). Reports are rendered when
// their page is built, not at content sync (src/loaders/reports.ts says why), about a millisecond
// each; no report becomes a JavaScript module.
import type { MarkdownHeading } from 'astro';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES } from './markdown.ts';
import { withSectionLinks } from './section-links.ts';

/** A report entry as far as rendering needs it. */
export interface ReportText {
  id: string;
  body?: string | undefined;
}

let renderer: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/** The report's HTML, its part and item headings linking to themselves, and its headings. */
export async function renderReport(
  entry: ReportText,
): Promise<{ html: string; headings: MarkdownHeading[] }> {
  // Reports are prose: a rare fenced block is shown plain, so no highlighter is loaded.
  renderer ??= createSatteriMarkdownProcessor({
    syntaxHighlight: false,
    features: MARKDOWN_FEATURES,
  });
  const { code, metadata } = await (await renderer).render(entry.body ?? '');
  return { html: withSectionLinks(code), headings: metadata.headings };
}

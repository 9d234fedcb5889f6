// A report as Sätteri rendered it at content sync (src/loaders/reports.ts): Astro keeps the HTML
// and the heading list in its content store and cache, so no page renders a report again.
import type { MarkdownHeading } from 'astro';

/** What Astro stores of a rendered entry, as far as a report needs it. */
export interface RenderedEntry {
  id: string;
  rendered?: { html: string; metadata?: { [key: string]: unknown } } | undefined;
}

/** The report's HTML and headings; throws, naming the report, when it was never rendered. */
export function renderedReport(entry: RenderedEntry): {
  html: string;
  headings: MarkdownHeading[];
} {
  if (!entry.rendered) throw new Error(`报告 ${entry.id} 没有在内容同步时渲染（reports 加载器）`);
  // Astro's Markdown renderer stores the headings it gave ids in the metadata.
  const headings = (entry.rendered.metadata?.['headings'] ?? []) as MarkdownHeading[];
  return { html: entry.rendered.html, headings };
}

// Every part (##) and item (###) heading of a report links to itself. The links are added to the
// HTML Sätteri renders (rendered-report.ts): Astro's renderer gives headings their ids after every
// Markdown plugin has run, so no plugin could read them. The link's mark is drawn by CSS, so it
// never becomes part of the heading's text (search titles, copying). A plan part is followed by a link to next year's review of it: that
// depends on the archive, not the report, so the report page puts it in (planPartSegments).

/** A part or item heading as Sätteri writes it: the id attribute, already escaped, first. */
const HEADING = /<h([23]) id="([^"]+)">([\s\S]*?)<\/h\1>/g;

/** Adds `class="section-heading"` and a link to itself to every h2/h3 that has an id. */
export function withSectionLinks(html: string): string {
  // The id is copied as written: escaped for an attribute, it stays escaped in the href.
  return html.replace(
    HEADING,
    (_, level: string, id: string, text: string) =>
      `<h${level} id="${id}" class="section-heading">${text}<a class="self-link" href="#${id}" aria-label="本节链接" data-pagefind-ignore></a></h${level}>`,
  );
}

/** A piece of a report's HTML, and whether next year's review link follows it. */
export interface HtmlSegment {
  html: string;
  reviewAfter: boolean;
}

/**
 * The report's HTML cut after each plan part's heading. `partHeadings` are the report's ##
 * headings' slugs in order (Astro's heading metadata), so the n-th `</h2>` closes the n-th of
 * them: no attribute in the HTML needs reading.
 */
export function planPartSegments(
  html: string,
  partHeadings: readonly string[],
  planPartIds: readonly string[],
): HtmlSegment[] {
  const segments: HtmlSegment[] = [];
  let start = 0;
  let end = html.indexOf('</h2>');
  for (let part = 0; end >= 0; part += 1, end = html.indexOf('</h2>', end + 1)) {
    if (!planPartIds.includes(partHeadings[part] ?? '')) continue;
    const cut = end + '</h2>'.length;
    segments.push({ html: html.slice(start, cut), reviewAfter: true });
    start = cut;
  }
  segments.push({ html: html.slice(start), reviewAfter: false });
  return segments;
}

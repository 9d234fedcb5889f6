/** Joins the site's base path and a path inside the archive: `('/archive/', 'reports/2018/')`. */
export function joinBase(basePath: string, path: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return base + path.replace(/^\/+/, '');
}

/** A link below the configured base path; every internal link goes through this. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The page of one report. */
export function reportHref(id: string): string {
  return href(`reports/${id}/`);
}

/** The plain-text download of one report (UTF-8 with BOM, CRLF). */
export function reportTextHref(id: string): string {
  return href(`reports/${id}.txt`);
}

/** The plan review of one report: last year's plan beside this year's summary. */
export function reviewHref(id: string): string {
  return href(`reports/${id}/review/`);
}

/** Page `page` of a list below `base` (e.g. `topics/tian/`): page 1 is the base itself. */
export function listHref(base: string, page = 1): string {
  return href(page <= 1 ? base : `${base}page/${page}/`);
}

/** A committee's timeline page. */
export function committeeHref(slug: string, page = 1): string {
  return listHref(`committees/${slug}/`, page);
}

/** A topic's page: its chart and, year by year, the sections that deal with it. */
export function topicHref(id: string, page = 1): string {
  return listHref(`topics/${id}/`, page);
}

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

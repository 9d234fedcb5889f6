// The deploy/ configs that live inside the published folder (_headers for Netlify and Cloudflare
// Pages, web.config for IIS), rewritten for the base path the archive was built with.

/** `_headers` with every path rule below `basePath`: `/_astro/*` → `/archive/_astro/*`. */
export function headersForBase(text: string, basePath: string): string {
  return text.replace(/^\/(?=\S*$)/gm, basePath);
}

/** `web.config` whose error pages (server-relative URLs) are below `basePath`. */
export function webConfigForBase(text: string, basePath: string): string {
  return text.replace(/(<error\b[^>]*\bpath=")\//g, `$1${basePath}`);
}

// /robots.txt, an endpoint so the sitemap's address follows SITE_URL and BASE_PATH.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/seo.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, href('sitemap-index.xml'))}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );

// /rss.xml: every published report, newest first, for feed readers.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getReports, getSite } from '../lib/archive.ts';
import { absoluteUrl } from '../lib/seo.ts';
import { reportHref } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const [reports, archive] = await Promise.all([getReports(), getSite()]);
  return rss({
    title: archive.title,
    description: archive.description,
    site: absoluteUrl(site, import.meta.env.BASE_URL),
    customData: '<language>zh-cn</language>',
    items: reports.map(({ id, entry: { data } }) => ({
      title: data.title,
      link: absoluteUrl(site, reportHref(id)),
      description: data.summary,
      // A report without a stated date gets none rather than an invented one.
      ...(data.date && { pubDate: data.date }),
      categories: [data.committee],
    })),
  });
};

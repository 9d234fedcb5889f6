// /data/reports.json: every report's frontmatter, id and addresses, for anyone's own analysis.
import type { APIRoute } from 'astro';
import { getArchiveIndex, getReports, getSite } from '../../lib/archive.ts';
import { reportRecord, reportsJson } from '../../lib/crossyear/open-data.ts';
import { absoluteUrl } from '../../lib/seo.ts';
import { href, reportHref, reportTextHref, reviewHref } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const [reports, index, archive] = await Promise.all([getReports(), getArchiveIndex(), getSite()]);
  const records = reports.map((report) =>
    reportRecord(report, {
      url: absoluteUrl(site, reportHref(report.id)),
      textUrl: absoluteUrl(site, reportTextHref(report.id)),
      reviewUrl: index.at(report.committee, report.year - 1)
        ? absoluteUrl(site, reviewHref(report.id))
        : null,
    }),
  );
  const body = reportsJson({ title: archive.title, url: absoluteUrl(site, href('')) }, records);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

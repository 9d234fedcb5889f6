// /reports/<id>.txt: the report as plain text for Notepad, Word and e-mail (see src/lib/plain-text.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports, type ArchiveReport } from '../../lib/archive.ts';
import { reportPlainLines, toWindowsText } from '../../lib/plain-text.ts';
import { absoluteUrl } from '../../lib/seo.ts';
import { reportHref } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.map((report) => ({ params: { id: report.id }, props: { report } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: ArchiveReport }> = ({ props, site }) => {
  const { entry } = props.report;
  const meta = { ...entry.data, url: absoluteUrl(site, reportHref(props.report.id)) };
  const text = toWindowsText(reportPlainLines(meta, entry.body ?? ''));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

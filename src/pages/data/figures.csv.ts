// /data/figures.csv: every figure of every report, UTF-8 with BOM so Excel reads the Chinese.
import type { APIRoute } from 'astro';
import { getCommitteeFigures } from '../../lib/crossyear/load.ts';
import { figuresCsv } from '../../lib/crossyear/open-data.ts';
import { absoluteUrl } from '../../lib/seo.ts';

export const GET: APIRoute = async ({ site }) => {
  const committees = await getCommitteeFigures();
  const rows = committees.flatMap(({ committee, entries }) =>
    entries.map((entry) => ({ ...entry, committee, url: absoluteUrl(site, entry.href) })),
  );
  return new Response(figuresCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

// What search engines and link previews read: absolute URLs and schema.org descriptions (JSON-LD).

/** The absolute address of a path on the deployed site (`path` already carries BASE_PATH). */
export function absoluteUrl(site: URL | undefined, path: string): string {
  if (!site) throw new Error('SITE_URL 未设置：规范网址、订阅和站点地图需要站点的绝对地址');
  return new URL(path, site).href;
}

type JsonLd = Record<string, unknown>;

/** The committee as the body that writes and publishes its reports. */
export function committeeJsonLd(name: string): JsonLd {
  return { '@type': 'GovernmentOrganization', name };
}

/** What the report page says about one report. */
export interface ReportLd {
  title: string;
  summary: string;
  committee: string;
  year: number;
  planYear?: number | undefined;
  date?: Date | undefined;
  topicNames: readonly string[];
  url: string;
  textUrl: string;
  archiveTitle: string;
  archiveUrl: string;
}

/** schema.org Report for one annual work report, with the archive it belongs to. */
export function reportJsonLd(report: ReportLd): JsonLd {
  const committee = committeeJsonLd(report.committee);
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: report.title,
    headline: report.title,
    description: report.summary,
    inLanguage: 'zh-CN',
    url: report.url,
    ...(report.date && { datePublished: report.date.toISOString().slice(0, 10) }),
    temporalCoverage: report.planYear ? `${report.year}/${report.planYear}` : String(report.year),
    about: report.topicNames.map((name) => ({ '@type': 'Thing', name })),
    author: committee,
    publisher: committee,
    encoding: { '@type': 'MediaObject', contentUrl: report.textUrl, encodingFormat: 'text/plain' },
    isPartOf: { '@type': 'WebSite', name: report.archiveTitle, url: report.archiveUrl },
  };
}

/** What the index says: the archive as a website published by the committee, listing its reports. */
export interface ArchiveLd {
  title: string;
  description: string;
  committee: string;
  url: string;
  reports: readonly { title: string; url: string }[];
}

export function archiveJsonLd(archive: ArchiveLd): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: archive.title,
    description: archive.description,
    inLanguage: 'zh-CN',
    url: archive.url,
    publisher: committeeJsonLd(archive.committee),
    hasPart: archive.reports.map((report) => ({
      '@type': 'Report',
      name: report.title,
      url: report.url,
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function jsonLdScriptText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

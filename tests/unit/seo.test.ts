import { describe, expect, it } from 'vitest';
import { absoluteUrl, archiveJsonLd, jsonLdScriptText, reportJsonLd } from '../../src/lib/seo.ts';

const site = new URL('https://archive.example.org');

describe('absoluteUrl', () => {
  it('joins the site origin and a path that already carries the base path', () => {
    expect(absoluteUrl(site, '/archive/reports/alpha/2017/')).toBe(
      'https://archive.example.org/archive/reports/alpha/2017/',
    );
  });

  it('fails clearly without SITE_URL', () => {
    expect(() => absoluteUrl(undefined, '/')).toThrow(/SITE_URL/);
  });
});

describe('reportJsonLd', () => {
  const report = {
    title: '甲区政协2017年工作总结',
    summary: '甲区政协2017年的工作。',
    committee: '甲区政协',
    year: 2017,
    planYear: 2018,
    date: new Date('2018-01-12'),
    topicNames: ['提案工作', '调查研究'],
    url: 'https://archive.example.org/archive/reports/alpha/2017/',
    textUrl: 'https://archive.example.org/archive/reports/alpha/2017.txt',
    archiveTitle: '测试档案',
    archiveUrl: 'https://archive.example.org/archive/',
  };

  it('describes the report, its years, topics and the committee as author and publisher', () => {
    const ld = reportJsonLd(report);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: report.title,
      datePublished: '2018-01-12',
      temporalCoverage: '2017/2018',
      about: [
        { '@type': 'Thing', name: '提案工作' },
        { '@type': 'Thing', name: '调查研究' },
      ],
      author: { '@type': 'GovernmentOrganization', name: '甲区政协' },
      publisher: { '@type': 'GovernmentOrganization', name: '甲区政协' },
      encoding: { contentUrl: report.textUrl, encodingFormat: 'text/plain' },
      isPartOf: { url: report.archiveUrl },
    });
  });

  it('states no publication date the report does not have', () => {
    const ld = reportJsonLd({ ...report, date: undefined, planYear: undefined });
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld['temporalCoverage']).toBe('2017');
  });
});

describe('archiveJsonLd', () => {
  it('lists the reports and names the committee as publisher', () => {
    const ld = archiveJsonLd({
      title: '测试档案',
      description: '描述',
      committee: '甲区政协',
      url: 'https://archive.example.org/archive/',
      reports: [
        {
          title: '甲区政协2017年工作总结',
          url: 'https://archive.example.org/archive/reports/alpha/2017/',
        },
      ],
    });
    expect(ld).toMatchObject({
      '@type': 'WebSite',
      publisher: { '@type': 'GovernmentOrganization', name: '甲区政协' },
      hasPart: [
        { '@type': 'Report', url: 'https://archive.example.org/archive/reports/alpha/2017/' },
      ],
    });
  });
});

describe('jsonLdScriptText', () => {
  it('cannot be closed early by text in the data, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>' };
    const text = jsonLdScriptText(data);
    expect(text).not.toContain('</');
    expect(JSON.parse(text)).toEqual(data);
  });
});

// Plan reviews live below their report (reports/<id>/review/) but are not report pages: the search
// index and its completeness check leave them out.
import { describe, expect, it } from 'vitest';
import { reportPagesOf } from '../../src/integrations/pagefind.ts';

describe('reportPagesOf', () => {
  it('keeps report pages and leaves plan reviews out, at any depth of id', () => {
    expect(
      reportPagesOf([
        'reports/2018/index.html',
        'reports/2018/review/index.html',
        'reports/alpha/2019/index.html',
        'reports/alpha/2019/review/index.html',
        'reports/city/district/2020/review/index.html',
        'reports/reviewed/2021/index.html',
      ]),
    ).toEqual([
      'reports/2018/index.html',
      'reports/alpha/2019/index.html',
      'reports/reviewed/2021/index.html',
    ]);
  });
});

// The open data files; part of tests/build/crossyear.test.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../helpers/csv.ts';
import { hrefsIn, pageTree } from '../../helpers/hast.ts';
import { BASE, REALISTIC, TINY, type CrossYearSite } from './site.ts';

const ORIGIN = 'https://archive.example.org';

export function dataTests(site: CrossYearSite): void {
  describe('open data', () => {
    it('/data/reports.json parses and holds every report’s frontmatter, id and addresses', () => {
      const data = JSON.parse(readFileSync(join(site.dist, 'data/reports.json'), 'utf8'));
      expect(data.reports).toHaveLength(REALISTIC + TINY.committees * TINY.years);
      const byId = (id: string) => data.reports.find((report: { id: string }) => report.id === id);
      expect(byId('bing/2020')).toMatchObject({
        title: '丙市政协常委会2020年工作报告',
        year: 2020,
        planYear: 2021,
        date: '2021-01-12',
        url: `${ORIGIN}${BASE}reports/bing/2020/`,
        textUrl: `${ORIGIN}${BASE}reports/bing/2020.txt`,
        reviewUrl: `${ORIGIN}${BASE}reports/bing/2020/review/`,
      });
      expect(byId('bing/2020').figures[2]).toEqual({
        label: '捐款捐物',
        value: null,
        unit: '万元',
        approximate: true,
      });
      expect(byId('bing/2023').reviewUrl).toBeNull();
    });

    it('/data/figures.csv is UTF-8 with BOM, CRLF, RFC 4180, one row per figure', () => {
      const bytes = readFileSync(join(site.dist, 'data/figures.csv'));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(text);
      expect(rows[0]).toEqual(
        '委员会 年度 报告编号 统计项 数值 单位 约数 原文隐去 原文 出处'.split(' '),
      );
      // 2 + 3 + 2 + 1 figures of 丙市政协, 1 of 丁县政协; the tiny reports state none.
      expect(rows).toHaveLength(1 + 9);
      const donation = rows.find((row) => row[3] === '捐款捐物')!;
      expect(donation.slice(0, 8)).toEqual(
        '丙市政协 2020 bing/2020 捐款捐物 _ 万元 是 是'
          .split(' ')
          .map((cell) => cell.replace('_', '')),
      );
      for (const row of rows.slice(1)) {
        expect(row).toHaveLength(10);
        expect(row[9]).toMatch(/^https:\/\/archive\.example\.org\/archive\/reports\/.+:~:text=/);
      }
    });

    it('are linked from the index and the figures page', () => {
      for (const path of ['', 'figures/'])
        expect(hrefsIn(pageTree(site.dist, path))).toContain(`${BASE}data/figures.csv`);
      expect(hrefsIn(pageTree(site.dist, ''))).toContain(`${BASE}data/reports.json`);
    });
  });
}

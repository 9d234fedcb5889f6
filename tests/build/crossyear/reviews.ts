// Plan reviews and reports without neighbours; part of tests/build/crossyear.test.ts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byAttribute, byTag, findAll, hrefsIn, pageTree, textIn } from '../../helpers/hast.ts';
import { BASE, REALISTIC, reviewRows, TINY, withId, type CrossYearSite } from './site.ts';

export function reviewTests(site: CrossYearSite): void {
  const page = (path: string) => pageTree(site.dist, path);
  const rowsOf = (path: string) => reviewRows(page(path));

  describe('plan review /reports/<id>/review/', () => {
    it('pairs each of last year’s plan items with the summary item that carried it out', () => {
      const rows = rowsOf('reports/bing/2020/review/');
      expect(rows.map((row) => [row.plan, row.matches.map((match) => match.heading)])).toEqual([
        ['（一）聚焦高质量发展，深化专题协商。', ['（一）围绕制造业转型升级开展专题协商。']],
        ['（二）完善提案办理机制，提升提案办理质效。', ['（二）提案办理质效持续提升。']],
        ['（三）拓宽社情民意信息渠道。', ['（三）社情民意信息工作成效明显。']],
        ['（四）加强委员队伍建设，提升履职能力。', ['（四）委员履职管理更加规范。']],
        ['（五）推进文史资料征编出版。', []],
      ]);
      for (const row of rows.slice(0, 4)) {
        expect(row.matches[0]!.strength).toMatch(/^匹配度 \d{1,3}%，(高度|较为|部分)吻合$/);
        expect(row.planHref).toMatch(new RegExp(`^${BASE}reports/bing/2019/#`));
        expect(row.matches[0]!.href).toMatch(new RegExp(`^${BASE}reports/bing/2020/#`));
      }
    });

    it('links every item to a heading that exists on its report page', () => {
      for (const row of rowsOf('reports/bing/2020/review/')) {
        for (const href of [row.planHref, ...row.matches.map((match) => match.href)]) {
          const [path, id] = href.slice(BASE.length).split('#');
          expect(withId(page(path!), id!), href).toHaveLength(1);
        }
      }
    });

    it('lists plan items with no record as 未见落实记载, and work the plan did not name', () => {
      const tree = page('reports/bing/2020/review/');
      const unmatched = findAll(tree, byAttribute('dataUnmatched'))[0]!;
      expect(textIn(unmatched)).toBe('（五）推进文史资料征编出版。');
      expect(textIn(tree)).toContain('共 5 项安排：4 项有落实记载，1 项未见落实记载。');
      expect(withId(tree, 'unplanned')).toHaveLength(1);
      expect(textIn(tree)).toMatch(/安排之外的工作.*（五）助力疫情防控和复工复产。/);
      expect(textIn(tree)).toContain('工作中还存在不足：专题协商的深度还需拓展');
    });

    it('reviews a plan written as paragraphs (一是……), pointing at the sentence', () => {
      const rows = rowsOf('reports/ding/2021/review/');
      expect(rows.map((row) => [row.plan.slice(0, 2), row.matches.map((m) => m.heading)])).toEqual([
        ['一是', ['（一）召开茶叶品牌建设专题协商会。']],
        ['二是', []],
        ['三是', ['（二）跟踪民生实事进度。']],
      ]);
      expect(decodeURIComponent(rows[0]!.planHref)).toBe(
        `${BASE}reports/ding/2020/#二2021年工作建议:~:text=一是推动茶叶区域公用品牌建设，,推动茶叶品牌建设规划落地。`,
      );
    });

    it('exists exactly for reports whose previous year is in the archive', () => {
      const reviews = readdirSync(join(site.dist, 'reports'), { recursive: true })
        .map(String)
        .filter((path) => path.endsWith('/review/index.html') && !path.startsWith('t'));
      expect(reviews.sort()).toEqual([
        'bing/2020/review/index.html',
        'bing/2021/review/index.html',
        'ding/2021/review/index.html',
      ]);
    });

    it('is linked from the report, and the report’s plan part links to next year’s review', () => {
      const report = page('reports/bing/2020/');
      expect(hrefsIn(report)).toContain(`${BASE}reports/bing/2020/review/`);
      const body = findAll(report, byAttribute('dataPagefindBody'))[0]!;
      const planLinks = findAll(body, byTag('div', 'plan-review'));
      expect(planLinks.map(hrefsIn)).toEqual([[`${BASE}reports/bing/2021/review/`]]);
      // 2022 is missing: 2021's plan has no review to link to.
      expect(findAll(page('reports/bing/2021/'), byTag('div', 'plan-review'))).toEqual([]);
    });

    it('stays out of the search index', () => {
      const json = (path: string) => JSON.parse(readFileSync(join(site.dist, path), 'utf8'));
      // Over 1,000 reports: the index is in shards (lib/search/shards.ts), each a bundle.
      const { indexes } = json(json('pagefind/archive.json').catalog) as { indexes: string[] };
      expect(indexes.length).toBeGreaterThan(1);
      const indexed = indexes.map(
        (bundle) => json(`${bundle}pagefind-entry.json`).languages['zh-cn'].page_count as number,
      );
      expect(indexed.reduce((sum, count) => sum + count, 0)).toBe(
        REALISTIC + TINY.committees * TINY.years,
      );
    });
  });

  describe('reports without neighbours', () => {
    it('say plainly that the previous year is missing and link to the nearest earlier one', () => {
      const tree = page('reports/bing/2023/');
      expect(textIn(tree)).toContain(
        '档案中没有丙市政协2022年的报告，无法对照2023年工作安排的落实情况',
      );
      expect(hrefsIn(tree)).toContain(`${BASE}reports/bing/2021/`);
    });

    it('say plainly when the committee has no other report, linking to what exists', () => {
      const tree = page('reports/wu/2021/');
      expect(textIn(tree)).toContain('档案中只有戊区政协这一年（2021年）的报告');
      expect(hrefsIn(tree)).toEqual(
        expect.arrayContaining([`${BASE}committees/wu/`, `${BASE}topics/`]),
      );
    });
  });
}

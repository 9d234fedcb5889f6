// A large archive of tiny reports, for checking that pages stay bounded as the archive grows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ITEMS = ['提案办理', '社情民意信息', '专题调研', '民主监督', '理论学习', '委员履职'];

/** One tiny but well-formed report: a summary part and a plan part, one item each. */
function tinyReport(committee: number, year: number): string {
  const item = (offset: number) => ITEMS[(committee + year + offset) % ITEMS.length]!;
  return `---
title: 第${committee}委员会${year}年工作报告
year: ${year}
planYear: ${year + 1}
committee: 第${committee}委员会
term: 第${Math.floor((year - 1900) / 5)}届
summary: 第${committee}委员会${year}年工作总结与${year + 1}年工作安排（合成的测试数据）。
topics: [tian-gongzuo]
---

## 一、${year}年工作回顾

### （一）做好${item(0)}工作。

全年围绕${item(0)}开展工作。

## 二、${year + 1}年工作安排

### （一）继续做好${item(1)}工作。

围绕${item(1)}继续开展工作。
`;
}

/**
 * Writes `committees × years` tiny reports (years from `firstYear`) into `contentDir`/reports/t<n>/.
 * Returns how many were written.
 */
export function writeTinyReports(
  contentDir: string,
  options: { committees: number; years: number; firstYear: number },
): number {
  for (let committee = 1; committee <= options.committees; committee += 1) {
    const folder = join(contentDir, 'reports', `t${committee}`);
    mkdirSync(folder, { recursive: true });
    for (let offset = 0; offset < options.years; offset += 1) {
      const year = options.firstYear + offset;
      writeFileSync(join(folder, `${year}.mdx`), tinyReport(committee, year));
    }
  }
  return options.committees * options.years;
}

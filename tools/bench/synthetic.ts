// A synthetic archive for benchmarks: many committees and years of report-shaped Chinese text,
// each report holding one made-up project name found nowhere else (for top-1 accuracy).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ARCHIVE } from '../../tests/helpers/build.ts';

// Characters of the unique names; the filler text below uses none of them.
const NAME_CHARS = [
  ...new Set(
    '鹭鸥鹳鹮鸻鹬鸫鹪鹩鹡鹨鹟鹀鹇鹧鸪鹑鹌鹎鹗鹘鹚鹛鹜鹝鹞鹠鹡鹢鹣鹤鹥鹦鹧鹩鹪鹫鹭鹮鹯鹰鹱鹲鹳鹴鹾麇麈麋麑麒麓麖麝麟麸麹麻麽',
  ),
];
const FILLER = [
  '区政协常委会围绕全区中心工作，认真履行政治协商、民主监督、参政议政职能。',
  '全年共收到提案一百余件，经审查立案，交有关单位办理，办复率达到百分之百。',
  '围绕乡村振兴、生态环境保护、基层社会治理等课题开展专题调研，形成调研报告。',
  '组织委员开展专项视察，推动群众反映的热点难点问题得到解决。',
  '加强委员队伍建设，健全委员履职档案，组织委员参加学习培训。',
  '报送社情民意信息，反映群众呼声，一些信息得到有关领导批示。',
];

/** The unique project name of report number `index`: two name characters and 工程. */
export function uniqueName(index: number): string {
  const base = NAME_CHARS.length;
  const char = (position: number) => NAME_CHARS[Math.floor(index / base ** position) % base]!;
  return `${char(0)}${char(1)}${char(2)}工程`;
}

function reportMdx(index: number, committee: number, year: number): string {
  const paragraph = (offset: number) =>
    FILLER.map((_, i) => FILLER[(i + offset + index) % FILLER.length]).join('');
  return `---
title: 第${committee}委员会${year}年工作报告
year: ${year}
planYear: ${year + 1}
committee: 第${committee}委员会
summary: 第${committee}委员会${year}年的工作总结与${year + 1}年的工作安排，合成的基准测试数据。
topics: [tian, diaoyan]
---

${paragraph(0)}

## 一、${year}年工作完成情况

### （一）推进${uniqueName(index)}建设。

${paragraph(1)}今年重点推进${uniqueName(index)}，委员们多次实地察看。

### （二）做好提案办理工作。

${paragraph(2)}

## 二、${year + 1}年工作安排

### （一）继续加强调查研究。

${paragraph(3)}
`;
}

/** Writes `count` reports (committees of 25 years each) into a fresh content root under `dir`. */
export function writeSyntheticArchive(dir: string, count: number): { id: string; name: string }[] {
  mkdirSync(join(dir, 'reports'), { recursive: true });
  cpSync(join(FIXTURE_ARCHIVE, 'site.yaml'), join(dir, 'site.yaml'));
  cpSync(join(FIXTURE_ARCHIVE, 'topics.yaml'), join(dir, 'topics.yaml'));
  const written: { id: string; name: string }[] = [];
  for (let index = 0; index < count; index += 1) {
    const committee = Math.floor(index / 25) + 1;
    const year = 2000 + (index % 25);
    mkdirSync(join(dir, 'reports', `c${committee}`), { recursive: true });
    writeFileSync(
      join(dir, 'reports', `c${committee}`, `${year}.mdx`),
      reportMdx(index, committee, year),
    );
    written.push({ id: `c${committee}/${year}`, name: uniqueName(index) });
  }
  return written;
}

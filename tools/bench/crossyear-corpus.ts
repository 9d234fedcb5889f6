// A realistic archive for the cross-year benchmark: reports of 8,000–15,000 characters over thousands
// of distinct words (the seed's sentences, plus sentences about varied places, projects and issues),
// 8–14 summary items and 4–8 plan items each, several committees, each year's summary carrying out
// most of the year before's plan in other words, the figures the importer would find.
// Used when no content root is given (`npm run bench -- crossyear`, or BENCH_CONTENT=DIR).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leadTopics } from '../../src/lib/topics/lead.ts';
import { reportSections } from '../../src/lib/sections.ts';
import { topicSchema, type Topic } from '../../src/lib/schema/topic.ts';
import { parse as parseYaml } from 'yaml';
import { seededRandom } from '../corpus/random.ts';
import * as words from './crossyear-words.ts';

const { INDUSTRIES, ISSUES, NAME_CHARS, PLACE_SUFFIX, PROJECT_SUFFIX, WORKS } = words;

const ROOT = join(import.meta.dirname, '../..');
const SEED = join(ROOT, '../shared/seed/000_42bda19cadad3ee3.txt');

function seedSentences(): string[] {
  const text = readFileSync(SEED, 'utf8').split(/\r?\n/).slice(1).join('');
  return (text.match(/[^。！？]+[。！？]/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 12 && !/^[（一二三四五六七八九十]/.test(sentence));
}

export interface CorpusOptions {
  reports: number;
  committees: number;
}

/** Writes a realistic archive to `dir` (site.yaml, topics.yaml, reports/cNN/YEAR.mdx). */
export function writeCrossYearCorpus(
  dir: string,
  options: CorpusOptions,
): { reports: number; chars: number } {
  const rng = seededRandom(20261128);
  const seed = seedSentences();
  const name = () => `${rng.pick([...NAME_CHARS])}${rng.pick([...NAME_CHARS])}`;
  const fill = (template: string, local: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => local[key] ?? key);
  const topics = (
    parseYaml(readFileSync(join(ROOT, 'src/content/topics.yaml'), 'utf8')) as unknown[]
  ).map((t) => topicSchema.parse(t)) as Topic[];
  mkdirSync(join(dir, 'reports'), { recursive: true });
  cpSync(join(ROOT, 'src/content/topics.yaml'), join(dir, 'topics.yaml'));
  writeFileSync(
    join(dir, 'site.yaml'),
    'title: 基准测试档案\ncommittee: 基准测试政协\ndescription: 跨年度页面基准测试用的合成档案。\n',
  );
  const perCommittee = Math.ceil(options.reports / options.committees);
  let written = 0;
  let chars = 0;
  for (let c = 1; c <= options.committees && written < options.reports; c += 1) {
    const committee = `${name()}${rng.pick(['区', '县', '市'])}政协`;
    mkdirSync(join(dir, 'reports', `c${c}`), { recursive: true });
    let planned: Record<string, string>[] = [];
    for (let y = 0; y < perCommittee && written < options.reports; y += 1) {
      const year = 2025 - perCommittee + y;
      const local = () => ({
        place: `${name()}${rng.pick(PLACE_SUFFIX)}`,
        project: `${name()}${rng.pick(PROJECT_SUFFIX)}`,
        industry: rng.pick(INDUSTRIES),
        issue: rng.pick(ISSUES),
        n: String(rng.int(60, 400)),
        m: String(rng.int(20, 60)),
        k: String(rng.int(2, 30)),
      });
      const paragraph = (work: (typeof WORKS)[number], slots: Record<string, string>) =>
        [
          ...work.detail.map((s) => fill(s, { ...local(), ...slots })),
          ...Array.from({ length: rng.int(1, 3) }, () => rng.pick(seed)),
        ]
          .sort(() => rng.next() - 0.5)
          .join('');
      // This year's summary: most of last year's plan, carried out in other words, then more work.
      const summary = [
        ...planned.filter(() => rng.next() < 0.75),
        ...Array.from({ length: rng.int(8, 12) }, () => ({
          ...local(),
          work: String(rng.int(0, WORKS.length - 1)),
        })),
      ].slice(0, rng.int(10, 14));
      const plan = Array.from({ length: rng.int(4, 8) }, () => ({
        ...local(),
        work: String(rng.int(0, WORKS.length - 1)),
      }));
      const numeral = (i: number) => '一二三四五六七八九十'[i] ?? String(i + 1);
      const items = (list: Record<string, string>[], key: 'plan' | 'done') =>
        list.map((slots, i) => {
          const work = WORKS[Number(slots['work'])]!;
          const heading = fill(rng.pick(work[key]), slots);
          const paragraphs = Array.from(
            { length: key === 'done' ? rng.int(2, 3) : rng.int(1, 2) },
            () => paragraph(work, slots),
          );
          return `### （${i < 10 ? numeral(i) : i + 1}）${heading}。\n\n${paragraphs.join('\n\n')}`;
        });
      const proposals = rng.int(80, 400);
      // A fifth of the reports redact the count (XX), as the seed does.
      const information = rng.next() < 0.2 ? null : rng.int(40, 200);
      const body = [
        `${year}年，${committee}常委会紧紧围绕中心工作，认真履行政治协商、民主监督、参政议政职能。${rng.pick(seed)}`,
        `## 一、${year}年工作回顾`,
        ...items(summary, 'done'),
        `全年共收到提案${proposals}件，报送社情民意信息${information ?? 'XX'}余条。`,
        `在肯定成绩的同时，我们也清醒地认识到，工作中还存在一些不足：${rng.pick(seed)}`,
        `## 二、${year + 1}年工作安排`,
        ...items(plan, 'plan'),
      ].join('\n\n');
      const sections = reportSections(body, []).map((s) => ({
        heading: s.heading,
        text: s.paragraphs.join('\n'),
      }));
      const lead = leadTopics(sections, topics);
      const frontmatter = [
        '---',
        `title: ${committee}常委会${year}年工作报告`,
        `year: ${year}`,
        `planYear: ${year + 1}`,
        `committee: ${committee}`,
        `term: 第${Math.floor((year - 1950) / 5)}届`,
        `summary: ${committee}${year}年工作回顾与${year + 1}年工作安排（基准测试用的合成报告）。`,
        `topics: [${lead.join(', ')}]`,
        'figures:',
        `  - { label: 提案, value: ${proposals}, unit: 件, approximate: false }`,
        `  - { label: 社情民意信息, value: ${information ?? 'null'}, unit: 条, approximate: true }`,
        '---',
      ];
      const text = `${frontmatter.join('\n')}\n\n${body}\n`;
      writeFileSync(join(dir, 'reports', `c${c}`, `${year}.mdx`), text);
      planned = plan;
      written += 1;
      chars += [...body].length;
    }
  }
  return { reports: written, chars };
}

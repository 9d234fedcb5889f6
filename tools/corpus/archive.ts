// A realistic archive for benchmarks and tests: `npm run bench -- search` and the search tests
// build one; the same seed always gives the same archive, byte for byte.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ACTIONS, nameBook, PROJECT_TYPES } from './names.ts';
import { crossWordCandidates, occurrences } from './phrases.ts';
import { sentencePool, sourceTexts } from './pool.ts';
import { seededRandom, type Random } from './random.ts';
import { composeBody } from './report.ts';
import { sentenceMaker } from './sentences.ts';
import { committeeYears } from './committees.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CorpusOptions {
  reports: number;
  /** Committees the reports are spread over (unevenly, like real archives). */
  committees?: number;
  seed?: number;
}

/** One generated report, and the phrases only it holds verbatim. */
export interface CorpusReport {
  /** Collection id: c07/2019. */
  id: string;
  committee: string;
  year: number;
  /** Its own project's name, in no other report: 石门农贸市场. */
  name: string;
  /** 5–6 characters starting or ending inside a word, verbatim in this report only, if any. */
  crossPhrase: string | undefined;
  /** Characters of text (headings and paragraphs, no spaces). */
  length: number;
}

function frontmatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/** Topics whose keywords the text uses at least three times, as an editor would tag it. */
function topicsOf(text: string, topics: { id: string; keywords: string[] }[]): string[] {
  const uses = (word: string) => text.split(word).length - 1;
  return topics
    .filter((topic) => topic.keywords.reduce((sum, word) => sum + uses(word), 0) >= 3)
    .map((topic) => topic.id);
}

/** One project per report, each place + project pair different and none inside another. */
function uniqueSignatures(random: Random, places: readonly string[], count: number) {
  const taken = new Set<string>();
  const signatures: { place: string; project: string; action: string }[] = [];
  while (signatures.length < count) {
    const place = random.pick(places);
    const project = random.pick(PROJECT_TYPES);
    const name = place + project;
    if ([...taken].some((other) => other.endsWith(name) || name.endsWith(other))) continue;
    taken.add(name);
    signatures.push({ place, project, action: random.pick(ACTIONS) });
  }
  return signatures;
}

/** Writes site.yaml, topics.yaml and `reports` reports under `dir`; returns what each holds. */
export function writeCorpusArchive(dir: string, options: CorpusOptions): CorpusReport[] {
  const random: Random = seededRandom(options.seed ?? 1);
  const committees = options.committees ?? Math.max(3, Math.round(options.reports / 30));
  const names = nameBook(random, Math.min(1500, Math.max(300, options.reports)));
  const topicsYaml = readFileSync(join(ROOT, 'src/content/topics.yaml'), 'utf8');
  const topics = parse(topicsYaml) as { id: string; keywords: string[] }[];
  const slots = committeeYears(random, options.reports, committees);
  const committeeNames = Array.from(
    { length: committees },
    (_, index) => `${names.places[index]}${'区县市'[index % 3]}政协`,
  );
  const signatures = uniqueSignatures(random, names.places, slots.length);
  const pool = sentencePool(sourceTexts(ROOT));
  const reserved = new Set(signatures.map((s) => s.place + s.project));
  const maker = sentenceMaker(pool, names, reserved);
  mkdirSync(join(dir, 'reports'), { recursive: true });
  writeFileSync(join(dir, 'topics.yaml'), topicsYaml);
  writeFileSync(
    join(dir, 'site.yaml'),
    'title: 政协工作报告档案（生成的测试数据）\ncommittee: 多个委员会\ndescription: 由 tools/corpus 生成的报告，用于基准测试与搜索测试。\n',
  );
  const bodies = slots.map((slot, index) => {
    const { place, project, action } = signatures[index]!;
    const committee = committeeNames[slot.committee]!;
    const planYear = random.chance(0.9) ? slot.year + 1 : undefined;
    const signature = `今年重点推进${place}${project}${action}，委员们多次实地察看，提出的意见建议得到采纳。`;
    return composeBody(random, pool, maker, { committee, year: slot.year, planYear, signature });
  });
  const texts = bodies.map((body) => body.markdown);
  const candidates = signatures.map((s) => crossWordCandidates(s.place, s.project, s.action));
  const counts = occurrences(texts, [
    ...signatures.map((s) => s.place + s.project),
    ...candidates.flat(),
  ]);
  return slots.map((slot, index) => {
    const { place, project } = signatures[index]!;
    const holders = counts.get(place + project)!;
    if (holders.length !== 1) throw new Error(`${place}${project} is not unique to one report`);
    const id = `c${String(slot.committee + 1).padStart(2, '0')}/${slot.year}`;
    const committee = committeeNames[slot.committee]!;
    const body = bodies[index]!;
    const planYear = /^## 二、/m.test(body.markdown) ? slot.year + 1 : undefined;
    mkdirSync(join(dir, 'reports', id, '..'), { recursive: true });
    writeFileSync(
      join(dir, 'reports', `${id}.mdx`),
      frontmatter({
        title: `${committee}${slot.year}年工作报告`,
        year: slot.year,
        planYear,
        committee,
        summary: `${committee}${slot.year}年工作总结${planYear ? `与${planYear}年工作安排` : ''}（生成的测试数据）。`,
        topics: topicsOf(body.markdown, topics),
      }) +
        body.markdown +
        '\n',
    );
    const crossPhrase = candidates[index]!.find((phrase) => counts.get(phrase)!.length === 1);
    return {
      id,
      committee,
      year: slot.year,
      name: place + project,
      crossPhrase,
      length: body.length,
    };
  });
}

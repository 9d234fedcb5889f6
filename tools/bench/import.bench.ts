// npm run bench -- import: 2,000 real-shaped reports imported as one folder by one
// `npm run import`: time, peak memory, and how many came out right. The inputs are the fixture
// corpus's typed reports (8 layouts, 6,000–30,000 characters each), moved to other years and handed
// over as staff have them (as typed, re-saved with CRLF and indents, copied out of a PDF).
import { spawnSync } from 'node:child_process';
import { machineLine } from './machine.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { draftReport } from '../../src/lib/import/pipeline.ts';
import {
  asPdfCopy,
  corpusCases,
  corpusInput,
  decodeAs,
  outlineOf,
  type CorpusCase,
} from '../corpus/fixture-reports.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const COMMITTEES = 80;
const YEARS = 25;
const TARGET_SECONDS = 30;

// Years typed in full-width digits (１９９６年) move too, and stay full-width.
const FULL_WIDTH_ZERO = 0xff10;
const toFullWidth = (digits: string) =>
  digits.replace(/[0-9]/g, (digit) => String.fromCharCode(FULL_WIDTH_ZERO + Number(digit)));
const shiftYears = (text: string, by: number) =>
  text.replace(/(?<![0-9０-９])((?:19|20|１９|２０)[0-9０-９]{2})(?![0-9０-９])/g, (year) => {
    const shifted = String(Number(year.normalize('NFKC')) + by);
    return /[０-９]/.test(year) ? toFullWidth(shifted) : shifted;
  });

const HANDED_OVER: [string, (text: string) => Buffer][] = [
  ['UTF-8 as typed', (text) => Buffer.from(text)],
  [
    'UTF-8 BOM, CRLF, full-width indents',
    (text) =>
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          text
            .split('\n')
            .map((line) => `\u3000\u3000${line}`)
            .join('\r\n'),
        ),
      ]),
  ],
  [
    'UTF-16LE copied from a PDF',
    (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(asPdfCopy(text), 'utf16le')]),
  ],
];

interface Planned {
  file: string;
  entry: string;
  year: number;
  planYear: number | undefined;
  outline: string[];
}

/** True when the draft (or written entry) matches the expected frontmatter and outline. */
function isRight(expected: CorpusCase, data: Record<string, unknown>, body: string): boolean {
  const fields = Object.entries(expected.frontmatter).every(
    ([field, value]) => JSON.stringify(data[field]) === JSON.stringify(value),
  );
  return fields && JSON.stringify(outlineOf(body)) === JSON.stringify(expected.outline);
}

async function fixtureAccuracy(cases: readonly CorpusCase[]): Promise<number> {
  let right = 0;
  for (const each of cases) {
    const draft = await draftReport(each.input, await corpusInput(each.input), {
      topics: [],
      defaultCommittee: '默认政协',
    });
    if (isRight(each, draft.inferred, draft.body)) right += 1;
  }
  return right;
}

export async function run(): Promise<string> {
  const cases = corpusCases();
  // Chinese-numeral years (二○○六年) do not move with the others; those reports stay out.
  const templates = await Promise.all(
    cases
      .filter((each) => each.encoding !== 'docx')
      .map(async (each) => ({
        each,
        text: decodeAs(await corpusInput(each.input), each.encoding),
      })),
  ).then((all) => all.filter(({ text }) => !/[〇○零]/.test(text.slice(0, 400))));
  const scratch = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const inputs = join(scratch, 'in');
  const contentDir = join(scratch, 'content');
  mkdirSync(join(contentDir, 'reports'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/archive/site.yaml'), join(contentDir, 'site.yaml'));
  cpSync(join(ROOT, 'src/content/topics.yaml'), join(contentDir, 'topics.yaml'));
  const planned: Planned[] = [];
  let bytes = 0;
  let characters = 0;
  for (let committee = 0; committee < COMMITTEES; committee += 1) {
    const { each, text } = templates[committee % templates.length]!;
    mkdirSync(join(inputs, `c${committee}`), { recursive: true });
    for (let offset = 0; offset < YEARS; offset += 1) {
      const shift = -offset;
      const [, handOver] = HANDED_OVER[(committee + offset) % HANDED_OVER.length]!;
      const data = handOver(shiftYears(text, shift));
      bytes += data.length;
      characters += text.length;
      const file = join(inputs, `c${committee}`, `${offset}.txt`);
      writeFileSync(file, data);
      const year = Number(each.frontmatter['year']) + shift;
      const planYear =
        each.frontmatter['planYear'] === undefined
          ? undefined
          : Number(each.frontmatter['planYear']) + shift;
      planned.push({
        file,
        entry: join(contentDir, 'reports', `c${committee}`, `${year}.mdx`),
        year,
        planYear,
        outline: each.outline.map((line) => shiftYears(line, shift)),
      });
    }
  }
  try {
    // /usr/bin/time -v would do, but is not always installed; the child reports its own peak RSS.
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'data:text/javascript,process.on("exit",()=>console.error("PEAK_RSS "+process.resourceUsage().maxRSS))',
        join(ROOT, 'tools/import/cli.ts'),
        inputs,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const wrong: string[] = [];
    const right = planned.filter((plan) => {
      try {
        const written = readFileSync(plan.entry, 'utf8');
        const expected: CorpusCase = {
          input: '',
          encoding: '',
          layout: '',
          outline: plan.outline,
          frontmatter: { year: plan.year, ...(plan.planYear ? { planYear: plan.planYear } : {}) },
        };
        const data = {
          year: Number(/^year: (\d+)$/m.exec(written)?.[1]),
          planYear: /^planYear: (\d+)$/m.exec(written)?.[1]
            ? Number(/^planYear: (\d+)$/m.exec(written)?.[1])
            : undefined,
        };
        const ok = isRight(expected, data, written.replace(/^---[\s\S]*?\n---\n/, ''));
        if (!ok) wrong.push(plan.file);
        return ok;
      } catch {
        wrong.push(plan.file);
        return false;
      }
    }).length;
    // The first files it got wrong, for whoever runs it.
    for (const file of wrong.slice(0, 10)) console.error(`wrong: ${file}`);
    const peakMb = Number(/PEAK_RSS (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
    const count = planned.length;
    const fixturesRight = await fixtureAccuracy(cases);
    return [
      `## Import (${count} real-shaped reports, ${new Date().toISOString().slice(0, 10)})`,
      '',
      `One \`npm run import -- FOLDER\` over ${COMMITTEES} committee subfolders of ${YEARS} reports each, into an empty content root. Inputs: the fixture corpus's ${templates.length} typed reports (national, provincial, city, county, district government; web and PDF copies), each committee one of them moved across ${YEARS} years, handed over in turn as ${HANDED_OVER.map(([name]) => name).join(' / ')}: ${(characters / count).toFixed(0)} characters a report on average, ${(bytes / 1024 / 1024).toFixed(1)} MB in all. Exit status ${result.status}.`,
      '',
      '| figure | value | target |',
      '| --- | --- | --- |',
      `| total time (process start to exit) | ${seconds.toFixed(1)} s | < ${TARGET_SECONDS} s |`,
      `| per report | ${((seconds * 1000) / count).toFixed(1)} ms | — |`,
      `| peak memory (max RSS of the import process) | ${peakMb.toFixed(0)} MB | — |`,
      `| entries right (year, plan year, whole outline) | ${right} of ${count} | all |`,
      `| fixture corpus right (frontmatter and outline exactly, \`tests/fixtures/reports\`) | ${fixturesRight} of ${cases.length} | all |`,
      '',
      machineLine(),
    ].join('\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

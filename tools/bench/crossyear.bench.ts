// npm run bench -- crossyear: what the cross-year pages (plan reviews, topics, figures, committee
// timelines, open data) add to a build of 2,000 realistic reports. The same archive is built by this
// project and by a copy of it without those routes, alternately, in one run; the ratio is what counts.
// BENCH_CONTENT=DIR measures another content root; BENCH_RUNS=N builds each N times (best of N).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeCrossYearCorpus } from './crossyear-corpus.ts';
import { runMeasured } from './process-tree.ts';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'bench-out/crossyear');
const REPORTS = 2000;
const COMMITTEES = 80;
/** The routes the cross-year work adds; the baseline project is this one without them. */
const CROSS_YEAR_ROUTES = [
  'src/pages/reports/[...id]',
  'src/pages/topics',
  'src/pages/figures',
  'src/pages/committees',
  'src/pages/data',
];
const CROSS_YEAR_PAGE = /\/(reports\/.+\/review\/|topics\/|figures\/|committees\/|data\/)/;

interface Build {
  seconds: number;
  /** CPU seconds (user + system) and peak memory (MB) of the build's whole process tree, Pagefind included. */
  cpu: number;
  memory: number;
  /** Phases from Astro's log: bundling (vite), generating pages, Pagefind. */
  vite: number;
  generate: number;
  pagefind: number;
  /** Seconds Astro reports per generated route, summed: cross-year routes and the rest. */
  crossYear: number;
  other: number;
  pages: number;
}

/** 926ms, 37.72s, 1m 9s → seconds. */
function duration(text: string | undefined): number {
  const minutes = /(\d+)m(?!s)/.exec(text ?? '')?.[1];
  const seconds = /([\d.]+)s/.exec((text ?? '').replace(/\d+m(?!s)/, ''))?.[1];
  const ms = /([\d.]+)ms/.exec(text ?? '')?.[1];
  return ms ? Number(ms) / 1000 : Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** Seconds between the log lines (HH:MM:SS stamps) holding `from` and `to`. */
function between(log: string, from: string, to: string): number {
  const stamp = (marker: string) => {
    const line = log.split('\n').find((row) => row.includes(marker)) ?? '';
    const [h = 0, m = 0, s = 0] = (/(\d\d):(\d\d):(\d\d)/.exec(line) ?? []).slice(1).map(Number);
    return h * 3600 + m * 60 + s;
  };
  return stamp(to) - stamp(from);
}

async function build(projectDir: string, contentDir: string, outDir: string): Promise<Build> {
  rmSync(outDir, { recursive: true, force: true });
  const astro = join(projectDir, 'node_modules/astro/bin/astro.mjs');
  const result = await runMeasured(
    process.execPath,
    [astro, 'build', '--force', '--outDir', outDir],
    {
      cwd: projectDir,
      env: {
        ...process.env,
        ARCHIVE_CONTENT_DIR: contentDir,
        BASE_PATH: '/',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  writeFileSync(`${outDir}.log`, result.stdout + result.stderr);
  if (result.status !== 0)
    throw new Error(`build failed in ${projectDir}:\n${result.stderr.slice(-4000)}`);
  const log = result.stdout;
  let crossYear = 0;
  let other = 0;
  let pages = 0;
  for (const [, route, ms] of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    if (CROSS_YEAR_PAGE.test(route!)) crossYear += Number(ms) / 1000;
    else other += Number(ms) / 1000;
    pages += 1;
  }
  return {
    seconds: result.seconds,
    cpu: result.cpuSeconds,
    memory: result.peakMb,
    vite: duration(/\[vite\] ✓ built in ([^\n]+)/.exec(log)?.[1]),
    generate: duration(/^\S+ ✓ Completed in ([^\n]+)\./m.exec(log)?.[1]),
    pagefind: between(log, '[@astrojs/sitemap]', '[archive-pagefind]'),
    crossYear,
    other,
    pages,
  };
}

/** This project without the cross-year routes, sharing node_modules. */
function baselineProject(): string {
  const dir = join(OUT, 'baseline-project');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const path of ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  for (const route of CROSS_YEAR_ROUTES) rmSync(join(dir, route), { recursive: true, force: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function largestListPage(outDir: string): { path: string; gzip: number } {
  let largest = { path: '', gzip: 0 };
  for (const path of readdirSync(outDir, { recursive: true }).map(String)) {
    if (
      !path.endsWith('.html') ||
      (/^reports\/.+\/index\.html$/.test(path) && !path.includes('/review/'))
    )
      continue;
    const gzip = gzipSync(readFileSync(join(outDir, path))).length;
    if (gzip > largest.gzip) largest = { path, gzip };
  }
  return largest;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  let contentDir = process.env['BENCH_CONTENT'];
  let corpus = `\`${contentDir}\` (BENCH_CONTENT)`;
  if (!contentDir) {
    contentDir = join(OUT, 'content');
    rmSync(contentDir, { recursive: true, force: true });
    const { reports, chars } = writeCrossYearCorpus(contentDir, {
      reports: REPORTS,
      committees: COMMITTEES,
    });
    corpus = `${reports} reports generated by \`tools/bench/crossyear-corpus.ts\` (${COMMITTEES} committees, ${Math.round(chars / reports).toLocaleString('en-US')} characters a report on average)`;
  }
  if (!existsSync(join(contentDir, 'reports')))
    throw new Error(`${contentDir} has no reports/ folder`);
  const runs = Number(process.env['BENCH_RUNS'] ?? 1);
  const baseline = baselineProject();
  const withPages: Build[] = [];
  const without: Build[] = [];
  for (let run = 0; run < runs; run += 1) {
    console.log(`crossyear: baseline build ${run + 1}/${runs} …`);
    without.push(await build(baseline, contentDir, join(OUT, 'dist-baseline')));
    console.log(`crossyear: full build ${run + 1}/${runs} …`);
    withPages.push(await build(ROOT, contentDir, join(OUT, 'dist')));
  }
  const median = (builds: Build[], key: keyof Build) => {
    const sorted = builds.map((one) => one[key]).sort((a, b) => a - b);
    return (
      (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) /
      2
    );
  };
  const row = (label: string, key: keyof Build) =>
    `| ${label} | ${seconds(median(without, key))} | ${seconds(median(withPages, key))} |`;
  const home = gzipSync(readFileSync(join(OUT, 'dist/index.html'))).length;
  const largest = largestListPage(join(OUT, 'dist'));
  const added = median(withPages, 'seconds') / median(without, 'seconds') - 1;
  const addedCpu = median(withPages, 'cpu') / median(without, 'cpu') - 1;
  const cpu = cpus();
  return [
    '## Cross-year pages (plan reviews, topics, figures, committee timelines, open data)',
    '',
    `${corpus}, built by this project and by a copy without the cross-year routes (${CROSS_YEAR_ROUTES.map((route) => `\`${route}\``).join(', ')}), alternately, ${runs} time(s) each; medians. Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, load average ${loadavg()[0]!.toFixed(1)} at the end; shared with other work, so compare the ratio, not the seconds.`,
    '',
    '| figure (median) | without | with cross-year pages |',
    '| --- | ---: | ---: |',
    row('build + index, wall clock', 'seconds'),
    row('build + index, CPU time of the whole process tree, Pagefind included', 'cpu'),
    row('bundling (vite)', 'vite'),
    row('generating pages', 'generate'),
    row('Pagefind', 'pagefind'),
    row("Astro's per-route times, cross-year routes", 'crossYear'),
    row("Astro's per-route times, every other route", 'other'),
    `| peak memory of the process tree | ${Math.round(median(without, 'memory'))} MB | ${Math.round(median(withPages, 'memory'))} MB |`,
    `| pages and files generated | ${without[0]!.pages} | ${withPages[0]!.pages} |`,
    `| each build, CPU time | ${without.map((one) => seconds(one.cpu)).join(', ')} | ${withPages.map((one) => seconds(one.cpu)).join(', ')} |`,
    `| each build, wall clock | ${without.map((one) => seconds(one.seconds)).join(', ')} | ${withPages.map((one) => seconds(one.seconds)).join(', ')} |`,
    '',
    `- The cross-year pages add **${(addedCpu * 100).toFixed(1)}%** to the build's CPU time and ${(added * 100).toFixed(1)}% to its wall clock (medians; target: under 15%).`,
    `- Home page: ${kb(home)} gzip (target: under 15 KB whatever the archive's size); the largest page other than a report: \`${largest.path}\`, ${kb(largest.gzip)} gzip.`,
    '- Nothing grows with the square of the archive: reports are indexed once by committee and year; a review matches year N−1’s plan items against year N’s summary items only; each report’s sections are read and classified once per build.',
    `- Measured ${new Date().toISOString().slice(0, 10)}.`,
  ].join('\n');
}

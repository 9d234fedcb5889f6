// npm run bench -- scale: how the archive grows. Realistic archives (tools/corpus) of 100, 1,000 and
// 2,000 reports (BENCH_SCALE_SIZES=100,1000,2000,10000 for more), each built cold and measured:
// build and index time, peak memory of the whole process tree, dist/, page bytes, a first search.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeCorpusArchive, type CorpusReport } from '../corpus/archive.ts';
import { ROOT } from '../lib/build-archive.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { serveStatic } from '../lib/serve-static.ts';
import { machineLine } from './machine.ts';
import { measureBuild, type BuildFigures } from './measure-build.ts';
import { coldSearch, firstResult } from './search-browser.ts';

const OUT = join(ROOT, 'bench-out/scale');
const SIZES = (process.env['BENCH_SCALE_SIZES'] ?? '100,1000,2000').split(',').map(Number);
const NAME_QUERIES = 20;

interface SizeFigures extends BuildFigures {
  reports: number;
  distMb: number;
  distFiles: number;
  indexMb: number;
  homeGzip: number;
  reportGzip: number;
  searchKb: number;
  searchMs: number;
  topOne: number;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const path of readdirSync(dir, { recursive: true }).map(String)) {
    const stat = statSync(join(dir, path));
    if (!stat.isFile()) continue;
    bytes += stat.size;
    files += 1;
  }
  return { bytes, files };
}

const gzipOf = (path: string) => gzipSync(readFileSync(path)).length;

/** A cold search for one report's own name, and how often such a name puts its report first. */
async function searchFigures(outDir: string, reports: readonly CorpusReport[]) {
  const server = await serveStatic(outDir, '/');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const cold = await coldSearch(browser, server.url, outDir, reports[0]!.name);
    const page = await browser.newPage();
    let topOne = 0;
    const step = Math.max(1, Math.floor(reports.length / NAME_QUERIES));
    const sample = reports.filter((_, index) => index % step === 0).slice(0, NAME_QUERIES);
    for (const report of sample) {
      const { href } = await firstResult(page, server.url, report.name);
      if (href.includes(`/reports/${report.id}/`)) topOne += 1;
    }
    return {
      searchKb: (cold.pageBytes + cold.searchBytes) / 1024,
      searchMs: cold.ms,
      topOne: topOne / sample.length,
      version: browser.version(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureSize(reports: number): Promise<SizeFigures & { version: string }> {
  const contentDir = join(OUT, `content-${reports}`);
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  const corpus = writeCorpusArchive(contentDir, { reports });
  const outDir = join(OUT, `dist-${reports}`);
  console.log(`scale: building ${reports} reports …`);
  const build = await measureBuild(ROOT, contentDir, outDir);
  const dist = folderSize(outDir);
  const reportPage = join(outDir, 'reports', corpus[0]!.id, 'index.html');
  return {
    ...build,
    reports,
    distMb: dist.bytes / 2 ** 20,
    distFiles: dist.files,
    indexMb: folderSize(join(outDir, 'pagefind')).bytes / 2 ** 20,
    homeGzip: gzipOf(join(outDir, 'index.html')),
    reportGzip: existsSync(reportPage) ? gzipOf(reportPage) : NaN,
    ...(await searchFigures(outDir, corpus)),
  };
}

export async function run(): Promise<string> {
  const figures: (SizeFigures & { version: string })[] = [];
  for (const size of SIZES) figures.push(await measureSize(size));
  const base = figures.find((each) => each.reports === 1000) ?? figures[0]!;
  const perReport = (each: SizeFigures) => (each.seconds / each.reports) * 1000;
  const row = (label: string, value: (each: SizeFigures) => string) =>
    `| ${label} | ${figures.map(value).join(' | ')} |`;
  return [
    '## Scale (realistic archives of growing size, one cold build each)',
    '',
    `Archives from \`tools/corpus\` (8,000–15,000 characters and 8–16 items a report, several committees), built with \`BASE_PATH=/\`; the process tree's CPU and peak memory are read from /proc, Pagefind's indexer included. Timings on a shared machine swing: compare sizes within one run.`,
    '',
    `| figure | ${figures.map((each) => `${each.reports} reports`).join(' | ')} |`,
    `| --- | ${figures.map(() => '---:').join(' | ')} |`,
    row('build + index, wall clock', (each) => `${each.seconds.toFixed(1)} s`),
    row('per report', (each) => `${perReport(each).toFixed(1)} ms`),
    row(
      'per report, against 1,000',
      (each) => `${(perReport(each) / perReport(base)).toFixed(2)}×`,
    ),
    row('CPU time, whole tree', (each) => `${each.cpu.toFixed(1)} s`),
    row('bundling (vite)', (each) => `${each.vite.toFixed(1)} s`),
    row('generating pages', (each) => `${each.generate.toFixed(1)} s`),
    row('Pagefind', (each) => `${each.pagefind.toFixed(1)} s`),
    row('search index shards (`SEARCH_SHARD_REPORTS`)', (each) => String(each.shards)),
    row('peak memory, whole tree', (each) => `${each.memory.toFixed(0)} MB`),
    row('`dist/`', (each) => `${each.distMb.toFixed(1)} MB in ${each.distFiles} files`),
    row('search index', (each) => `${each.indexMb.toFixed(1)} MB`),
    row('home page, gzip', (each) => `${(each.homeGzip / 1024).toFixed(1)} KB`),
    row('a report page, gzip', (each) => `${(each.reportGzip / 1024).toFixed(1)} KB`),
    row(
      'first search (a report’s name), page included',
      (each) => `${each.searchKb.toFixed(1)} KB`,
    ),
    row('first search, last keystroke → results', (each) => `${each.searchMs.toFixed(0)} ms`),
    row(
      `top-1 for ${NAME_QUERIES} reports’ own names`,
      (each) => `${(each.topOne * 100).toFixed(0)}%`,
    ),
    '',
    machineLine(figures[0]?.version),
  ].join('\n');
}

// npm run bench -- pages: what a reader's phone loads for the index, a report and the search page —
// requests, bytes (raw and gzip), render-blocking resources, FCP, LCP and CLS in headless Chromium.
import { chromium, type Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildArchive, ROOT } from '../lib/build-archive.ts';
import { serveStatic } from '../lib/serve-static.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { machineLine } from './machine.ts';

const RUNS = 5;
const REPORT_BUDGET_GZIP = 35 * 1024;

interface Load {
  requests: number;
  foreign: number;
  rawBytes: number;
  gzipBytes: number;
  renderBlocking: number;
  fcp: number;
  lcp: number;
  cls: number;
}

/** One cold load at 360 × 780: every file it fetched (gzip as a server would send it) and paint timings. */
async function loadOnce(
  browser: Browser,
  url: string,
  outDir: string,
  origin: string,
): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const metrics = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number; cls: number; renderBlocking: number }>((resolve) => {
        let lcp = 0;
        let cls = 0;
        new PerformanceObserver((list) =>
          list.getEntries().forEach((entry) => (lcp = entry.startTime)),
        ).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) =>
          list.getEntries().forEach((entry) => {
            const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) cls += shift.value;
          }),
        ).observe({ type: 'layout-shift', buffered: true });
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        const resources = performance.getEntriesByType('resource') as (PerformanceResourceTiming & {
          renderBlockingStatus?: string;
        })[];
        const renderBlocking = resources.filter(
          (entry) => entry.renderBlockingStatus === 'blocking',
        ).length;
        setTimeout(() => resolve({ fcp, lcp, cls, renderBlocking }), 100);
      }),
  );
  await context.close();
  const own = fetched.filter((request) => new URL(request).origin === origin);
  const bodies = own.map((request) => fileBody(request, outDir));
  return {
    requests: fetched.length,
    foreign: fetched.length - own.length,
    rawBytes: bodies.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    ...metrics,
  };
}

function fileBody(url: string, outDir: string): Buffer {
  const path = decodeURIComponent(new URL(url).pathname);
  return readFileSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path));
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');

export async function run(): Promise<string> {
  const outDir = join(ROOT, 'bench-out/pages');
  const build = buildArchive({
    contentDir: join(ROOT, 'src/content'),
    outDir,
    basePath: '/',
    siteUrl: 'https://archive.example.org',
  });
  if (!build.ok) throw new Error(`build failed:\n${build.output}`);
  const server = await serveStatic(outDir, '/');
  const origin = new URL(server.url).origin;
  const reportPath = readFileSync(join(outDir, 'index.html'), 'utf8').match(
    /href="(\/reports\/[^"]+\/)"/,
  )?.[1];
  const targets: [string, string | undefined][] = [
    ['index', '/'],
    [`report (${reportPath})`, reportPath],
    ['search (empty query)', hasFile(outDir, 'search/index.html') ? '/search/' : undefined],
  ];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: string[] = [];
  const notes: string[] = [];
  const machine = machineLine(browser.version());
  try {
    for (const [name, path] of targets) {
      if (!path) {
        notes.push(`- ${name}: not built yet (no /search/ page in this build), so not measured.`);
        continue;
      }
      const loads: Load[] = [];
      for (let i = 0; i < RUNS; i += 1)
        loads.push(await loadOnce(browser, origin + path, outDir, origin));
      const first = loads[0]!;
      const pick = (key: keyof Load) => median(loads.map((load) => load[key]));
      rows.push(
        `| ${name} | ${first.requests} | ${first.foreign} | ${kb(first.rawBytes)} | ${kb(first.gzipBytes)} | ${first.renderBlocking} | ${ms(pick('fcp'))} | ${ms(pick('lcp'))} | ${Math.max(...loads.map((load) => load.cls)).toFixed(3)} |`,
      );
      if (name.startsWith('report')) {
        const verdict = first.gzipBytes < REPORT_BUDGET_GZIP ? 'within' : '**over**';
        notes.push(
          `- Report page: ${kb(first.gzipBytes)} gzip in total, ${verdict} the 35 KB budget.`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    '## Pages (what a phone loads)',
    '',
    `The seed archive (\`src/content\`) built with \`BASE_PATH=/\`, served locally, loaded cold in headless Debian Chromium at 360 × 780 px; ${RUNS} loads per page, FCP/LCP are medians, CLS the worst of the loads. Bytes are the files fetched, gzip computed with node:zlib (level 6) as a server would send them. Render-blocking counts resources Chromium marks \`renderBlockingStatus: blocking\`; the "other origins" column shows whether any of them is third-party.`,
    '',
    '| page | requests | other origins | bytes | gzip | render-blocking | FCP | LCP | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...notes,
    `- Measured ${new Date().toISOString().slice(0, 10)} on this machine; timings are headless and local (no network latency), compare them only with each other.`,
    '',
    machine,
  ].join('\n');
}

function hasFile(dir: string, path: string): boolean {
  try {
    readFileSync(join(dir, path));
    return true;
  } catch {
    return false;
  }
}

// A production install, as build hosts and Dockerfiles make it: `npm ci --omit=dev` in a fresh copy
// of the project (from npm's cache, offline), on a PATH whose only `node` is the system's. Import,
// build and preview must all work, on the pinned Node 24 (the system's Node 20 fails Astro's check).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { removeDir, ROOT } from '../../tools/lib/build-archive.ts';
import { makeDocx } from '../helpers/docx.ts';

// Outside the repository: Node must not find the development install's node_modules above it.
let app: string;
let install: SpawnSyncReturns<string>;

/** The environment of a fresh shell: no npm or vitest variables, no node_modules/.bin on PATH. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_|VITEST|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$)/i.test(key),
    ),
  );
  const path = (env['PATH'] ?? '').split(':').filter((dir) => !dir.includes('node_modules'));
  return { ...env, PATH: path.join(':'), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

const npm = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync('npm', args, { cwd: app, encoding: 'utf8', env: cleanEnv(extra), maxBuffer: 64 << 20 });

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'archive-production-'));
  const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of tracked.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(app, file)), { recursive: true });
    cpSync(join(ROOT, file), join(app, file));
  }
  install = npm(['ci', '--omit=dev', '--offline', '--no-audit', '--no-fund']);
});
afterAll(() => removeDir(app));

describe('npm ci --omit=dev', () => {
  it('installs the runtime dependencies only, with the pinned Node for npm scripts', () => {
    expect(install.status, install.stderr).toBe(0);
    for (const devOnly of ['vitest', 'playwright-core', 'html-validate', 'docx', 'prettier'])
      expect(existsSync(join(app, 'node_modules', devOnly)), devOnly).toBe(false);
    const pinned = readFileSync(join(app, '.nvmrc'), 'utf8').trim();
    const version = npm(['exec', '--offline', '-c', 'node -p process.version']);
    expect(version.stdout.trim()).toMatch(new RegExp(`^v${pinned}\\.`));
  });

  it('imports .txt and .docx reports with npm run import', async () => {
    const content = join(app, 'tests/fixtures/archive');
    writeFileSync(
      join(app, 'report.docx'),
      await makeDocx([
        '戊区政协2020年工作总结',
        '一、2020年工作完成情况',
        '（一）做好提案工作。全年立案98件。',
        '二、2021年工作安排',
        '（一）深化调查研究。围绕乡村振兴开展调研。',
      ]),
    );
    const txt = join(app, 'tests/fixtures/import/meeting.txt');
    for (const [file, committee] of [
      [txt, 'gamma'],
      [join(app, 'report.docx'), 'wu'],
    ] as const) {
      const run = npm(['run', 'import', '--', file, '--committee', committee], {
        ARCHIVE_CONTENT_DIR: content,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    }
    expect(existsSync(join(content, 'reports/wu/2020.mdx'))).toBe(true);
  });

  it('builds the archive and its search index with npm run build, and astro preview serves it', async () => {
    const build = npm(['run', 'build'], {
      ARCHIVE_CONTENT_DIR: join(app, 'tests/fixtures/archive'),
      BASE_PATH: '/archive/',
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const entry = JSON.parse(readFileSync(join(app, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages['zh-cn'].page_count).toBe(7);
    expect(existsSync(join(app, 'dist/reports/wu/2020/index.html'))).toBe(true);

    const port = 40_000 + (process.pid % 20_000);
    const preview = spawn(
      'npm',
      [
        'exec',
        '--offline',
        '--',
        'astro',
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      { cwd: app, env: cleanEnv({ BASE_PATH: '/archive/' }), detached: true, stdio: 'ignore' },
    );
    try {
      let status = 0;
      for (let attempt = 0; attempt < 100 && status !== 200; attempt += 1) {
        await new Promise((wait) => setTimeout(wait, 200));
        status = await fetch(`http://127.0.0.1:${port}/archive/reports/wu/2020/`).then(
          (response) => response.status,
          () => 0,
        );
      }
      expect(status).toBe(200);
    } finally {
      process.kill(-preview.pid!, 'SIGTERM');
    }
  });
});

// Debian's nginx serving a built archive with the repo's own deploy/nginx.conf, on a loopback port,
// with its own prefix, pid and log files: started and stopped by the test that needs it.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { removeDir, ROOT, TMP } from '../../tools/lib/build-archive.ts';

export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

export interface NginxServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The folder nginx serves as its root; the archive is its `archive/`. */
  root: string;
  /** What nginx wrote to its error log so far. */
  errorLog(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/** deploy/nginx.conf with only its `listen` and `root` pointed at this test's port and folder. */
function siteConfig(port: number, root: string): string {
  let replaced = 0;
  const conf = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace(
      /^(\s*)listen 80;$/m,
      (_, indent: string) => (replaced++, `${indent}listen 127.0.0.1:${port};`),
    )
    .replace(
      /^(\s*)root \/var\/www;$/m,
      (_, indent: string) => (replaced++, `${indent}root ${root};`),
    );
  if (replaced !== 2)
    throw new Error('deploy/nginx.conf no longer has `listen 80;` and `root /var/www;`');
  return conf;
}

/** Serves `siteDir` at /archive/ (every entry linked in, plus `extra` files) until close(). */
export async function startNginx(
  siteDir: string,
  extra: Record<string, string> = {},
): Promise<NginxServer> {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} is missing: apt-get install nginx (.ci/run does)`);
  mkdirSync(TMP, { recursive: true });
  const prefix = mkdtempSync(join(TMP, 'nginx-'));
  chmodSync(prefix, 0o755); // nginx's workers may run as another user than the test
  const root = join(prefix, 'www');
  const archive = join(root, 'archive');
  mkdirSync(archive, { recursive: true });
  for (const entry of readdirSync(siteDir)) symlinkSync(join(siteDir, entry), join(archive, entry));
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(archive, name), content);
  const port = await freePort();
  writeFileSync(join(prefix, 'archive.conf'), siteConfig(port, root));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${prefix}/${kind}_temp;`,
      ),
      `  include ${prefix}/archive.conf;`,
      '}',
    ].join('\n'),
  );
  const child = spawn(
    NGINX,
    ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const errorLog = () =>
    (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '') +
    stderr;
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errorLog()}`);
    if (
      await fetch(`${origin}/archive/`).then(
        () => true,
        () => false,
      )
    )
      break;
    if (attempt > 100) throw new Error(`nginx did not answer on ${origin}: ${errorLog()}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    origin,
    root,
    errorLog,
    close: async () => {
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      removeDir(prefix);
    },
  };
}

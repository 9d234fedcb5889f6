// A static file server for built sites, like plain nginx: files only, 404.html for misses.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** Origin plus base path, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** One built site on the server: its dist/ folder and the base path it was built for. */
export interface Mount {
  dir: string;
  basePath: string;
}

export interface SitesServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` at `basePath` on 127.0.0.1 and a free port. */
export async function serveStatic(dir: string, basePath = '/'): Promise<StaticServer> {
  const server = await serveSites([{ dir, basePath }]);
  return { url: server.origin + basePath, close: server.close };
}

/**
 * Serves several sites from one origin, each below its own base path (a portal and its member
 * archives on one nginx); the longest matching base path wins, as nested locations do.
 */
export async function serveSites(mounts: readonly Mount[]): Promise<SitesServer> {
  const byLength = [...mounts].sort((a, b) => b.basePath.length - a.basePath.length);
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const mount = byLength.find(({ basePath }) => pathname.startsWith(basePath));
    if (!mount) return send404();
    const { dir, basePath } = mount;
    let file = normalize(join(dir, pathname.slice(basePath.length)));
    if (!file.startsWith(dir)) return send404();
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      await send404();
    }
    // Outside every base path, the first site's 404 page answers, as one server's error_page would.
    async function send404() {
      const page = await readFile(join((mount ?? mounts[0])!.dir, '404.html')).catch(
        () => 'not found',
      );
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      response.end(page);
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

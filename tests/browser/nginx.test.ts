// The fixture archive (BASE_PATH=/archive/) behind Debian's nginx with the repo's own
// deploy/nginx.conf: every page and asset reachable and inside /archive/, the headers the config
// promises, and reading, searching and theming in Chromium under the Content-Security-Policy sent
// both as header and <meta>, without a single violation.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { crawl } from '../helpers/crawl.ts';
import { readDeploy } from '../helpers/deploy-configs.ts';
import { startNginx, type NginxServer } from '../helpers/nginx.ts';
import { launchChromium } from './site.ts';

const siteDir = inject('siteDir');
const BASE = '/archive/';
const YEAR = 'public, max-age=31536000, immutable';

let nginx: NginxServer;
let browser: Browser;
beforeAll(async () => {
  // A .wasm file of the site's own is not built today; one is added to check its type.
  nginx = await startNginx(siteDir, { 'probe.wasm': '\0asm' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

const get = (path: string) =>
  fetch(`${nginx.origin}${path}`, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
const first = (dir: string, pattern: RegExp) =>
  readdirSync(join(siteDir, dir)).find((name) => pattern.test(name))!;

describe('nginx with deploy/nginx.conf', () => {
  it('serves every page and asset linked from the archive, all below /archive/, with no broken link', async () => {
    const { fetched, problems } = await crawl(nginx.origin, BASE, 'https://archive.example.org');
    expect(problems).toEqual([]);
    const paths = [...fetched.keys()].map((url) => new URL(url).pathname);
    for (const path of [
      `${BASE}reports/alpha/2016/`,
      `${BASE}reports/beta/2018.txt`,
      `${BASE}search/`,
      `${BASE}rss.xml`,
      `${BASE}icon.svg`,
      `${BASE}og-image.png`,
      `${BASE}404.html`,
    ])
      expect(paths).toContain(path);
    expect(paths.filter((path) => path.startsWith(`${BASE}_astro/`)).length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('sends the security headers on pages, assets and errors alike', async () => {
    for (const path of [
      BASE,
      `${BASE}_astro/${first('_astro', /\.css$/)}`,
      `${BASE}no-such-page/`,
    ]) {
      const response = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  it('answers the 404 page for a missing address, and hides the other servers’ configs', async () => {
    const missing = await get(`${BASE}reports/1999/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('页面未找到');
    for (const name of ['web.config', '_headers'])
      expect((await get(`${BASE}${name}`)).status).toBe(404);
  });

  it('redirects a folder without its slash to the slash, on the same host', async () => {
    const response = await get(`${BASE}reports/alpha/2016`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${BASE}reports/alpha/2016/`);
  });

  it('gives Pagefind’s files and WebAssembly their types, hashed files a year of cache, the rest revalidation', async () => {
    const fragment = `${BASE}pagefind/fragment/${first('pagefind/fragment', /\.pf_fragment$/)}`;
    const index = `${BASE}pagefind/index/${first('pagefind/index', /\.pf_index$/)}`;
    const meta = `${BASE}pagefind/${first('pagefind', /\.pf_meta$/)}`;
    const css = `${BASE}_astro/${first('_astro', /\.css$/)}`;
    const expected: [string, string, string][] = [
      [BASE, 'text/html; charset=utf-8', 'no-cache'],
      [`${BASE}reports/alpha/2016.txt`, 'text/plain; charset=utf-8', 'no-cache'],
      [css, 'text/css; charset=utf-8', YEAR],
      [fragment, 'application/octet-stream', YEAR],
      [index, 'application/octet-stream', YEAR],
      [meta, 'application/octet-stream', YEAR],
      [`${BASE}pagefind/wasm.unknown.pagefind`, 'application/octet-stream', 'no-cache'],
      [`${BASE}pagefind/pagefind.js`, 'application/javascript; charset=utf-8', 'no-cache'],
      [`${BASE}pagefind/pagefind-entry.json`, 'application/json; charset=utf-8', 'no-cache'],
      [`${BASE}probe.wasm`, 'application/wasm', 'no-cache'],
      [`${BASE}icon.svg`, 'image/svg+xml; charset=utf-8', 'no-cache'],
    ];
    for (const [path, type, cache] of expected) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('cache-control'), path).toBe(cache);
    }
  });

  it('compresses text with gzip but not Pagefind’s already compressed files', async () => {
    for (const path of [
      BASE,
      `${BASE}_astro/${first('_astro', /\.css$/)}`,
      `${BASE}pagefind/pagefind.js`,
    ])
      expect((await get(path)).headers.get('content-encoding'), path).toBe('gzip');
    const fragment = `${BASE}pagefind/fragment/${first('pagefind/fragment', /\.pf_fragment$/)}`;
    expect((await get(fragment)).headers.get('content-encoding')).toBeNull();
  });

  it('starts from a config nginx itself accepts without warnings', () => {
    expect(nginx.errorLog()).not.toMatch(/\[(warn|error|emerg)\]/);
  });
});

interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

/** A page that records every CSP violation, and every CSP complaint on the console (workers too). */
async function watchedPage(): Promise<{
  page: Page;
  violations: string[];
  close: () => Promise<void>;
}> {
  const context = await browser.newContext({
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
  });
  const violations: string[] = [];
  await context.exposeBinding('reportViolation', (_source, violation: Violation) => {
    violations.push(`${violation.page}: ${violation.directive} blocked ${violation.blocked}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(v: Violation): void }).reportViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        page: location.pathname,
      });
    });
  });
  const page = await context.newPage();
  const listen = (message: { text(): string }) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  };
  page.on('console', listen);
  page.on('worker', (worker) => worker.on('console', listen));
  return { page, violations, close: () => context.close() };
}

describe('under the Content-Security-Policy, header and <meta>', () => {
  it('reads a report, switches theme, searches, opens a result with highlighting: no violation', async () => {
    const { page, violations, close } = await watchedPage();
    const report = await page.goto(`${nginx.origin}${BASE}reports/alpha/2017/`);
    expect(report!.headers()['content-security-policy']).toBe(
      SECURITY_HEADERS['Content-Security-Policy'],
    );
    expect(await page.locator('[data-pagefind-body]').innerText()).toContain(
      '对2016年的提案逐件回访',
    );

    await page.click('[data-theme-toggle]');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');

    // The search shortcut (a bundled script) focuses the header box; Enter submits it.
    await page.keyboard.press('/');
    await page.keyboard.type('河道清淤');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/archive\/search\/\?q=/);
    const first = page.locator('ol[data-search-results] > li >> nth=0 >> a >> nth=0');
    await first.waitFor();
    expect(await page.locator('[data-search-status]').textContent()).toBe('找到 1 份报告。');
    expect(
      page.workers().some((worker) => worker.url().endsWith('/pagefind/pagefind-worker.js')),
    ).toBe(true);

    await first.click();
    await page.waitForURL(/\/archive\/reports\/alpha\/2016\/\?hl=/);
    await page.waitForSelector('[data-pagefind-body] mark');
    expect((await page.locator('[data-pagefind-body] mark').allTextContents()).join('')).toContain(
      '河道',
    );
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');

    expect(violations, violations.join('\n')).toEqual([]);
    await close();
  });

  it('does block an injected inline script, so the policy is really in force', async () => {
    const { page, violations, close } = await watchedPage();
    await page.goto(`${nginx.origin}${BASE}`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join('\n')).toMatch(/script-src/);
    await close();
  });
});

describe('deploy/web.config', () => {
  it('is well-formed XML', async () => {
    const page = await browser.newPage();
    const error = await page.evaluate(
      (xml) =>
        new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')
          ?.textContent ?? null,
      readDeploy('web.config'),
    );
    expect(error).toBeNull();
    await page.close();
  });
});

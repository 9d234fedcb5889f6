// One Content-Security-Policy everywhere: each built page's <meta>, and the headers nginx.conf,
// _headers and web.config send. It is strict (no inline script but the hashed theme script, no
// other origin), and every inline script of the built site is one it allows.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { headersForBase } from '../../src/lib/deploy-files.ts';
import { attribute, elements } from '../helpers/html.ts';
import { htmlFiles } from '../helpers/files.ts';
import {
  iisHeaders,
  iisMimeTypes,
  nginxHeaders,
  pathHeaders,
  readDeploy,
} from '../helpers/deploy-configs.ts';

const dist = inject('siteDir');
let pages: { file: string; html: string }[];
beforeAll(() => {
  pages = htmlFiles(dist).map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));
});

/** The policy's directives, name → sources. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );

describe('Content-Security-Policy', () => {
  it('is carried by every page in a <meta> before any script or stylesheet', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const { file, html } of pages) {
      const head = elements(html).filter((element) =>
        ['meta', 'script', 'link', 'style'].includes(element.tagName),
      );
      const policies = head.filter(
        (element) => attribute(element, 'http-equiv') === 'Content-Security-Policy',
      );
      expect(
        policies.map((meta) => attribute(meta, 'content')),
        file,
      ).toEqual([CONTENT_SECURITY_POLICY]);
      const first = head.findIndex((element) => element.tagName !== 'meta');
      expect(head.indexOf(policies[0]!), file).toBeLessThan(first);
    }
  });

  it('allows scripts from the archive itself, WebAssembly for Pagefind and hashed inline scripts only', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    const [self, wasm, ...hashes] = policy['script-src']!;
    expect([self, wasm]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(hash).toMatch(/^'sha256-[\w+/]+=*'$/);
    // Nothing but keywords and hashes: no other origin, no scheme, no wildcard.
    for (const sources of Object.values(policy))
      for (const source of sources) expect(source).toMatch(/^'[\w+/=-]+'$/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('allows every inline script of the built site by its hash; no inline style, no event attribute', () => {
    const allowed = new Set(directives(CONTENT_SECURITY_POLICY)['script-src']);
    let inline = 0;
    for (const { file, html } of pages) {
      for (const element of elements(html)) {
        const attributes = Object.keys(element.properties);
        expect(
          attributes.filter((name) => /^on[A-Z]/.test(name)),
          file,
        ).toEqual([]);
        expect(attribute(element, 'style'), file).toBeUndefined();
        expect(element.tagName, file).not.toBe('style');
        if (element.tagName !== 'script' || attribute(element, 'src') !== undefined) continue;
        if (attribute(element, 'type') === 'application/ld+json') continue;
        const text = element.children
          .map((child) => ('value' in child ? child.value : ''))
          .join('');
        const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
        expect(allowed.has(hash), `${file}: ${text.slice(0, 60)}`).toBe(true);
        inline += 1;
      }
    }
    expect(inline).toBe(pages.length);
  });
});

describe('deploy/ configs', () => {
  it('send the security headers of src/lib/security-headers.ts, the page’s own policy among them', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    const expected = `Expected (src/lib/security-headers.ts):\n${JSON.stringify(SECURITY_HEADERS, null, 2)}`;
    expect(nginxHeaders(readDeploy('nginx.conf')), expected).toEqual(SECURITY_HEADERS);
    expect(pathHeaders(readDeploy('_headers'), '/*'), expected).toEqual(SECURITY_HEADERS);
    expect(iisHeaders(readDeploy('web.config')), expected).toEqual(SECURITY_HEADERS);
  });

  it('give every kind of Pagefind file and WebAssembly a MIME type', () => {
    const extensions = new Set(
      readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' })
        .map((file) => extname(file).slice(1))
        .filter((extension) => extension === 'pagefind' || extension.startsWith('pf_')),
    );
    expect([...extensions].sort()).toEqual(
      expect.arrayContaining(['pagefind', 'pf_fragment', 'pf_index', 'pf_meta']),
    );
    const iis = iisMimeTypes(readDeploy('web.config'));
    const nginxPagefind =
      /location ~ \\\.\(([\w|]+)\)\$ \{\s*types \{ \}\s*default_type application\/octet-stream;/
        .exec(readDeploy('nginx.conf'))![1]!
        .split('|');
    for (const extension of extensions) {
      expect(iis[`.${extension}`], extension).toBe('application/octet-stream');
      expect(nginxPagefind, extension).toContain(extension);
    }
    expect(iis['.wasm']).toBe('application/wasm');
    expect(readDeploy('nginx.conf')).toMatch(
      /location ~ \\\.wasm\$ \{\s*types \{ \}\s*default_type application\/wasm;/,
    );
  });

  it('are copied into the build for its base path: _headers and web.config in dist/', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toBe(headersForBase(readDeploy('_headers'), '/archive/'));
    const paths = headers.split('\n').filter((line) => line.startsWith('/'));
    expect(paths).toEqual([
      '/archive/*',
      '/archive/_astro/*',
      '/archive/pagefind/fragment/*',
      '/archive/pagefind/index/*',
      '/archive/pagefind/filter/*',
    ]);
    expect(pathHeaders(headers, '/archive/*')).toEqual(SECURITY_HEADERS);
    const webConfig = readFileSync(join(dist, 'web.config'), 'utf8');
    expect(webConfig).toContain(
      '<error statusCode="404" path="/archive/404.html" responseMode="ExecuteURL" />',
    );
    expect(iisHeaders(webConfig)).toEqual(SECURITY_HEADERS);
  });
});

describe('cascade layers', () => {
  it('are declared base < components < print by the first stylesheet of every page', () => {
    for (const { file, html } of pages) {
      const sheet = elements(html).find(
        (element) => element.tagName === 'link' && attribute(element, 'rel') === 'stylesheet',
      );
      const css = readFileSync(
        join(dist, attribute(sheet!, 'href')!.replace(/^\/archive\//, '')),
        'utf8',
      );
      const order: string[] = [];
      for (const [, names] of css.matchAll(/@layer\s+([\w\s,]+?)\s*[;{]/g))
        for (const name of names!.split(',').map((layer) => layer.trim()))
          if (!order.includes(name)) order.push(name);
      expect(order, file).toEqual(['base', 'components', 'print']);
    }
  });
});

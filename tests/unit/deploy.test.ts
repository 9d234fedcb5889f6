// The pieces of a safe deploy that are plain functions: the security headers, the server configs
// rewritten for a base path, the swap that puts a finished build in place, the content-cache key.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  INLINE_SCRIPTS,
  scriptHashSource,
  SECURITY_HEADERS,
} from '../../src/lib/security-headers.ts';
import { THEME_SCRIPT } from '../../src/lib/theme.ts';
import { headersForBase, webConfigForBase } from '../../src/lib/deploy-files.ts';
import { buildFolders, replaceDir } from '../../src/lib/swap-dir.ts';
import { cacheKey, forgetStaleContentCache } from '../../src/integrations/content-cache.ts';

let scratch: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'archive-unit-'));
  scratch.push(dir);
  return dir;
};
afterEach(() => {
  scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  scratch = [];
});

describe('security headers', () => {
  it('allow the theme script by the SHA-256 of its exact text, the only inline script', () => {
    const digest = createHash('sha256').update(THEME_SCRIPT).digest('base64');
    expect(INLINE_SCRIPTS).toEqual([THEME_SCRIPT]);
    expect(scriptHashSource(THEME_SCRIPT)).toBe(`'sha256-${digest}'`);
    expect(CONTENT_SECURITY_POLICY).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${digest}'; ` +
        `style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'`,
    );
  });

  it('refuse sniffing and framing by other sites, and send the same policy as the pages', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
    });
  });
});

describe('deploy configs for a base path', () => {
  it('put every _headers path rule below the base, leaving comments and headers alone', () => {
    const text = '# for /*\n/*\n  X-A: /b\n\n/_astro/*\n  Cache-Control: x\n';
    expect(headersForBase(text, '/archive/')).toBe(
      '# for /*\n/archive/*\n  X-A: /b\n\n/archive/_astro/*\n  Cache-Control: x\n',
    );
    expect(headersForBase(text, '/')).toBe(text);
  });

  it('address web.config error pages below the base', () => {
    const xml = '<error statusCode="404" path="/404.html" responseMode="ExecuteURL" />';
    expect(webConfigForBase(xml, '/archive/')).toBe(
      '<error statusCode="404" path="/archive/404.html" responseMode="ExecuteURL" />',
    );
    expect(webConfigForBase(xml, '/')).toBe(xml);
  });
});

describe('replacing a built folder', () => {
  it('puts the staging folder in place of the old one, which is gone, stale files included', () => {
    const parent = tempDir();
    const outDir = join(parent, 'dist');
    const { staging, previous } = buildFolders(outDir);
    expect([staging, previous]).toEqual([
      join(parent, '.dist-staging'),
      join(parent, '.dist-previous'),
    ]);
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'old.html'), 'old');
    mkdirSync(staging);
    writeFileSync(join(staging, 'new.html'), 'new');
    replaceDir(staging, outDir);
    expect(readFileSync(join(outDir, 'new.html'), 'utf8')).toBe('new');
    expect(existsSync(join(outDir, 'old.html'))).toBe(false);
    expect(existsSync(staging) || existsSync(previous)).toBe(false);
  });

  it('puts the old folder back when the new one cannot take its place', () => {
    const parent = tempDir();
    const outDir = join(parent, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'last good');
    expect(() => replaceDir(join(parent, 'missing-staging'), outDir)).toThrow(/ENOENT/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('last good');
  });

  it('works for a first build, with no folder to replace', () => {
    const parent = tempDir();
    const { staging } = buildFolders(join(parent, 'dist'));
    mkdirSync(staging);
    replaceDir(staging, join(parent, 'dist'));
    expect(existsSync(join(parent, 'dist'))).toBe(true);
  });
});

describe('the content cache', () => {
  it('is keyed by the project folder and the resolved content root', () => {
    expect(cacheKey('/srv/site', 'content')).toBe(cacheKey('/srv/site', '/srv/site/content'));
    expect(cacheKey('/srv/site', 'content')).not.toBe(cacheKey('/srv/site', 'content-2'));
    expect(cacheKey('/srv/site', '/data/a')).not.toBe(cacheKey('/opt/site', '/data/a'));
  });

  it('is dropped when the key changes and kept while it does not', () => {
    const cache = tempDir();
    writeFileSync(join(cache, 'data-store.json'), '{}');
    expect(forgetStaleContentCache([cache], 'a')).toBe(false); // no record yet: dropped quietly
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
    writeFileSync(join(cache, 'data-store.json'), '{}');
    expect(forgetStaleContentCache([cache], 'a')).toBe(false);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(true);
    expect(forgetStaleContentCache([cache], 'b')).toBe(true);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
  });
});

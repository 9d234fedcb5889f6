// The one Content-Security-Policy of the archive: every page carries it in a <meta>, and the server
// configs in deploy/ send it, with the other security headers, as HTTP headers. It is the same
// string everywhere and does not depend on content, base path or styles, so a server config
// written once keeps matching the pages (tests/build/deploy-configs.test.ts holds them together).
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './theme.ts';

/** The CSP source that allows one inline script, by the SHA-256 of its exact text. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The inline scripts a page may run. Everything else is a file under 'self' (Astro bundles each
 * <script> into _astro/; astro.config.mjs keeps them from being inlined). Only the theme script
 * must be inline: it sets the theme before the first paint.
 */
export const INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT];

/** Directive → sources. Same origin only; Pagefind alone needs WebAssembly ('wasm-unsafe-eval'). */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", ...INLINE_SCRIPTS.map(scriptHashSource)],
  'style-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** The policy as one header or <meta> value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/**
 * Every response's security headers, as nginx.conf, _headers and web.config send them. Framing is
 * refused by X-Frame-Options, since a <meta> policy cannot carry frame-ancestors and the header
 * policy is kept identical to the <meta> one.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

// What the server configs in deploy/ promise, read from their own syntax.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/lib/build-archive.ts';

export const DEPLOY = join(ROOT, 'deploy');
export const readDeploy = (name: string) => readFileSync(join(DEPLOY, name), 'utf8');

/** nginx: every `add_header Name "value" always;` of the server block, except Cache-Control. */
export function nginxHeaders(conf: string): Record<string, string> {
  const headers = [...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)];
  return Object.fromEntries(headers.map(([, name, value]) => [name!, value!]));
}

/** _headers: the header lines of the rule for `path` (e.g. `/*`). */
export function pathHeaders(text: string, path: string): Record<string, string> {
  const rules = text.split(/\n(?=\/)/);
  const rule = rules.find((block) => block.split('\n')[0]!.trim() === path);
  if (!rule) return {};
  const lines = rule
    .split('\n')
    .slice(1)
    .filter((line) => /^\s+\S/.test(line));
  return Object.fromEntries(
    lines.map((line) => {
      const [name, ...value] = line.trim().split(': ');
      return [name!, value.join(': ')];
    }),
  );
}

const xmlText = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** web.config: the custom headers IIS adds (`<customHeaders><add name value/>`). */
export function iisHeaders(xml: string): Record<string, string> {
  const block = /<customHeaders>([\s\S]*?)<\/customHeaders>/.exec(xml)?.[1] ?? '';
  const adds = [...block.matchAll(/<add name="([^"]+)" value="([^"]*)"\s*\/>/g)];
  return Object.fromEntries(adds.map(([, name, value]) => [name!, xmlText(value!)]));
}

/** web.config: file extension → MIME type of each `<mimeMap>`. */
export function iisMimeTypes(xml: string): Record<string, string> {
  const maps = [...xml.matchAll(/<mimeMap fileExtension="([^"]+)" mimeType="([^"]+)"\s*\/>/g)];
  return Object.fromEntries(maps.map(([, extension, type]) => [extension!, type!]));
}

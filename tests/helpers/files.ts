// A built folder as data: every file's path and the SHA-256 of its bytes.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` (relative path, `/`-separated) → SHA-256 of its content, sorted by path. */
export function fileDigests(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Object.fromEntries(
    files.map((file) => [
      file.slice(dir.length + 1).replaceAll('\\', '/'),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  );
}

/** The HTML files of a built site, relative to it. */
export function htmlFiles(dir: string): string[] {
  return Object.keys(fileDigests(dir)).filter((file) => file.endsWith('.html'));
}

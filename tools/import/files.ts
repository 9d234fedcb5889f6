// The importer's file system: finding inputs, reading the archive, writing entries atomically.
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readFrontmatter } from '../../src/lib/import/entry.ts';
import { IMPORTABLE, isKnownUnreadable } from '../../src/lib/import/formats.ts';
import { siteSchema } from '../../src/lib/schema/site.ts';
import { topicSchema, type Topic } from '../../src/lib/schema/topic.ts';

/** An input to import, or a file in a given folder that is left alone (with why). */
export interface Input {
  file: string;
  /** Why the file is left alone, when it is. */
  skip?: string;
  /** The subfolder of a given folder the file sits in: its committee id, unless --committee says. */
  subfolder?: string;
}

/**
 * Each file as given; each folder's .txt/.docx files (sorted, recursively), remembering the first
 * subfolder below the given folder. Old report formats (.doc, .wps, .pdf, .rtf) are kept so they
 * fail with advice; other files are noted as skipped.
 */
export function expandInputs(inputs: readonly string[]): Input[] {
  return inputs.flatMap((input): Input[] => {
    const path = resolve(input);
    if (!existsSync(path) || !statSync(path).isDirectory()) return [{ file: path }];
    return (
      readdirSync(path, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((name) => join(path, name))
        // A dangling link stays in the list, so its failure is reported like any unreadable file.
        .filter((file) => !statSync(file, { throwIfNoEntry: false })?.isDirectory())
        .map((file): Input => {
          const subfolder = relative(path, file).split(sep).slice(0, -1)[0];
          if (!IMPORTABLE.test(file) && !isKnownUnreadable(file))
            return { file, skip: '不是 .txt 或 .docx，跳过' };
          return subfolder ? { file, subfolder } : { file };
        })
    );
  });
}

/** The archive's committee name and topics, checked with the build's own schemas. */
export function readArchive(contentDir: string): { committee: string; topics: Topic[] } {
  const read = (name: string): unknown => parseYaml(readFileSync(join(contentDir, name), 'utf8'));
  return {
    committee: siteSchema.parse(read('site.yaml')).committee,
    topics: topicSchema.array().parse(read('topics.yaml')),
  };
}

/** The committee name the reports already in `folder` use, so a new year joins them. */
export function committeeInFolder(folder: string): string | undefined {
  if (!existsSync(folder)) return undefined;
  for (const name of readdirSync(folder)
    .filter((entry) => entry.endsWith('.mdx'))
    .sort()) {
    // A broken neighbour is the build's to report; it just cannot lend its name.
    const committee = (() => {
      try {
        return readFrontmatter(readFileSync(join(folder, name), 'utf8'))?.['committee'];
      } catch {
        return undefined;
      }
    })();
    if (typeof committee === 'string' && committee.trim()) return committee;
  }
  return undefined;
}

/** Writes a temporary file beside the target, then renames it: readers never see half an entry. */
export function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

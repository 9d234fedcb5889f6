// npm run bench [-- NAME...]: runs the benchmarks in tools/bench/*.bench.ts and rewrites their
// sections of BENCHMARKS.md, leaving other sections as they were.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { replaceSection } from './sections.ts';

const here = import.meta.dirname;
const file = join(here, '../../BENCHMARKS.md');
const wanted = process.argv.slice(2);
const names = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .map((name) => name.replace(/\.bench\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name));
if (names.length === 0) throw new Error(`no benchmark named ${wanted.join(', ')} in tools/bench/`);

let document = existsSync(file)
  ? readFileSync(file, 'utf8')
  : '# Benchmarks\n\nWritten by `npm run bench`; each section is replaced by its own benchmark.\n';
for (const name of names) {
  console.log(`bench: ${name} …`);
  const bench = (await import(join(here, `${name}.bench.ts`))) as { run: () => Promise<string> };
  const markdown = await bench.run();
  console.log(markdown);
  document = replaceSection(document, name, markdown);
  writeFileSync(file, document);
}

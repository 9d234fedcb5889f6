// `npm run build [-- --outDir DIR]`: builds into a staging folder beside the output and puts it in
// place of dist/ only when the whole build, Pagefind included, succeeded. A failed build exits
// non-zero with Astro's message (file and line) and leaves the last good dist/ byte for byte.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFolders, replaceDir } from '../src/lib/swap-dir.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The output folder asked for (`--outDir DIR` or `--outDir=DIR`) and the other arguments. */
function splitOutDir(args: readonly string[]): { outDir: string; rest: string[] } {
  const rest: string[] = [];
  let outDir = 'dist';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--outDir' && args[index + 1]) outDir = args[(index += 1)]!;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  return { outDir: resolve(ROOT, outDir), rest };
}

const { outDir, rest } = splitOutDir(process.argv.slice(2));
const { staging } = buildFolders(outDir);
rmSync(staging, { recursive: true, force: true });

const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...rest], {
  cwd: ROOT,
  stdio: 'inherit',
});

if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n构建失败：${outDir} 未作任何改动，仍是上一次成功构建的站点。`);
  process.exit(build.status ?? 1);
}
try {
  replaceDir(staging, outDir);
} catch (error) {
  // Windows refuses to rename a folder another program has open (a preview server, Explorer).
  console.error(
    `\n构建成功，但无法替换 ${outDir}（${(error as Error).message}）。` +
      `\n旧站点保持不变；新的构建在 ${staging}，关闭占用该文件夹的程序后重新构建。`,
  );
  process.exit(1);
}
console.log(`构建完成：${outDir}`);

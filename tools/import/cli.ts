// npm run import -- FILE_OR_FOLDER... [--committee ID] [--force] [--dry-run]
// Imports file by file: one line per input saying what was inferred and from where, then notes and
// warnings, a summary, and exit status 1 when any input failed or nothing was importable.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { archiveEnv } from '../../src/lib/env.ts';
import { describeEntry, detailLines, statusMark } from '../../src/lib/import/describe.ts';
import { draftReport, finishEntry } from '../../src/lib/import/pipeline.ts';
import { ImportProblem } from '../../src/lib/import/problem.ts';
import { COMMITTEE_ID, parseImportArgs, USAGE, type ImportArgs } from './args.ts';
import { committeeInFolder, expandInputs, readArchive, writeAtomically } from './files.ts';

type Outcome = 'written' | 'unchanged' | 'shown';

async function main(args: ImportArgs): Promise<number> {
  const { contentDir } = archiveEnv(process.env);
  const archive = readArchive(contentDir);
  const topicIds = new Set(archive.topics.map((topic) => topic.id));
  // Each committee folder remembers the name its reports use, so a run keeps one name per folder.
  const committees = new Map<string, string | undefined>();
  const knownCommittee = (reportsDir: string) => {
    if (!committees.has(reportsDir)) committees.set(reportsDir, committeeInFolder(reportsDir));
    return committees.get(reportsDir);
  };
  const claimed = new Map<string, { file: string; basis: string }>();
  const tally = { written: 0, unchanged: 0, shown: 0, failed: 0, skipped: 0, warned: 0 };
  const shown = (file: string) => relative(process.cwd(), file) || file;

  async function importOne(file: string, committeeId: string | undefined): Promise<Outcome> {
    if (committeeId !== undefined && !COMMITTEE_ID.test(committeeId)) {
      throw new ImportProblem(
        `子文件夹名「${committeeId}」不能作委员会 ID（小写字母、数字、连字符）；可用 --committee 指定`,
      );
    }
    const reportsDir = join(contentDir, 'reports', committeeId ?? '');
    const draft = await draftReport(basename(file), readInput(file), {
      topics: archive.topics,
      knownCommittee: knownCommittee(reportsDir),
      defaultCommittee: archive.committee,
    });
    const target = join(reportsDir, `${draft.year}.mdx`);
    const entry = relative(contentDir, target);
    const earlier = claimed.get(target);
    if (earlier) {
      throw new ImportProblem(
        `与本次导入的 ${shown(earlier.file)} 同为 ${entry}（每个委员会每年一份）：` +
          `它的年份依据是 ${earlier.basis}，本文件是 ${draft.years.year.basis}；请核对其中一份的年份`,
      );
    }
    const existing = readExisting(target, entry);
    if (existing !== undefined && !args.force && !args.dryRun) {
      throw new ImportProblem(
        `${entry} 已存在；要重新导入同一份报告请加 --force（已有 frontmatter 的字段会保留）`,
      );
    }
    const { text, data } = finishEntry(draft, args.force ? existing : undefined, topicIds, entry);
    claimed.set(target, { file, basis: draft.years.year.basis });
    committees.set(reportsDir, committees.get(reportsDir) ?? data.committee);
    const outcome: Outcome = args.dryRun ? 'shown' : existing === text ? 'unchanged' : 'written';
    if (outcome === 'written') writeEntry(target, entry, text);
    if (draft.warnings.length > 0) tally.warned += 1;
    const mark = statusMark(draft, outcome === 'unchanged');
    console.log(`${mark} ${shown(file)} → ${entry}：${describeEntry(data, draft)}`);
    for (const line of detailLines(draft)) console.log(line);
    if (args.dryRun && existing !== undefined && !args.force)
      console.log(`    · ${entry} 已存在：实际导入需加 --force`);
    if (args.dryRun) console.log(text);
    return outcome;
  }

  const inputs = expandInputs(args.inputs);
  for (const { file, skip, subfolder } of inputs) {
    if (skip) {
      tally.skipped += 1;
      console.log(`- ${shown(file)}：${skip}`);
      continue;
    }
    try {
      tally[await importOne(file, args.committee ?? subfolder)] += 1;
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      tally.failed += 1;
      console.error(`✗ ${shown(file)}：${error.message}；未写入任何文件`);
    }
  }
  const done = args.dryRun
    ? `可导入 ${tally.shown} 个（--dry-run，未写入）`
    : `写入 ${tally.written} 个，无变化 ${tally.unchanged} 个`;
  const warned = tally.warned ? `，其中 ${tally.warned} 个有 ⚠ 需核对` : '';
  console.log(`\n${done}${warned}，失败 ${tally.failed} 个，跳过 ${tally.skipped} 个。`);
  if (inputs.every((input) => input.skip)) {
    console.error(
      '没有可导入的文件：只读 .txt 和 .docx（.doc/.wps/.pdf 请先另存为 .docx 或 .txt）',
    );
    return 1;
  }
  return tally.failed > 0 ? 1 : 0;
}

function readExisting(target: string, entry: string): string | undefined {
  if (!existsSync(target)) return undefined;
  try {
    return readFileSync(target, 'utf8');
  } catch (error) {
    throw new ImportProblem(
      `无法读取已有的 ${entry}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`,
    );
  }
}

function writeEntry(target: string, entry: string, text: string): void {
  try {
    writeAtomically(target, text);
  } catch (error) {
    throw new ImportProblem(
      `无法写入 ${entry}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`,
    );
  }
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new ImportProblem(
      `无法读取（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`,
    );
  }
}

try {
  const args = parseImportArgs(process.argv.slice(2));
  if (args.help) console.log(USAGE);
  else process.exitCode = await main(args);
} catch (error) {
  console.error(`导入失败：${(error as Error).message}\n\n${USAGE}`);
  process.exitCode = 2;
}

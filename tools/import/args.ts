// The importer's command line: inputs, --committee ID, --force, --dry-run.
import { parseArgs } from 'node:util';

export interface ImportArgs {
  /** Files and folders, as given. */
  inputs: string[];
  /** Committee id: entries go to reports/<committee>/<year>.mdx. */
  committee: string | undefined;
  /** Replace existing entries (fields of their frontmatter are kept). */
  force: boolean;
  /** Print the MDX, write nothing. */
  dryRun: boolean;
  help: boolean;
}

export const USAGE = `用法：npm run import -- 文件或文件夹... [--committee ID] [--force] [--dry-run]

  把 .txt（UTF-8、UTF-16、GB18030/GBK）和 .docx 工作报告转为 reports/[ID/]<年份>.mdx。
  --committee ID  写入 reports/ID/（一个档案收录多个委员会时；ID 为小写字母、数字、连字符）；
                  不加时，所给文件夹下子文件夹的名字即委员会 ID：文件夹/alpha/a.txt → reports/alpha/
  --force         替换已有条目：正文按原文重新生成，已有 frontmatter 的字段保留
  --dry-run       只显示将生成的 MDX，不写任何文件
  内容目录由 ARCHIVE_CONTENT_DIR 指定，默认 src/content。`;

/** A committee id: one path segment, as the archive's folders and URLs use them. */
export const COMMITTEE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Parses argv; throws an Error naming the bad argument. */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      committee: { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const committee = values.committee;
  if (committee !== undefined && !COMMITTEE_ID.test(committee)) {
    throw new Error(`--committee 应是小写字母、数字和连字符组成的 ID，得到「${committee}」`);
  }
  if (!values.help && positionals.length === 0) throw new Error('没有指定要导入的文件或文件夹');
  return {
    inputs: positionals,
    committee,
    force: values.force,
    dryRun: values['dry-run'],
    help: values.help,
  };
}

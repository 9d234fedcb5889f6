// `--force` re-imports a report over its own entry; it must never merge two different reports
// (a misdated file's entry and the real year's text) into one.
import type { Frontmatter } from './frontmatter.ts';
import { ImportProblem } from './problem.ts';

const IDENTITY: { field: string; name: string }[] = [
  { field: 'year', name: '年份' },
  { field: 'committee', name: '委员会' },
  { field: 'title', name: '标题' },
];

const squeeze = (value: unknown) => String(value ?? '').replace(/[\s\u3000]+/g, '');

/** Fails, saying how to replace on purpose, when the existing entry is another report. */
export function sameReport(existing: Frontmatter, inferred: Frontmatter, entry: string): void {
  const differences = IDENTITY.filter(
    ({ field }) => field in existing && squeeze(existing[field]) !== squeeze(inferred[field]),
  ).map(
    ({ field, name }) => `${name}「${String(existing[field])}」≠「${String(inferred[field])}」`,
  );
  if (differences.length === 0) return;
  throw new ImportProblem(
    `${entry} 是另一份报告（${differences.join('，')}），--force 只重新导入同一份报告，不会把两份合并；` +
      `若确要用这个文件替换它，请先删除 ${entry}（其中手工修改的字段会丢失），再导入`,
  );
}

// One report file: YAML frontmatter between --- lines, then the MDX body.
import { Document, isMap, isSeq, parse } from 'yaml';
import { reportSchema, type ReportData } from '../schema/report.ts';
import type { Frontmatter } from './frontmatter.ts';
import { ImportProblem } from './problem.ts';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The frontmatter of an existing entry, or undefined when it has none or it is not a YAML map; bad YAML fails. */
export function readFrontmatter(mdx: string): Frontmatter | undefined {
  const yaml = FENCE.exec(mdx)?.[1];
  if (yaml === undefined) return undefined;
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    throw new ImportProblem(
      `已有条目的 frontmatter 不是有效的 YAML：${(error as Error).message.split('\n')[0]}`,
    );
  }
  return data && typeof data === 'object' && !Array.isArray(data)
    ? (data as Frontmatter)
    : undefined;
}

/** Checks frontmatter against the collection schema, naming every field that fails. */
export function validateFrontmatter(
  frontmatter: Frontmatter,
  topicIds: ReadonlySet<string>,
): ReportData {
  const result = reportSchema.safeParse(frontmatter);
  if (!result.success) {
    const fields = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`,
    );
    throw new ImportProblem(`frontmatter 不符合 schema：${fields.join('；')}`);
  }
  const unknown = result.data.topics.filter((topic) => !topicIds.has(topic));
  if (unknown.length > 0)
    throw new ImportProblem(`topics 中的「${unknown.join('、')}」不在 topics.yaml 中`);
  return result.data;
}

/** The whole file: topics on one line and each figure as one flow map, so diffs stay readable. */
export function entryText(frontmatter: Frontmatter, body: string): string {
  const document = new Document(frontmatter);
  const topics = document.get('topics', true);
  if (isSeq(topics)) topics.flow = true;
  const figures = document.get('figures', true);
  if (isSeq(figures)) for (const figure of figures.items) if (isMap(figure)) figure.flow = true;
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body}`;
}

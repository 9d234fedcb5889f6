// The frontmatter an imported report gets: inferred from its text, then merged with the entry
// already in the archive — fields a person wrote there win, so a re-import never undoes them.
import { reportSchema } from '../schema/report.ts';
import type { Topic } from '../schema/topic.ts';
import { committeeNamed, statedDate, statedMeeting, statedTerm } from './facts.ts';
import { findFigures } from './figures.ts';
import { ImportProblem } from './problem.ts';
import { blockText, type ReportStructure } from './structure.ts';
import { inferSummary } from './summary.ts';
import { reportTopics } from './topics.ts';
import { findYears, type ReportYears } from './years.ts';

/** Frontmatter as written to the file: plain YAML values, in the schema's field order. */
export type Frontmatter = Record<string, unknown>;

/** The order fields are written in: the schema's; others (hand-added) follow in their own order. */
export const FIELD_ORDER: readonly string[] = Object.keys(reportSchema.shape);

export interface InferenceContext {
  /** The archive's topics (topics.yaml). */
  topics: readonly Pick<Topic, 'id' | 'keywords'>[];
  /** The committee name the target folder's other reports already use, if any. */
  knownCommittee?: string | undefined;
  /** The archive's committee (site.yaml), when neither the folder nor the text names one. */
  defaultCommittee: string;
}

/** Inferred frontmatter with the evidence for its years and what the importer should be told. */
export interface Inference {
  frontmatter: Frontmatter;
  years: ReportYears;
  /** Where the committee came from, when not from the text itself. */
  committeeBasis: string;
}

/** Every field the text supports; fails when no year can be found. */
export function inferFrontmatter(structure: ReportStructure, context: InferenceContext): Inference {
  const years = findYears(structure);
  if (years === undefined)
    throw new ImportProblem('找不到年份：标题、各部分标题、日期和正文里都没有「20XX年」');
  const named = committeeNamed(structure);
  // Reports of one committee must share one name, or (committee, year) stops being unique.
  const committee = context.knownCommittee ?? named ?? context.defaultCommittee;
  const committeeBasis = committeeSource(named, context);
  if (context.knownCommittee && named && named !== context.knownCommittee) {
    years.warnings.push(`正文写的是「${named}」，沿用文件夹已有的名称「${committee}」`);
  }
  const year = years.year.year;
  const title = structure.title ?? `${committee}${year}年工作报告`;
  if (!structure.title) years.warnings.push(`没有找到标题，用了「${title}」`);
  const frontmatter = withoutUndefined({
    title,
    year,
    planYear: years.plan?.year,
    committee,
    term: statedTerm(structure),
    meeting: statedMeeting(structure),
    date: statedDate(structure)?.date,
    summary: inferSummary(structure, title),
    topics: reportTopics(structure.body, context.topics),
    figures: findFigures(structure.body.map(blockText).join('\n')),
    source: structure.source,
  });
  return { frontmatter, years, committeeBasis };
}

function committeeSource(named: string | undefined, context: InferenceContext): string {
  if (context.knownCommittee) return '文件夹中已有报告的名称';
  return named ? '标题或副标题' : 'site.yaml（正文没有写明委员会）';
}

/** Fields present in the existing entry win over inferred ones; a field deleted by hand is inferred again. */
export function mergeFrontmatter(
  inferred: Frontmatter,
  existing: Frontmatter | undefined,
): Frontmatter {
  const merged: Frontmatter = { ...inferred, ...existing };
  const known = FIELD_ORDER.filter((key) => key in merged);
  const extra = Object.keys(merged).filter((key) => !FIELD_ORDER.includes(key));
  return Object.fromEntries([...known, ...extra].map((key) => [key, merged[key]]));
}

function withoutUndefined(fields: Frontmatter): Frontmatter {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

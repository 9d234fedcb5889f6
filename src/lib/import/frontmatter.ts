// The frontmatter an imported report gets: inferred from its text, then merged with the entry
// already in the archive — fields a person wrote there win, so a re-import never undoes them.
import type { Topic } from '../schema/topic.ts';
import {
  committeeNamed,
  coveredYear,
  plannedYear,
  statedDate,
  statedMeeting,
  statedTerm,
} from './facts.ts';
import { findFigures } from './figures.ts';
import { ImportProblem } from './problem.ts';
import { blockText, type ReportStructure } from './structure.ts';
import { inferSummary } from './summary.ts';
import { matchTopics } from './topics.ts';

/** Frontmatter as written to the file: plain YAML values, in the schema's field order. */
export type Frontmatter = Record<string, unknown>;

/** The order fields are written in; others (hand-added) follow in their own order. */
export const FIELD_ORDER = [
  'title',
  'year',
  'planYear',
  'committee',
  'term',
  'meeting',
  'date',
  'summary',
  'topics',
  'figures',
  'source',
  'draft',
] as const;

export interface InferenceContext {
  /** The archive's topics (topics.yaml). */
  topics: readonly Pick<Topic, 'id' | 'keywords'>[];
  /** The committee name the target folder's other reports already use, if any. */
  knownCommittee?: string | undefined;
  /** The archive's committee (site.yaml), when neither the folder nor the text names one. */
  defaultCommittee: string;
}

/** Every field the text supports; fails when no year can be found. */
export function inferFrontmatter(
  structure: ReportStructure,
  context: InferenceContext,
): Frontmatter {
  const year = coveredYear(structure);
  if (year === undefined)
    throw new ImportProblem('找不到年份：标题、各部分标题和正文里都没有「20XX年」');
  // Reports of one committee must share one name, or (committee, year) stops being unique.
  const committee = context.knownCommittee ?? committeeNamed(structure) ?? context.defaultCommittee;
  const title = structure.title ?? `${committee}${year}年工作报告`;
  const text = [title, ...structure.body.map(blockText)].join('\n');
  return withoutUndefined({
    title,
    year,
    planYear: plannedYear(structure, year),
    committee,
    term: statedTerm(structure),
    meeting: statedMeeting(structure),
    date: statedDate(structure),
    summary: inferSummary(structure, title),
    topics: matchTopics(text, context.topics),
    figures: findFigures(structure.body.map(blockText).join('\n')),
    source: structure.source,
  });
}

/** Fields present in the existing entry win over inferred ones; a field deleted by hand is inferred again. */
export function mergeFrontmatter(
  inferred: Frontmatter,
  existing: Frontmatter | undefined,
): Frontmatter {
  const merged: Frontmatter = { ...inferred, ...existing };
  const known = FIELD_ORDER.filter((key) => key in merged);
  const extra = Object.keys(merged).filter(
    (key) => !(FIELD_ORDER as readonly string[]).includes(key),
  );
  return Object.fromEntries([...known, ...extra].map((key) => [key, merged[key]]));
}

function withoutUndefined(fields: Frontmatter): Frontmatter {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

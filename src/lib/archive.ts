// The one place pages read the content collections; validation across reports happens here.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { assertArchiveValid } from './archive-check.ts';
import { byYearDescending } from './year-nav.ts';
import type { SiteData } from './schema/site.ts';
import type { Topic } from './schema/topic.ts';

export type ReportEntry = CollectionEntry<'reports'>;

/** A report with the fields lists and navigation use flattened beside the entry. */
export interface ArchiveReport {
  id: string;
  committee: string;
  year: number;
  entry: ReportEntry;
}

let checked: Promise<ArchiveReport[]> | undefined;

async function loadReports(): Promise<ArchiveReport[]> {
  const entries = await getCollection('reports', ({ data }) => import.meta.env.DEV || !data.draft);
  const topicIds = new Set((await getCollection('topics')).map((topic) => topic.id));
  assertArchiveValid(
    entries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? entry.id,
      committee: entry.data.committee,
      year: entry.data.year,
      topics: entry.data.topics,
    })),
    topicIds,
  );
  return entries
    .map((entry) => ({
      id: entry.id,
      committee: entry.data.committee,
      year: entry.data.year,
      entry,
    }))
    .sort(byYearDescending);
}

/** Every published report, newest first, checked across the archive (fails the build if not valid). */
export function getReports(): Promise<ArchiveReport[]> {
  checked ??= loadReports();
  return checked;
}

/** The archive's settings from site.yaml. */
export async function getSite(): Promise<SiteData> {
  const site = await getEntry('site', 'site');
  if (!site)
    throw new Error(
      'site.yaml 缺失或为空：内容目录中需要 site.yaml（title、committee、description）',
    );
  return site.data;
}

/** The topic vocabulary, keyed by id. */
export async function getTopics(): Promise<Map<string, Topic>> {
  const topics = await getCollection('topics');
  return new Map(topics.map((topic) => [topic.id, topic.data]));
}

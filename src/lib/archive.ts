// The one place pages read the content collections; validation across reports happens here.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { assertArchiveValid } from './archive-check.ts';
import { indexArchive, type ArchiveIndex } from './crossyear/archive-index.ts';
import { reportSections } from './sections.ts';
import { capTopics, LEAD_TOPIC_LIMIT } from './topics/lead.ts';
import { byYearDescending } from './year-nav.ts';
import type { SiteData } from './schema/site.ts';
import type { Topic } from './schema/topic.ts';

export type ReportEntry = CollectionEntry<'reports'>;

/** A report with the fields lists and navigation use flattened beside the entry. */
export interface ArchiveReport {
  id: string;
  committee: string;
  year: number;
  /** 届次, for timelines. */
  term?: string | undefined;
  /** Ids of the report's lead topics (at most five), most of the report first. */
  topics: string[];
  /** Their names, for tags, search filters and JSON-LD. */
  topicNames: string[];
  entry: ReportEntry;
}

let checked: Promise<ArchiveReport[]> | undefined;
let indexed: Promise<ArchiveIndex<ArchiveReport>> | undefined;

async function loadReports(): Promise<ArchiveReport[]> {
  const entries = await getCollection('reports', ({ data }) => import.meta.env.DEV || !data.draft);
  const vocabulary = await getTopicList();
  const names = new Map(vocabulary.map((topic) => [topic.id, topic.name]));
  assertArchiveValid(
    entries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? entry.id,
      committee: entry.data.committee,
      year: entry.data.year,
      topics: entry.data.topics,
    })),
    new Set(names.keys()),
  );
  return entries
    .map((entry) => {
      // Older imports named every topic mentioned; rank those by the body and keep the lead ones.
      const topics =
        entry.data.topics.length > LEAD_TOPIC_LIMIT
          ? capTopics(entry.data.topics, bodyTexts(entry.body ?? ''), vocabulary)
          : entry.data.topics;
      return {
        id: entry.id,
        committee: entry.data.committee,
        year: entry.data.year,
        term: entry.data.term,
        topics,
        topicNames: topics.map((id) => names.get(id) ?? id),
        entry,
      };
    })
    .sort(byYearDescending);
}

function bodyTexts(body: string) {
  return reportSections(body, []).map((section) => ({
    heading: section.heading,
    text: section.paragraphs.join('\n'),
  }));
}

/** Every published report, newest first, checked across the archive (fails the build if not valid). */
export function getReports(): Promise<ArchiveReport[]> {
  checked ??= loadReports();
  return checked;
}

/** The reports indexed once by committee and year (neighbours, timelines, reviews). */
export function getArchiveIndex(): Promise<ArchiveIndex<ArchiveReport>> {
  indexed ??= getReports().then((reports) => indexArchive(reports));
  return indexed;
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

let topicList: Promise<Topic[]> | undefined;

/**
 * The topic vocabulary in the order of topics.yaml. One array for the whole build: classification
 * compiles its keyword pattern once per vocabulary array.
 */
export function getTopicList(): Promise<Topic[]> {
  topicList ??= getCollection('topics').then((topics) =>
    topics
      .map((topic) => ({ ...topic.data, id: topic.id }))
      .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity)),
  );
  return topicList;
}

/** The topic vocabulary, keyed by id. */
export async function getTopics(): Promise<Map<string, Topic>> {
  return new Map((await getTopicList()).map((topic) => [topic.id, topic]));
}

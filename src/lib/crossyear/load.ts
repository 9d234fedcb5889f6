// What the cross-year pages read, computed once per build and shared by every page: each report's
// sections (with the heading ids of its page), the sections that deal with each topic, and every
// report's figures with the sentences they came from. All of it is linear in the archive.
import { renderReport } from '../rendered-report.ts';
import { getArchiveIndex, getReports, getTopicList, type ArchiveReport } from '../archive.ts';
import { reportSections, sectionText, type ReportSection } from '../sections.ts';
import { sectionTopics } from '../topics/classify.ts';
import { reportHref } from '../urls.ts';
import { figureSource, sentenceHref, type FigureEntry } from './figures.ts';
import type { PartKind } from '../parts.ts';

const sectionCache = new Map<string, Promise<ReportSection[]>>();

/** A report's sections, with the ids its page gives their headings. */
export function getSections(report: ArchiveReport): Promise<ReportSection[]> {
  let sections = sectionCache.get(report.id);
  if (!sections) {
    sections = renderReport(report.entry).then(({ headings }) =>
      reportSections(report.entry.body ?? '', headings, { year: report.year }),
    );
    sectionCache.set(report.id, sections);
  }
  return sections;
}

/** One section that deals with a topic. */
export interface TopicSection {
  id: string;
  heading: string;
  kind: PartKind;
  /** Characters of heading and text: how much the section says. */
  chars: number;
}

/** A report's sections that deal with one topic. */
export interface TopicReport {
  report: ArchiveReport;
  sections: TopicSection[];
}

let topicIndex: Promise<Map<string, TopicReport[]>> | undefined;

/**
 * For each topic id, the reports with sections that deal with it (newest first), classified once
 * per section from the vocabulary's keywords and the report's own lead topics.
 */
export function getTopicReports(): Promise<Map<string, TopicReport[]>> {
  topicIndex ??= (async () => {
    const [reports, topics] = await Promise.all([getReports(), getTopicList()]);
    const byTopic = new Map<string, TopicReport[]>(topics.map((topic) => [topic.id, []]));
    for (const report of reports) {
      const found = new Map<string, TopicSection[]>();
      for (const section of await getSections(report)) {
        const text = section.paragraphs.join('\n');
        const ids = sectionTopics({ heading: section.heading, text }, topics, report.topics);
        const chars = sectionText(section).replace(/\s/g, '').length;
        const entry = { id: section.id, heading: section.heading, kind: section.kind, chars };
        for (const id of ids) {
          const list = found.get(id) ?? [];
          list.push(entry);
          found.set(id, list);
        }
      }
      for (const [id, sections] of found) byTopic.get(id)?.push({ report, sections });
    }
    return byTopic;
  })();
  return topicIndex;
}

/** Figures of one committee, every report's, in the archive index's committee order. */
export interface CommitteeFigures {
  committee: string;
  slug: string;
  /** Years of the committee's reports, oldest first (rows of its table). */
  years: { year: number; report: ArchiveReport }[];
  entries: FigureEntry[];
}

let figureIndex: Promise<CommitteeFigures[]> | undefined;

/** Every report's figures, by committee, each linked to the sentence it came from. */
export function getCommitteeFigures(): Promise<CommitteeFigures[]> {
  figureIndex ??= (async () => {
    const index = await getArchiveIndex();
    const committees: CommitteeFigures[] = [];
    for (const committee of index.committees) {
      const entries: FigureEntry[] = [];
      const years = [];
      for (const report of committee.reports) {
        const { figures } = report.entry.data;
        if (figures.length === 0) continue;
        years.push({ year: report.year, report });
        const sections = await getSections(report);
        for (const figure of figures) {
          const source = figureSource(figure, sections);
          const page = reportHref(report.id);
          entries.push({
            ...figure,
            year: report.year,
            reportId: report.id,
            href: source ? sentenceHref(page, source) : page,
            sentence: source?.sentence,
          });
        }
      }
      if (entries.length > 0)
        committees.push({ committee: committee.name, slug: committee.slug, years, entries });
    }
    return committees;
  })();
  return figureIndex;
}

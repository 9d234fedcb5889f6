// The labelled facts under a report's title — one list for the page header and the plain text.
import { formatChineseDate } from './format.ts';

/** What the facts are made of: the report's frontmatter fields. */
export interface FactsSource {
  committee: string;
  year: number;
  planYear?: number | undefined;
  term?: string | undefined;
  meeting?: string | undefined;
  date?: Date | undefined;
  source?: string | undefined;
}

export type FactKey = 'committee' | 'term' | 'year' | 'planYear' | 'meeting' | 'date' | 'source';

/** One labelled fact: 委员会 · 甲区政协. */
export interface ReportFact {
  key: FactKey;
  /** The label readers see: 委员会, 届次, 总结年度 … */
  label: string;
  /** The value as text: 甲区政协, 2017年, 2018年1月12日. */
  text: string;
  /** For a date: YYYY-MM-DD for a <time> element. */
  datetime?: string;
}

/** The report's facts in reading order; absent fields are left out. */
export function reportFacts(data: FactsSource): ReportFact[] {
  const facts: ReportFact[] = [{ key: 'committee', label: '委员会', text: data.committee }];
  if (data.term) facts.push({ key: 'term', label: '届次', text: data.term });
  facts.push({ key: 'year', label: '总结年度', text: `${data.year}年` });
  if (data.planYear) facts.push({ key: 'planYear', label: '安排年度', text: `${data.planYear}年` });
  if (data.meeting) facts.push({ key: 'meeting', label: '会议', text: data.meeting });
  if (data.date) {
    const datetime = data.date.toISOString().slice(0, 10);
    facts.push({ key: 'date', label: '日期', text: formatChineseDate(data.date), datetime });
  }
  if (data.source) facts.push({ key: 'source', label: '来源', text: data.source });
  return facts;
}

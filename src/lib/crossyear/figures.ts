// Key figures across years: each report's `figures`, the sentence each came from, and one series
// per figure (label and unit) for a committee's table and charts.
import type { Figure } from '../schema/report.ts';
import { sentencesOf, type ReportSection } from '../sections.ts';

/** Where a figure is stated: the section's heading id ('' for the opening text) and the sentence. */
export interface FigureSource {
  sectionId: string;
  sentence: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number as reports write it: 1200, 1,200, １２００; a redaction as X, XX or ＸＸ. */
function numberPattern(value: number | null): string {
  if (value === null) return '[XＸ]{1,3}';
  const digits = String(value);
  const fullWidth = [...digits].map((digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  const grouped = Number.isInteger(value) ? value.toLocaleString('en-US') : digits;
  return [digits, grouped, fullWidth.join('')].map(escapeRegExp).join('|');
}

/**
 * The sentence a figure came from: the first that holds its label with its number (or redaction)
 * and unit; failing that, the first with its label and unit. Undefined when the text has neither.
 */
export function figureSource(
  figure: Pick<Figure, 'label' | 'value' | 'unit'>,
  sections: readonly ReportSection[],
): FigureSource | undefined {
  const unit = escapeRegExp(figure.unit);
  const exact = new RegExp(
    `${escapeRegExp(figure.label)}[^。；！？]*?(?<![0-9０-９.,])(?:${numberPattern(figure.value)})(?![0-9０-９])[余多]?${unit}`,
  );
  // The pattern cannot cross a sentence's end, so a paragraph's match lies in one sentence.
  const withLabel = sections.flatMap((section) =>
    section.paragraphs
      .filter((paragraph) => paragraph.includes(figure.label))
      .map((paragraph) => ({ id: section.id, paragraph })),
  );
  for (const { id, paragraph } of withLabel) {
    const match = exact.exec(paragraph);
    if (match) return { sectionId: id, sentence: sentenceAt(paragraph, match.index) };
  }
  for (const { id, paragraph } of withLabel) {
    const sentence = sentencesOf(paragraph).find(
      (one) => one.includes(figure.label) && one.includes(figure.unit),
    );
    if (sentence) return { sectionId: id, sentence };
  }
  return undefined;
}

/** The sentence of `paragraph` that holds the character at `index`. */
function sentenceAt(paragraph: string, index: number): string {
  let start = 0;
  for (const sentence of sentencesOf(paragraph)) {
    const at = paragraph.indexOf(sentence, start);
    if (at + sentence.length > index) return sentence;
    start = at + sentence.length;
  }
  return paragraph;
}

// A text directive's terms are percent-encoded, and so are its own separators - , &.
const directiveTerm = (text: string) =>
  encodeURIComponent(text)
    .replace(/-/g, '%2D')
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

const SHORT_SENTENCE = 30;
const LONGEST_TERM = 16;

/** A long sentence's first and last clause (cut at ，、；：), each at most LONGEST_TERM characters. */
function rangeTerms(sentence: string): [string, string] {
  const clauses = sentence.match(/[^，、；：]+[，、；：]?/g) ?? [sentence];
  const fit = (clause: string, fromEnd: boolean) => {
    const chars = [...clause];
    if (chars.length <= LONGEST_TERM) return clause;
    return (fromEnd ? chars.slice(-LONGEST_TERM) : chars.slice(0, LONGEST_TERM)).join('');
  };
  return [fit(clauses[0]!, false), fit(clauses.at(-1)!, true)];
}

/**
 * A link to the sentence on the report page: the section's id, then a text fragment
 * (`#id:~:text=…`) that browsers supporting it (Chromium, Safari 16.1+, Firefox 131+, WeChat's
 * Chromium-based WebView) scroll to and highlight, without script; others stop at the section.
 * A long sentence is named by its first and last clauses (`text=start,end`): they begin and end
 * at punctuation, where the browser's word boundaries lie.
 */
export function sentenceHref(reportHref: string, source: FigureSource): string {
  const terms =
    [...source.sentence].length <= SHORT_SENTENCE ? [source.sentence] : rangeTerms(source.sentence);
  return `${reportHref}#${source.sectionId}:~:text=${terms.map(directiveTerm).join(',')}`;
}

/** One figure of one report, with where it came from. */
export interface FigureEntry extends Figure {
  year: number;
  reportId: string;
  /** Link to the sentence (or to the report when the sentence was not found). */
  href: string;
  sentence?: string | undefined;
}

/** A figure across a committee's years: one label and unit. */
export interface FigureSeries {
  label: string;
  unit: string;
  /** One entry per year that states it, oldest first (the first of a year when stated twice). */
  entries: FigureEntry[];
}

/** Groups a committee's figure entries into series by label and unit, in order of first appearance. */
export function figureSeries(entries: readonly FigureEntry[]): FigureSeries[] {
  const series = new Map<string, FigureSeries>();
  for (const entry of [...entries].sort((a, b) => a.year - b.year)) {
    const key = `${entry.label}\u0000${entry.unit}`;
    const found = series.get(key) ?? { label: entry.label, unit: entry.unit, entries: [] };
    if (!found.entries.some((other) => other.year === entry.year)) found.entries.push(entry);
    series.set(key, found);
  }
  return [...series.values()];
}

/** A value as the table shows it: 186, 约120, XX (redacted, never 0). */
export function figureText(figure: Pick<Figure, 'value' | 'approximate'>): string {
  if (figure.value === null) return 'XX';
  return `${figure.approximate ? '约' : ''}${figure.value.toLocaleString('zh-CN')}`;
}

/** Reports per page of /figures/ (whole committees; a committee never splits). */
export const FIGURES_PAGE_REPORTS = 60;

/** A committee's figures as one table: a row per year, a column per series. */
export interface FigureTable {
  series: FigureSeries[];
  rows: { year: number; reportId: string; cells: (FigureEntry | undefined)[] }[];
}

/** Lays a committee's entries out as a table; a year that does not state a figure has no cell. */
export function figureTable(entries: readonly FigureEntry[]): FigureTable {
  const series = figureSeries(entries);
  const years = [...new Map(entries.map((entry) => [entry.year, entry.reportId]))].sort(
    ([a], [b]) => a - b,
  );
  return {
    series,
    rows: years.map(([year, reportId]) => ({
      year,
      reportId,
      cells: series.map((one) => one.entries.find((entry) => entry.year === year)),
    })),
  };
}

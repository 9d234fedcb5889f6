// Sentence pools drawn from real report text: the seed (src/content/reports/2018.mdx, imported
// from the original) and report-shaped texts of our own (texts/*.txt), sorted by where they stand
// in a report, so generated reports read like real ones part by part.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyPart } from '../../src/lib/parts.ts';

type Kind = 'summary' | 'plan';

/** Sentences by their place in a report. */
export interface SentencePool {
  /** The opening paragraphs, before the first part. */
  opening: string[];
  /** Item lead phrases (（一）开展全会协商，促进事业发展。) without their numbers, per part kind. */
  leads: Record<Kind, string[]>;
  /** Sentences of item text, per part kind. */
  body: Record<Kind, string[]>;
  /** Paragraphs that introduce a part, per kind. */
  intro: Record<Kind, string[]>;
  /** Whole paragraphs naming shortcomings (不足、差距). */
  shortcomings: string[];
  /** Closing paragraphs (各位委员，让我们……). */
  closing: string[];
}

const ITEM = /^（[一二三四五六七八九十]+）/;
const PART = /^[一二三四五六七八九十]+、/;
const SHORTCOMING = /(不足|差距|问题)/;

/** Splits a paragraph into sentences, each ending in its own 。！？；. */
export function sentences(paragraph: string): string[] {
  const found = paragraph.match(/[^。！？；]+[。！？；]?/g) ?? [];
  return found.map((text) => text.trim()).filter((text) => text.length > 1);
}

/** A report's lines in the plain layout: MDX headings lose their marks, frontmatter goes. */
function plainLines(text: string): string[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .filter(Boolean);
}

function addText(pool: SentencePool, lines: string[]): void {
  let kind: Kind | undefined;
  let lastPart = false;
  let afterItems = false;
  let inItem = false;
  const partCount = lines.filter((line) => PART.test(line)).length;
  let partsSeen = 0;
  for (const line of lines) {
    if (PART.test(line)) {
      const classified = classifyPart(line);
      kind = classified === 'plan' || partsSeen > 0 ? 'plan' : 'summary';
      partsSeen += 1;
      lastPart = partsSeen === partCount;
      afterItems = false;
      inItem = false;
      continue;
    }
    if (!/[。！？；]/.test(line) || line.endsWith('：')) continue; // titles, subtitles, salutations
    if (kind === undefined) {
      pool.opening.push(line);
      continue;
    }
    if (ITEM.test(line)) {
      const [lead, ...rest] = sentences(line.replace(ITEM, ''));
      if (lead) pool.leads[kind].push(lead.endsWith('。') ? lead : `${lead}。`);
      pool.body[kind].push(...rest);
      afterItems = true;
      inItem = rest.length === 0; // an MDX item heading: its text follows as paragraphs
      continue;
    }
    if (SHORTCOMING.test(line) && /(存在|认识到|看到)/.test(line)) pool.shortcomings.push(line);
    else if (lastPart && afterItems && !inItem) pool.closing.push(line);
    else if (inItem || afterItems) pool.body[kind].push(...sentences(line));
    else pool.intro[kind].push(line);
  }
}

/** Every source text the pools are drawn from: the seed as imported, and our own texts. */
export function sourceTexts(root: string): string[] {
  const own = join(root, 'tools/corpus/texts');
  return [
    readFileSync(join(root, 'src/content/reports/2018.mdx'), 'utf8'),
    ...readdirSync(own)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(own, name), 'utf8')),
  ];
}

export function sentencePool(texts: readonly string[]): SentencePool {
  const pool: SentencePool = {
    opening: [],
    leads: { summary: [], plan: [] },
    body: { summary: [], plan: [] },
    intro: { summary: [], plan: [] },
    shortcomings: [],
    closing: [],
  };
  for (const text of texts) addText(pool, plainLines(text));
  return pool;
}

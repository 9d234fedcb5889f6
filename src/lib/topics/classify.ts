// Which work areas (topics.yaml) a piece of report text deals with, from the vocabulary's keywords.
// One pass per text: every keyword of every topic in one pattern, longest first, so 提案办理 is one
// hit of 提案工作 (not also a hit of 提案) and 民主监督 is not also counted for a topic keyed on 监督.

/** What classification needs of a topic: its id and keywords. */
export interface TopicKeywords {
  id: string;
  keywords: readonly string[];
}

/** A piece of text to classify: a section's heading (which counts double) and its text. */
export interface TopicText {
  heading?: string | undefined;
  text: string;
}

interface Matcher {
  pattern: RegExp;
  topicsOf: Map<string, string[]>;
}

const matchers = new WeakMap<readonly TopicKeywords[], Matcher>();

function matcherFor(topics: readonly TopicKeywords[]): Matcher {
  let matcher = matchers.get(topics);
  if (matcher) return matcher;
  const topicsOf = new Map<string, string[]>();
  for (const topic of topics) {
    for (const keyword of new Set(topic.keywords)) {
      if (keyword) topicsOf.set(keyword, [...(topicsOf.get(keyword) ?? []), topic.id]);
    }
  }
  const alternatives = [...topicsOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A vocabulary without keywords matches nothing (an empty alternation would match everywhere).
  const pattern = new RegExp(alternatives.join('|') || '(?!)', 'g');
  matcher = { pattern, topicsOf };
  matchers.set(topics, matcher);
  return matcher;
}

/** Keyword hits per topic id in `text` (topics without a hit are absent). */
export function keywordHits(text: string, topics: readonly TopicKeywords[]): Map<string, number> {
  const { pattern, topicsOf } = matcherFor(topics);
  const hits = new Map<string, number>();
  for (const [keyword] of text.matchAll(pattern)) {
    for (const id of topicsOf.get(keyword) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  return hits;
}

/** How strongly a text points at each topic: a hit in the heading counts two, in the text one. */
export function topicScores(
  section: TopicText,
  topics: readonly TopicKeywords[],
): Map<string, number> {
  const scores = keywordHits(section.text, topics);
  for (const [id, hits] of keywordHits(section.heading ?? '', topics)) {
    scores.set(id, (scores.get(id) ?? 0) + 2 * hits);
  }
  return scores;
}

/** A section deals with a topic on this much evidence; one hit is enough for the report's own topics. */
export const DEALS_WITH = 2;

/**
 * The topics a section deals with, in the vocabulary's order: a keyword in its heading, two in its
 * text, or one when the topic is among the report's own `topics` (its lead topics).
 */
export function sectionTopics(
  section: TopicText,
  topics: readonly TopicKeywords[],
  reportTopics: readonly string[] = [],
): string[] {
  const scores = topicScores(section, topics);
  return topics
    .map((topic) => topic.id)
    .filter((id) => {
      const score = scores.get(id) ?? 0;
      return score >= DEALS_WITH || (score >= 1 && reportTopics.includes(id));
    });
}

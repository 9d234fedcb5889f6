// A report's lead topics: the few work areas most of the report deals with — not every area it
// mentions once. The importer writes them into `topics`; topic tags, filters and pages read them.
import { sectionTopics, topicScores, type TopicKeywords, type TopicText } from './classify.ts';

/** At most this many lead topics per report. */
export const LEAD_TOPIC_LIMIT = 5;
/** A lead topic deals with at least this share of the report's characters. */
export const LEAD_MIN_SHARE = 0.04;

/** Sections given as `{ heading?, text }`, or a whole text, split into paragraphs. */
export type LeadInput = string | readonly TopicText[];

function asSections(input: LeadInput): readonly TopicText[] {
  if (typeof input !== 'string') return input;
  return input
    .split(/\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ text }));
}

/**
 * Ranks the topics a report deals with by how much of it deals with them — the characters of the
 * sections (or paragraphs) that deal with each (see `sectionTopics`) — and returns at most `limit`
 * ids, most first; ties go to more keyword hits, then the vocabulary's order. A topic below
 * LEAD_MIN_SHARE of the report is left out, however many are ranked.
 *
 * `leadTopics(sections, topics)` with the report's sections (`{ heading, text }` of each part and
 * item, or `{ text }`), or `leadTopics(wholeText, topics)`: the text is split into paragraphs.
 */
export function leadTopics(
  input: LeadInput,
  topics: readonly TopicKeywords[],
  limit: number = LEAD_TOPIC_LIMIT,
): string[] {
  const sections = asSections(input);
  const weight = new Map<string, number>();
  const hits = new Map<string, number>();
  let total = 0;
  for (const section of sections) {
    const size = [...`${section.heading ?? ''}${section.text}`.replace(/\s/g, '')].length;
    total += size;
    for (const id of sectionTopics(section, topics)) weight.set(id, (weight.get(id) ?? 0) + size);
    for (const [id, score] of topicScores(section, topics))
      hits.set(id, (hits.get(id) ?? 0) + score);
  }
  const order = new Map(topics.map((topic, index) => [topic.id, index]));
  return [...weight]
    .filter(([, size]) => size > 0 && size >= total * LEAD_MIN_SHARE)
    .sort(
      ([a, sizeA], [b, sizeB]) =>
        sizeB - sizeA || (hits.get(b) ?? 0) - (hits.get(a) ?? 0) || order.get(a)! - order.get(b)!,
    )
    .slice(0, Math.max(0, limit))
    .map(([id]) => id);
}

/**
 * A report's lead topics when its frontmatter names more than `limit` (older imports named every
 * topic mentioned): those topics ranked by the body. With `limit` or fewer, the list stands as
 * written; with no evidence in the body, the first `limit` stand.
 */
export function capTopics(
  given: readonly string[],
  input: LeadInput,
  topics: readonly TopicKeywords[],
  limit: number = LEAD_TOPIC_LIMIT,
): string[] {
  if (given.length <= limit) return [...given];
  const ranked = leadTopics(
    input,
    topics.filter((topic) => given.includes(topic.id)),
    limit,
  );
  return ranked.length > 0 ? ranked : given.slice(0, limit);
}

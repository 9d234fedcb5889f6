// Suggests topics from the controlled vocabulary: a topic applies when one of its keywords occurs.
import type { Topic } from '../schema/topic.ts';

/** Ids of the topics whose keywords occur in the text, in the order of topics.yaml. */
export function matchTopics(
  text: string,
  topics: readonly Pick<Topic, 'id' | 'keywords'>[],
): string[] {
  return topics
    .filter((topic) => topic.keywords.some((keyword) => text.includes(keyword)))
    .map((topic) => topic.id);
}

// A report's topics are its lead topics: the few work areas most of it deals with, ranked by the
// sections that deal with each (src/lib/topics/lead.ts), not every area it mentions once.
import type { Topic } from '../schema/topic.ts';
import { leadTopics } from '../topics/lead.ts';
import type { TopicText } from '../topics/classify.ts';
import type { BodyBlock } from './structure.ts';

/** The body as sections: each heading with the paragraphs (and tables) below it. */
export function bodySections(body: readonly BodyBlock[]): TopicText[] {
  const sections: TopicText[] = [{ text: '' }];
  for (const block of body) {
    if (block.kind === 'part' || block.kind === 'item')
      sections.push({ heading: block.heading, text: '' });
    else {
      const text = block.kind === 'paragraph' ? block.text : block.rows.flat().join(' ');
      sections.at(-1)!.text += `${text}\n`;
    }
  }
  return sections.filter((section) => section.heading || section.text);
}

/** Ids of the report's lead topics (at most five), most first. */
export function reportTopics(
  body: readonly BodyBlock[],
  topics: readonly Pick<Topic, 'id' | 'keywords'>[],
): string[] {
  return leadTopics(bodySections(body), topics);
}

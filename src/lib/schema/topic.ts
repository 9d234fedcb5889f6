import { z } from 'astro/zod';

/** One work area of the controlled vocabulary in topics.yaml. */
export const topicSchema = z.object({
  /** Stable id used in report frontmatter and URLs: tian. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'topic id 只能用小写字母、数字和连字符'),
  /** The name readers see: 提案工作. */
  name: z.string().trim().min(1, 'topic name 不能为空'),
  /** Words whose presence in a report suggests this topic (used by the importer). */
  keywords: z.array(z.string().trim().min(1)).min(1, 'topic 至少需要一个关键词'),
  /** One sentence on what the area covers. */
  description: z.string().trim().optional(),
  /** Its place in topics.yaml, from 0: set when the file is read, never written by hand. */
  position: z.number().int().nonnegative().optional(),
});

export type Topic = z.output<typeof topicSchema>;

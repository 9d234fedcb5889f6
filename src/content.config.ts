import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { archiveEnv } from './lib/env.ts';
import { reportsLoader } from './loaders/reports.ts';
import { reportSchema } from './lib/schema/report.ts';
import { siteSchema } from './lib/schema/site.ts';
import { topicSchema } from './lib/schema/topic.ts';

const { contentDir } = archiveEnv(process.env);

/**
 * Annual work reports: reports/<id>.mdx, the id being `2018` or `<committee>/2018`, read as the
 * Markdown they are and rendered when their page is built (src/loaders/reports.ts).
 */
const reports = defineCollection({
  loader: reportsLoader(`${contentDir}/reports`),
  schema: reportSchema,
});

/** The controlled vocabulary of work areas, each told its place in the file (the store sorts by id). */
const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`, {
    parser: (text) => {
      const list = parseYaml(text) as
        Record<string, Record<string, unknown>> | Record<string, unknown>[];
      return Array.isArray(list) ? list.map((topic, position) => ({ ...topic, position })) : list;
    },
  }),
  schema: topicSchema,
});

/** site.yaml is one object, so it becomes a collection of one entry with the id `site`. */
const site = defineCollection({
  loader: file(`${contentDir}/site.yaml`, {
    parser: (text) => [{ id: 'site', ...(parseYaml(text) as object) }],
  }),
  schema: siteSchema,
});

export const collections = { reports, topics, site };

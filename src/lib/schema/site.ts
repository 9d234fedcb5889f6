import { z } from 'astro/zod';

/** The archive's own settings, from site.yaml in the content root. */
export const siteSchema = z.object({
  /** The archive's title, shown in the header and the browser tab. */
  title: z.string().trim().min(1, 'site.yaml: title 不能为空'),
  /** The committee this archive belongs to: XX区政协. */
  committee: z.string().trim().min(1, 'site.yaml: committee 不能为空'),
  /** One or two sentences for the index page and meta description. */
  description: z.string().trim().min(1, 'site.yaml: description 不能为空'),
});

export type SiteData = z.output<typeof siteSchema>;

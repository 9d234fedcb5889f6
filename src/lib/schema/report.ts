import { z } from 'astro/zod';

/** One number the report states, e.g. 提案186件; `value` is null where the original is redacted (XX). */
export const figureSchema = z.object({
  /** What is counted, as the report names it: 社情民意信息. */
  label: z.string().trim().min(1, '统计项 label 不能为空'),
  /** The count, or null when the original text redacts it (XX). */
  value: z.number().nonnegative().nullable(),
  /** The unit as written: 件, 条, 人, 万元. */
  unit: z.string().trim().default(''),
  /** True when the text hedges the number: 余, 多, 约, 近. */
  approximate: z.boolean().default(false),
});

const year = (field: string) =>
  z
    .number({ error: `${field} 必须是四位年份数字` })
    .int(`${field} 必须是整数年份`)
    .min(1949, `${field} 不能早于 1949`)
    .max(2100, `${field} 不能晚于 2100`);

/** Frontmatter of one annual work report (reports/<id>.mdx). */
export const reportSchema = z
  .object({
    /** The title as published: 政协2018年工作总结. */
    title: z.string().trim().min(1, 'title 不能为空'),
    /** The year the work summary covers. */
    year: year('year'),
    /** The year the work plan covers; after `year`; absent when the report has no plan. */
    planYear: year('planYear').optional(),
    /** The committee's name as readers know it: XX区政协. */
    committee: z.string().trim().min(1, 'committee 不能为空'),
    /** 届次, the committee's term: 第十四届 (X届 where redacted). */
    term: z.string().trim().min(1).optional(),
    /** The meeting the report was given at: 第X届委员会第二次会议. */
    meeting: z.string().trim().min(1).optional(),
    /** The date the report was given, when the document states it. */
    date: z.coerce.date({ error: 'date 必须是日期，如 2019-01-10' }).optional(),
    /** A short abstract for lists, feeds and the meta description. */
    summary: z.string().trim().min(10, 'summary 至少 10 个字').max(300, 'summary 最多 300 个字'),
    /** Work areas the report covers: ids from topics.yaml. */
    topics: z.array(z.string().trim().min(1)).default([]),
    /** Counts the report states, in reading order. */
    figures: z.array(figureSchema).default([]),
    /** Provenance: where this text came from (e.g. the first line of a submission). */
    source: z.string().trim().min(1).optional(),
    /** Drafts are built in development only. */
    draft: z.boolean().default(false),
  })
  .superRefine((report, ctx) => {
    if (report.planYear !== undefined && report.planYear <= report.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['planYear'],
        message: `planYear（${report.planYear}）必须晚于 year（${report.year}）`,
      });
    }
  });

export type ReportData = z.output<typeof reportSchema>;
export type Figure = z.output<typeof figureSchema>;

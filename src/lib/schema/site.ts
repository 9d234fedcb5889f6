import { z } from 'astro/zod';

/** A path on this server (`/districts/a/`): no protocol-relative `//`, no `..`, ending in `/`. */
const SERVER_PATH = /^\/(?!\/)(?:[^\s?#]*\/)?$/;

function isMemberUrl(url: string): boolean {
  if (url.startsWith('/'))
    return SERVER_PATH.test(url) && !url.split('/').some((part) => part === '..' || part === '.');
  try {
    const parsed = new URL(url);
    return (
      /^https?:$/.test(parsed.protocol) &&
      !parsed.username &&
      !parsed.password &&
      !parsed.search &&
      !parsed.hash &&
      url.endsWith('/') &&
      !/\s/.test(url)
    );
  } catch {
    return false;
  }
}

/** An archive built and served on its own, which this archive's search page searches too. */
export const memberSchema = z.object({
  /** Its name beside each of its results and in notices: 甲区政协工作报告档案. */
  title: z.string().trim().min(1, 'site.yaml: members 的 title 不能为空'),
  /** Where it is served: its BASE_PATH on this server (`/districts/a/`) or its full address ending in `/`. */
  url: z
    .string()
    .trim()
    .refine(
      isMemberUrl,
      'site.yaml: members 的 url 须是本服务器上以 / 开头、以 / 结尾的路径（如 /districts/a/），或以 / 结尾的完整 http(s) 地址（如 https://a.example.gov.cn/archive/）',
    ),
});

/** The archive's own settings, from site.yaml in the content root. */
export const siteSchema = z.object({
  /** The archive's title, shown in the header and the browser tab. */
  title: z.string().trim().min(1, 'site.yaml: title 不能为空'),
  /** The committee this archive belongs to: XX区政协. */
  committee: z.string().trim().min(1, 'site.yaml: committee 不能为空'),
  /** One or two sentences for the index page and meta description. */
  description: z.string().trim().min(1, 'site.yaml: description 不能为空'),
  /** Member archives a portal (a city over its districts) searches together with its own reports. */
  members: z
    .array(memberSchema)
    .refine(
      (members) => new Set(members.map((member) => member.url)).size === members.length,
      'site.yaml: members 中有重复的 url，每个成员档案只能列一次',
    )
    .default([]),
});

export type MemberArchive = z.output<typeof memberSchema>;

export type SiteData = z.output<typeof siteSchema>;

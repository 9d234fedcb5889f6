import type { ArchiveProblem } from './archives.ts';
import { MAX_QUERY_LENGTH } from './query.ts';

const PROBLEMS: Record<ArchiveProblem, string> = {
  unreachable: '无法访问',
  incompatible: '版本不同，需用同一版本重新构建',
};

/** What the status line says, in Chinese, for each state of a search. */
export const MESSAGES = {
  idle: '请输入要搜索的词语，或选择筛选条件浏览报告。',
  unsearchable: '搜索词需要包含文字或数字，标点和空格无法搜索。',
  loading: '正在搜索……',
  truncated: `搜索词过长，只按前 ${MAX_QUERY_LENGTH} 个字搜索。`,
  unavailable:
    '搜索索引无法加载。全文搜索只在构建后的站点上可用（开发时请运行 npm start），并需要通过网页服务器访问。',
  converted: (from: string, to: string) => `已将繁体「${from}」按简体「${to}」搜索。`,
  unknownFilters: (values: readonly string[]) => `已忽略无法识别的筛选条件：${values.join('、')}。`,
  none: (query: string) =>
    query ? `没有找到包含「${query}」的报告。` : '没有符合筛选条件的报告。',
  count: (total: number, partial: number) =>
    `找到 ${total} 份报告` +
    (partial > 0 ? `，其中 ${partial} 份只部分匹配（排在最后）` : '') +
    '。',
  more: (remaining: number) => `显示更多结果（还有 ${remaining} 份待查看）`,
  missingArchives: (
    missing: readonly { archive: number; problem: ArchiveProblem }[],
    archives: readonly { title: string | undefined }[],
  ) =>
    `以下档案暂时无法搜索，结果中没有它们的报告：${missing
      .map(
        ({ archive, problem }) => `${archives[archive]?.title ?? '本档案'}（${PROBLEMS[problem]}）`,
      )
      .join('、')}。`,
} as const;

/** What a search found, as the status line reports it. */
export interface Found {
  query: string;
  /** Every result, and how many of them lack a query word. */
  total: number;
  partial: number;
}

/** The status line for a search's results: always the exact count. */
export function resultStatus(found: Found): string {
  return found.total > 0 ? MESSAGES.count(found.total, found.partial) : MESSAGES.none(found.query);
}

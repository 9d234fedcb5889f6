/** 2019-01-10 → 2019年1月10日, in the archive's own (UTC) calendar so builds agree everywhere. */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

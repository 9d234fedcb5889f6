// CSV as RFC 4180 writes it, for Excel: UTF-8 with a byte-order mark (without it Excel reads
// Chinese as the system's legacy code page), CRLF line ends, fields quoted when they need it.

type Cell = string | number | boolean | null | undefined;

/** One field: quoted when it holds a comma, a quote or a line break; quotes doubled inside. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, then one row per record, every row ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

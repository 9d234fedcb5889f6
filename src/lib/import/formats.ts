// Which files the importer reads, and a clear word for the ones it cannot: old Word and WPS files,
// PDFs and RTF are named and counted as failures, whatever their file name claims.
import { ImportProblem } from './problem.ts';

/** The file types the importer reads. */
export const IMPORTABLE = /\.(txt|docx)$/i;

/** Report formats offices have that the importer does not read, with what to do instead. */
const OLD_FORMATS: Record<string, string> = {
  doc: '旧版 Word 文件（.doc）',
  wps: 'WPS 文字文件（.wps）',
  pdf: 'PDF 文件',
  rtf: 'RTF 文件',
  odt: 'OpenDocument 文件（.odt）',
};
const SAVE_AS = '请在 Word 或 WPS 中打开，另存为 .docx 或 .txt 后再导入';

/** True for a file in a format staff have but the importer refuses with advice (a failure, not a skip). */
export function isKnownUnreadable(fileName: string): boolean {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return extension in OLD_FORMATS;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function startsWithText(bytes: Uint8Array, text: string): boolean {
  return startsWith(
    bytes,
    [...text].map((character) => character.charCodeAt(0)),
  );
}

/** What the bytes really are when that differs from a readable .txt/.docx, as a Chinese phrase. */
function actualFormat(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, OLE2)) return '旧版 Word 或 WPS 文件（.doc/.wps）';
  if (startsWithText(bytes, '%PDF')) return 'PDF 文件';
  if (startsWithText(bytes, '{\\rtf')) return 'RTF 文件';
  return undefined;
}

/** Fails with advice for formats the importer cannot read, naming what the file really is. */
export function assertReadableFormat(fileName: string, bytes: Uint8Array): 'txt' | 'docx' {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const claimed = OLD_FORMATS[extension];
  if (claimed) throw new ImportProblem(`${claimed}不能直接导入：${SAVE_AS}`);
  if (extension !== 'txt' && extension !== 'docx')
    throw new ImportProblem('只能导入 .txt 或 .docx 文件');
  const actual = actualFormat(bytes);
  if (actual) {
    throw new ImportProblem(
      `文件名是 .${extension}，内容却是${actual}（扩展名被改过）：${SAVE_AS}`,
    );
  }
  if (extension === 'docx' && bytes.length > 0 && !startsWith(bytes, ZIP)) {
    throw new ImportProblem(`不是 Word 的 .docx 文件（.docx 应是 zip 压缩包）：${SAVE_AS}`);
  }
  return extension;
}

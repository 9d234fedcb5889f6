// Turns the bytes of a .txt report into text. Offices save reports as UTF-8 (with or without BOM),
// UTF-16 with BOM (Notepad's "Unicode") or GB18030/GBK (Notepad's "ANSI" on Chinese Windows);
// nobody is asked which, so it is detected: BOM first, then strict UTF-8, then strict GB18030.
import { ImportProblem } from './problem.ts';

/** The encodings a report text may arrive in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** The text with every line ending turned into `\n` and no BOM. */
  text: string;
  /** The encoding it was read as. */
  encoding: TextEncodingName;
}

// C0 controls other than tab, LF, VT, FF, CR: text files do not contain them, binary files do.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** Decodes report bytes, failing with a readable reason for empty, binary or undecodable input. */
export function decodeReportBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportProblem('文件为空（0 字节）');
  const { text, encoding } = decodeByBomOrGuess(bytes);
  if ((text.match(CONTROL)?.length ?? 0) > 0) {
    throw new ImportProblem('看起来是二进制文件（含控制字符），不是文本报告');
  }
  if (text.trim() === '') throw new ImportProblem('文件只有空白，没有文字');
  return { text: normaliseLineEndings(text), encoding };
}

/** CRLF (Windows) and lone CR (old Mac) become LF. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeByBomOrGuess(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return strict('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return strict('utf-16be', bytes.subarray(2));
  // NUL never occurs in UTF-8 or GB18030 text; without a UTF-16 BOM it means binary.
  if (bytes.includes(0))
    throw new ImportProblem(
      '看起来是二进制文件（含 NUL 字节），不是文本报告；若是无 BOM 的 UTF-16 文本，请另存为 UTF-8',
    );
  try {
    return strict('utf-8', bytes);
  } catch {
    try {
      return strict('gb18030', bytes);
    } catch {
      throw new ImportProblem('既不是 UTF-8、UTF-16，也不是 GB18030/GBK 文本，无法识别编码');
    }
  }
}

function strict(encoding: TextEncodingName, bytes: Uint8Array): DecodedText {
  // ignoreBOM: the BOM is already cut off; a second one would be text and is kept as such.
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    return { text: decoder.decode(bytes), encoding };
  } catch {
    throw new ImportProblem(`按 ${encoding} 解码失败：文件已损坏或不是文本`);
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

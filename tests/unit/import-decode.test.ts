import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeReportBytes } from '../../src/lib/import/decode.ts';
import { textBlocks } from '../../src/lib/import/blocks.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const TEXT = '政协2020年工作总结\n一、主要工作\n（一）开展协商。全年共收到提案12件。\n';
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('decodeReportBytes', () => {
  it.each([
    ['UTF-8', utf8(TEXT), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(TEXT)]), 'utf-8'],
    ['UTF-16LE with BOM', utf16le(TEXT), 'utf-16le'],
    ['UTF-16BE with BOM', utf16be(TEXT), 'utf-16be'],
  ] as const)('reads %s', (_, bytes, encoding) => {
    expect(decodeReportBytes(bytes)).toEqual({ text: TEXT, encoding });
  });

  it('detects GB18030 and GBK without being told (files made with iconv)', () => {
    const meeting = decodeReportBytes(readFileSync(join(FIXTURES, 'meeting.gb18030.txt')));
    expect(meeting.encoding).toBe('gb18030');
    expect(meeting.text).toBe(readFileSync(join(FIXTURES, 'meeting.txt'), 'utf8'));
    const itemsOnly = decodeReportBytes(readFileSync(join(FIXTURES, 'items-only.gbk.txt')));
    expect(itemsOnly.text.replace(/^\t/gm, '')).toBe(
      readFileSync(join(FIXTURES, 'items-only.txt'), 'utf8'),
    );
  });

  it.each([
    ['CRLF', 'a\r\nb\r\nc'],
    ['CR', 'a\rb\rc'],
    ['LF', 'a\nb\nc'],
    ['mixed', 'a\r\nb\rc'],
  ])('turns %s line endings into LF', (_, text) => {
    expect(decodeReportBytes(utf8(`2020年${text}`)).text).toBe('2020年a\nb\nc');
  });

  it('keeps MDX-hostile characters exactly as written', () => {
    expect(decodeReportBytes(utf8('｛XX｝<>*#_[]\\|~')).text).toBe('｛XX｝<>*#_[]\\|~');
  });

  it.each([
    ['empty', new Uint8Array(), /文件为空/],
    ['blank', utf8(' \r\n\t\u3000\n'), /只有空白/],
    [
      'binary with NUL',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /二进制/,
    ],
    ['binary control characters', utf8('text\u0001\u0002more'), /二进制/],
    ['neither UTF-8 nor GB18030', Uint8Array.from([0x81, 0x20, 0xff, 0xff, 0x80]), /无法识别编码/],
  ])('rejects %s input with the reason', (_, bytes, reason) => {
    expect(() => decodeReportBytes(bytes)).toThrow(reason);
  });
});

describe('textBlocks', () => {
  it('drops ASCII, full-width and tab indentation and blank lines, keeps inner spaces', () => {
    const lines = textBlocks('  一、甲\n\u3000\u3000（一）乙 丙\n\t\t丁\u3000\n\n\u00a0戊');
    expect(lines.map((line) => line.text)).toEqual(['一、甲', '（一）乙 丙', '丁', '戊']);
  });
});

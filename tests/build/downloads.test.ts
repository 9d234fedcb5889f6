// /reports/<id>.txt: every report as plain text for Notepad, linked from its page.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeValues, readPage } from '../helpers/html.ts';

const dist = inject('siteDir');
const REPORT_IDS = ['alpha/2019', 'alpha/2017', 'alpha/2016', 'beta/2018', 'beta/2017'];
const INDENT = '\u3000\u3000';

const readText = (id: string) => readFileSync(join(dist, `reports/${id}.txt`));

describe('plain-text downloads', () => {
  it('exist for every report as UTF-8 with BOM and CRLF line endings only', () => {
    for (const id of REPORT_IDS) {
      const bytes = readText(id);
      expect([...bytes.subarray(0, 3)], id).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
        .decode(bytes)
        .slice(1);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  });

  it('lay a report out traditionally: title, meta lines, then indented parts, items and paragraphs', () => {
    const lines = readText('alpha/2017').toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('甲区政协2017年工作总结');
    expect(lines).toContain('委员会：甲区政协（第八届）');
    expect(lines).toContain('会议：第八届委员会第二次会议');
    expect(lines).toContain('网址：https://archive.example.org/archive/reports/alpha/2017/');
    const body = lines.slice(lines.indexOf('', 2) + 1).filter(Boolean);
    expect(body.slice(0, 4)).toEqual([
      `${INDENT}2017年，甲区政协紧扣全区中心工作，扎实推进各项工作。`,
      `${INDENT}一、2017年工作完成情况`,
      `${INDENT}（一）落实提案办理回头看。`,
      `${INDENT}对2016年的提案逐件回访，群众满意度明显提高。`,
    ]);
    for (const line of body) expect(line.startsWith(INDENT), line).toBe(true);
    expect(body.join('')).not.toMatch(/[#*<>{}]/);
  });

  it('are linked from each report page under the base path, offering the title as file name', () => {
    const html = readPage(dist, 'reports/alpha/2017/');
    expect(attributeValues(html, 'a', 'href')).toContain('/archive/reports/alpha/2017.txt');
    expect(attributeValues(html, 'a', 'download')).toContain('甲区政协2017年工作总结.txt');
  });
});

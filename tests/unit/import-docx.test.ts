import { describe, expect, it } from 'vitest';
import { docxBlocks } from '../../src/lib/import/docx.ts';
import { makeDocx } from '../helpers/docx.ts';

describe('docxBlocks', () => {
  it('reads headings (with their style level), paragraphs, line breaks and tables in order, indentation noted and trimmed', async () => {
    const bytes = await makeDocx([
      { heading: '己区政协2023年工作总结' },
      '\u3000\u3000一、2023年主要工作',
      '（一）协商议政。全年开展协商12次。\n第二行在同一段落里',
      {
        table: [
          ['项目', '数量'],
          ['提案', '186件'],
          ['社情民意信息', 'XX余条'],
        ],
      },
      '结束语。',
    ]);
    expect(await docxBlocks(bytes)).toEqual([
      { kind: 'line', text: '己区政协2023年工作总结', style: 1 },
      { kind: 'line', text: '一、2023年主要工作', indented: true },
      { kind: 'line', text: '（一）协商议政。全年开展协商12次。' },
      { kind: 'line', text: '第二行在同一段落里' },
      {
        kind: 'table',
        rows: [
          ['项目', '数量'],
          ['提案', '186件'],
          ['社情民意信息', 'XX余条'],
        ],
      },
      { kind: 'line', text: '结束语。' },
    ]);
  });

  it('rejects a file that is not a Word document, and one without text', async () => {
    await expect(docxBlocks(new TextEncoder().encode('不是 zip 文件'))).rejects.toThrow(
      /不是可读的 \.docx/,
    );
    await expect(docxBlocks(await makeDocx(['']))).rejects.toThrow(/没有文字/);
  });
});

// From the bytes of one input file to the text of its archive entry. No file system here: the CLI
// reads and writes, this decides what to write — and what the person importing must be told.
import { splitRunOnParagraphs, textBlocks, type SourceBlock } from './blocks.ts';
import { decodeReportBytes, type TextEncodingName } from './decode.ts';
import { docxBlocks } from './docx.ts';
import { entryText, readFrontmatter, validateFrontmatter } from './entry.ts';
import { assertReadableFormat } from './formats.ts';
import {
  inferFrontmatter,
  mergeFrontmatter,
  type Frontmatter,
  type InferenceContext,
} from './frontmatter.ts';
import { bodyTree, serialiseBody } from './mdast.ts';
import { ImportProblem } from './problem.ts';
import { sameReport } from './identity.ts';
import { outlineCounts, parseStructure, type ReportStructure } from './structure.ts';
import type { ReportYears } from './years.ts';
import type { ReportData } from '../schema/report.ts';

export { IMPORTABLE } from './formats.ts';

/** A report read and understood, before it meets the archive. */
export interface ReportDraft {
  /** How the input was read: a text encoding or docx. */
  format: TextEncodingName | 'docx';
  /** The year the work covers: with the committee folder, it names the entry. */
  year: number;
  /** Inferred frontmatter. */
  inferred: Frontmatter;
  /** The years and the evidence they rest on. */
  years: ReportYears;
  /** Where the committee name came from. */
  committeeBasis: string;
  /** The MDX body. */
  body: string;
  /** Parts, items and deeper headings recognised, and tables. */
  counts: { parts: number; items: number; deeper: number; tables: number };
  /** What was done to the text that the person importing should know (PDF repair, page debris). */
  notes: string[];
  /** What they should check: thin or disagreeing evidence, missing structure. */
  warnings: string[];
}

const LONG_TEXT = 3000;

/** Reads a .txt or .docx report and infers its entry; fails with the reason for bad input. */
export async function draftReport(
  fileName: string,
  bytes: Uint8Array,
  context: InferenceContext,
): Promise<ReportDraft> {
  const { blocks, format, split } = await readBlocks(fileName, bytes);
  const structure = parseStructure(blocks);
  if (structure.body.length === 0) throw new ImportProblem('只有标题，没有正文');
  const { frontmatter, years, committeeBasis } = inferFrontmatter(structure, context);
  const { parts, items, deeper } = outlineCounts(structure.body);
  const tables = structure.body.filter((block) => block.kind === 'table').length;
  return {
    format,
    year: years.year.year,
    inferred: frontmatter,
    years,
    committeeBasis,
    body: serialiseBody(bodyTree(structure.body)),
    counts: { parts, items, deeper, tables },
    notes: notesOn(structure),
    warnings: [
      ...years.warnings,
      ...(split > 0 ? [`原文多段挤在一行：按段首的空格分出 ${split} 段，请核对分段`] : []),
      ...structureWarnings(structure, parts, items),
    ],
  };
}

function notesOn(structure: ReportStructure): string[] {
  const notes: string[] = [];
  const { repair, dropped } = structure;
  if (repair.pageNumbers > 0) notes.push(`去掉页码行 ${repair.pageNumbers} 行`);
  for (const head of repair.runningHeads) notes.push(`去掉每页重复的页眉（页脚）「${head}」`);
  if (dropped.length > 0)
    notes.push(
      `略去网页杂项（导航、按钮、上一篇/下一篇）${dropped.length} 行：${dropped.map((line) => `「${line}」`).join('')}`,
    );
  return notes;
}

function structureWarnings(structure: ReportStructure, parts: number, items: number): string[] {
  const warnings: string[] = [];
  const length = structure.body.reduce(
    (total, block) => total + (block.kind === 'paragraph' ? block.text.length : 0),
    0,
  );
  if (structure.repair.hardWrapped)
    warnings.push(
      `像是从 PDF 复制的文本：合并了 ${structure.repair.rejoined} 处硬换行，请核对分段`,
    );
  if (structure.repair.doubtful)
    warnings.push('有些行像是从 PDF 复制的硬换行，但不足以确定，未合并：请核对段落');
  if (parts === 0 && length > LONG_TEXT)
    warnings.push(`全文 ${length} 字，却没有找到任何部分标题（一、 或 第一部分 等）`);
  else if (parts > 0 && items === 0) warnings.push('各部分下没有找到条目（（一） 或 1. 等）');
  return warnings;
}

/** The entry's final text, merged with the existing entry's frontmatter (which wins) and validated. */
export function finishEntry(
  draft: ReportDraft,
  existingText: string | undefined,
  topicIds: ReadonlySet<string>,
  entryName = '已有条目',
): { text: string; data: ReportData } {
  const existing = existingText === undefined ? undefined : readFrontmatter(existingText);
  if (existing) sameReport(existing, draft.inferred, entryName);
  const frontmatter = mergeFrontmatter(draft.inferred, existing);
  const data = validateFrontmatter(frontmatter, topicIds);
  return { text: entryText(frontmatter, draft.body), data };
}

async function readBlocks(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ blocks: SourceBlock[]; format: ReportDraft['format']; split: number }> {
  if (assertReadableFormat(fileName, bytes) === 'docx')
    return { blocks: await docxBlocks(bytes), format: 'docx', split: 0 };
  const { text, encoding } = decodeReportBytes(bytes);
  const { text: paragraphs, split } = splitRunOnParagraphs(text);
  return { blocks: textBlocks(paragraphs), format: encoding, split };
}

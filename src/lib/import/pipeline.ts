// From the bytes of one input file to the text of its archive entry. No file system here: the CLI
// reads and writes, this decides what to write.
import { textBlocks, type SourceBlock } from './blocks.ts';
import { decodeReportBytes, type TextEncodingName } from './decode.ts';
import { docxBlocks } from './docx.ts';
import { entryText, readFrontmatter, validateFrontmatter } from './entry.ts';
import { inferFrontmatter, mergeFrontmatter, type InferenceContext } from './frontmatter.ts';
import { bodyTree, serialiseBody } from './mdast.ts';
import { ImportProblem } from './problem.ts';
import { parseStructure } from './structure.ts';
import type { ReportData } from '../schema/report.ts';

/** The file types the importer reads. */
export const IMPORTABLE = /\.(txt|docx)$/i;

/** A report read and understood, before it meets the archive. */
export interface ReportDraft {
  /** How the input was read: a text encoding or docx. */
  format: TextEncodingName | 'docx';
  /** The year the work covers: with the committee folder, it names the entry. */
  year: number;
  /** Inferred frontmatter. */
  inferred: Record<string, unknown>;
  /** The MDX body. */
  body: string;
  /** Parts and items recognised, for the one-line report. */
  counts: { parts: number; items: number; paragraphs: number; tables: number };
}

/** Reads a .txt or .docx report and infers its entry; fails with the reason for bad input. */
export async function draftReport(
  fileName: string,
  bytes: Uint8Array,
  context: InferenceContext,
): Promise<ReportDraft> {
  const { blocks, format } = await readBlocks(fileName, bytes);
  const structure = parseStructure(blocks);
  if (structure.body.length === 0) throw new ImportProblem('只有标题，没有正文');
  const inferred = inferFrontmatter(structure, context);
  const count = (kind: string) => structure.body.filter((block) => block.kind === kind).length;
  return {
    format,
    year: inferred['year'] as number,
    inferred,
    body: serialiseBody(bodyTree(structure.body)),
    counts: {
      parts: count('part'),
      items: count('item'),
      paragraphs: count('paragraph'),
      tables: count('table'),
    },
  };
}

/** The entry's final text, merged with the existing entry's frontmatter (which wins) and validated. */
export function finishEntry(
  draft: ReportDraft,
  existingText: string | undefined,
  topicIds: ReadonlySet<string>,
): { text: string; data: ReportData } {
  const existing = existingText === undefined ? undefined : readFrontmatter(existingText);
  const frontmatter = mergeFrontmatter(draft.inferred, existing);
  if (frontmatter['year'] !== draft.year) {
    throw new ImportProblem(
      `已有条目的 year（${String(frontmatter['year'])}）与导入文件的年份 ${draft.year} 不符`,
    );
  }
  const data = validateFrontmatter(frontmatter, topicIds);
  return { text: entryText(frontmatter, draft.body), data };
}

async function readBlocks(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ blocks: SourceBlock[]; format: ReportDraft['format'] }> {
  if (/\.docx$/i.test(fileName)) return { blocks: await docxBlocks(bytes), format: 'docx' };
  if (/\.txt$/i.test(fileName)) {
    const { text, encoding } = decodeReportBytes(bytes);
    return { blocks: textBlocks(text), format: encoding };
  }
  throw new ImportProblem('只能导入 .txt 或 .docx 文件');
}

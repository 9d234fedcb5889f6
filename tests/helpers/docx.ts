// Word documents made for the importer's tests with the `docx` package: paragraphs and tables.
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/** A line of the document: plain text, a Heading 1, or a table given as rows of cells. */
export type DocxPart = string | { heading: string } | { table: string[][] };

/** Builds a .docx whose body holds the parts in order; `\n` in a string is a line break (Shift+Enter). */
export async function makeDocx(parts: readonly DocxPart[]): Promise<Buffer> {
  const children = parts.map((part) => {
    if (typeof part === 'string') {
      const runs = part
        .split('\n')
        .map((text, index) => new TextRun({ text, break: index > 0 ? 1 : 0 }));
      return new Paragraph({ children: runs });
    }
    if ('heading' in part)
      return new Paragraph({ text: part.heading, heading: HeadingLevel.HEADING_1 });
    return new Table({
      rows: part.table.map(
        (row) =>
          new TableRow({
            children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
          }),
      ),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

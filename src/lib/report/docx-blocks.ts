import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LeaderType,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { DocumentBlock, DocumentTable } from './model';
import {
  FIRST_LINE_INDENT_MM,
  SIZE_PT,
  SPACING_PT,
  TABLE_CELL_PADDING_MM,
  TEXT_WIDTH_MM,
  twip,
  twipPt,
} from './layout';

/**
 * The pieces of the .docx writer (docx.ts) that render a body block: typed lines, a bordered table,
 * lines to write by hand. Every figure comes from layout.ts.
 */

/** Sizes in half-points, as .docx counts them. */
export const half = (pt: number) => pt * 2;
export const TEXT_WIDTH = twip(TEXT_WIDTH_MM);

/** Runs for one line of text; tabs become real tab characters. */
export function runs(line: string, options: IRunOptions = {}): TextRun[] {
  return line
    .split('\t')
    .map((piece, i) => new TextRun({ ...options, children: i === 0 ? [piece] : [new Tab(), piece] }));
}

export const centred = (text: string, options: IRunOptions = {}, spacingAfter = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacingAfter }, children: runs(text, options) });

/** One typed line as a justified paragraph with the first-line indent; space after only on a paragraph's last line. */
export function bodyLine(children: TextRun[], last: boolean, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twip(FIRST_LINE_INDENT_MM) },
    spacing: { after: last ? twipPt(SPACING_PT.afterParagraph) : 0 },
    keepNext,
    children,
  });
}

const labelRun = (label: string) => new TextRun({ text: `${label}: `, bold: true });

/** A line to write on by hand: a dotted leader to the right margin, after the label when there is one. */
function writeInLine(label: string | undefined, keepNext: boolean): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
    spacing: { after: twipPt(SPACING_PT.afterParagraph) },
    indent: label ? { firstLine: twip(FIRST_LINE_INDENT_MM) } : {},
    keepNext,
    children: [...(label ? [labelRun(label)] : []), new TextRun({ children: [new Tab()] })],
  });
}

const CELL_MARGIN = twip(TABLE_CELL_PADDING_MM);
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;

function tableCell(
  text: string,
  width: number,
  align: 'left' | 'center',
  options: IRunOptions = {},
  keepNext = false,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: { top: CELL_MARGIN, bottom: CELL_MARGIN, left: CELL_MARGIN, right: CELL_MARGIN },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext,
          children: runs(line, { size: half(SIZE_PT.table), ...options }),
        }),
    ),
  });
}

/**
 * A bordered table: the heading row repeats on each page, and no row is split across pages. With `keepEnd`
 * the last row keeps with what follows (the signatures never stand alone on a page).
 */
function borderedTable(table: DocumentTable, keepEnd = false): Table {
  const widths = table.columns.map((c) => Math.round(TEXT_WIDTH * c.share));
  const height = table.minRowHeightMm ? { value: twip(table.minRowHeightMm), rule: HeightRule.ATLEAST } : undefined;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((c, i) => tableCell(c.title, widths[i] ?? 0, 'center', { bold: true })),
      }),
      ...table.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            ...(height ? { height } : {}),
            children: table.columns.map((c, i) =>
              tableCell(row[i] ?? '', widths[i] ?? 0, c.align, {}, keepEnd && r === table.rows.length - 1),
            ),
          }),
      ),
    ],
  });
}

/** An empty paragraph after a table, so two tables or a table and a heading never touch. */
const afterTable = (keepNext: boolean) =>
  new Paragraph({ spacing: { after: twipPt(SPACING_PT.afterParagraph) }, keepNext, children: [] });

/**
 * One block: its typed lines (the label in bold before the first), then its table, then its lines to
 * write by hand. A block with a label and nothing typed starts its first write-in line with the label.
 * Lines before a table or a write-in line keep with it; `keepEnd` keeps the block's last line with what
 * follows (the signatures, which never stand alone on a page).
 */
export function blockContent(block: DocumentBlock, keepEnd = false): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const writeIn = block.writeIn ?? 0;
  const hasTail = block.table !== undefined || writeIn > 0;
  const lastParagraph = block.paragraphs.length - 1;
  block.paragraphs.forEach((lines, i) => {
    // Each typed line is its own paragraph: Word stretches a justified line that ends in a manual line break.
    lines.forEach((line, j) => {
      const label = i === 0 && j === 0 && block.label ? [labelRun(block.label)] : [];
      const keep = hasTail || (keepEnd && i === lastParagraph && j === lines.length - 1);
      out.push(bodyLine([...label, ...runs(line)], j === lines.length - 1, keep));
    });
  });
  if (block.paragraphs.length === 0 && block.label && writeIn === 0)
    out.push(bodyLine([labelRun(block.label)], true, hasTail || keepEnd));
  if (block.table) out.push(borderedTable(block.table, keepEnd && writeIn === 0), afterTable(keepEnd || writeIn > 0));
  for (let i = 0; i < writeIn; i += 1) {
    const label = i === 0 && block.paragraphs.length === 0 ? block.label : undefined;
    out.push(writeInLine(label, i < writeIn - 1 || keepEnd));
  }
  return out;
}

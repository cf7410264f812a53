import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import type { DocumentBlock, DocumentModel, DocumentSigner } from './model';
import {
  FONT,
  HEADER_LEFT_SHARE,
  LINE_SPACING,
  NUMBER_FIRST_PAGE,
  PAGE_MARGINS_MM,
  PAGE_MM,
  PAGE_NUMBER_FROM_TOP_MM,
  SIGNATURE_BLANK_LINES,
  SIZE_PT,
  SPACING_PT,
  twip,
  twipPt,
} from './layout';
import { blockContent, bodyLine, centred, half, runs, TEXT_WIDTH } from './docx-blocks';

/**
 * The .docx writer: one renderer of the document model. It is heavy (the `docx` package), so the
 * form loads this module with `import()` only when the member asks for the file.
 * Every figure (page, margins, fonts, sizes, columns, spacing) comes from layout.ts, with its source;
 * the body's blocks (lines, tables, lines to write on) are drawn by docx-blocks.ts.
 */

/** All four font slots, so Word and LibreOffice never substitute a font for Vietnamese letters. */
const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const;
/** The language of every run: spell-checkers, hyphenation and screen readers treat the text as Vietnamese. */
export const DOCUMENT_LANGUAGE = 'vi-VN';
/** Named as the file's author and last editor: the tool, never the member (their name is in the text only) nor a province. */
export const DOCUMENT_CREATOR = 'Công cụ soạn báo cáo tự rà soát';

/** Two-column table without borders, used for the header block and the signatures. */
function borderlessTable(cells: Paragraph[][], widths: number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) => new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, children }),
        ),
      }),
    ],
  });
}

function headerBlock(model: DocumentModel): Table {
  const left = Math.round(TEXT_WIDTH * HEADER_LEFT_SHARE);
  return borderlessTable(
    [
      [
        centred(model.header.parentBody),
        centred(model.header.body, { bold: true }),
        centred('*'),
        ...(model.header.number ? [centred(model.header.number, {}, 0)] : []),
      ],
      [
        centred(
          model.header.heading,
          { bold: true, size: half(SIZE_PT.heading), underline: { type: UnderlineType.SINGLE } },
          twipPt(SPACING_PT.afterHeading),
        ),
        centred(model.header.placeDate, { italics: true }),
      ],
    ],
    [left, TEXT_WIDTH - left],
  );
}

function signerCell(signer: DocumentSigner | undefined): Paragraph[] {
  if (!signer) return [new Paragraph({})];
  return [
    ...(signer.onBehalfOf ? [centred(signer.onBehalfOf, { bold: true })] : []),
    centred(signer.role, { bold: true }),
    ...(signer.note ? [centred(signer.note, { italics: true })] : []),
    // Room to sign by hand.
    ...Array.from({ length: SIGNATURE_BLANK_LINES }, () => new Paragraph({})),
    centred(signer.name, { bold: true }),
  ];
}

/** "Nơi nhận:" and its lines, at the left. */
function recipientLines(recipients: readonly string[], spaceBefore = 0): Paragraph[] {
  const size = half(SIZE_PT.recipients);
  return [
    new Paragraph({
      spacing: { before: twipPt(spaceBefore) },
      keepNext: true,
      children: runs('Nơi nhận:', { bold: true, italics: true, size }),
    }),
    ...recipients.map(
      (line, i, all) => new Paragraph({ keepNext: i < all.length - 1, children: runs(line, { size }) }),
    ),
  ];
}

/** One signer signs at the right, with "Nơi nhận" (when the paper has one) at the left, as Party papers lay it out. */
function signatureBlock(model: DocumentModel): Table {
  const halfWidth = Math.round(TEXT_WIDTH / 2);
  const [first, second] = model.signers;
  const left = model.recipients ? recipientLines(model.recipients) : signerCell(undefined);
  const cells = model.signers.length === 1 ? [left, signerCell(first)] : [signerCell(first), signerCell(second)];
  return borderlessTable(cells, [halfWidth, TEXT_WIDTH - halfWidth]);
}

const heading = (text: string, before: number, after: number) =>
  new Paragraph({
    spacing: { before: twipPt(before), after: twipPt(after) },
    keepNext: true,
    children: runs(text, { bold: true }),
  });

function body(model: DocumentModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: twipPt(SPACING_PT.beforeTitle) },
      keepNext: true,
      children: runs(model.title.type, { bold: true, size: half(SIZE_PT.docType) }),
    }),
    ...model.title.subject.map(
      (line) =>
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: runs(line, { bold: true }) }),
    ),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: twipPt(SPACING_PT.afterTitle) }, children: [] }),
    ...model.identity.map((i) => new Paragraph({ children: [...runs(`${i.label}: `), ...runs(i.value)] })),
  ];
  // The last block of the body and the closing lines stay with the signatures: a signature never stands alone on a page.
  const blocks: DocumentBlock[] = [
    ...(model.lead ?? []),
    ...model.parts.flatMap((p) => p.sections.flatMap((s) => s.blocks)),
  ];
  const lastBlock = model.closing.length === 0 ? blocks.at(-1) : undefined;
  const addBlock = (block: DocumentBlock) => out.push(...blockContent(block, block === lastBlock));
  (model.lead ?? []).forEach(addBlock);
  for (const part of model.parts) {
    out.push(heading(`${part.numeral}. ${part.title}`, SPACING_PT.beforePart, SPACING_PT.afterPart));
    for (const section of part.sections) {
      out.push(heading(`${section.number}. ${section.title}`, SPACING_PT.beforeSection, SPACING_PT.afterSection));
      section.blocks.forEach(addBlock);
    }
  }
  for (const line of model.closing) out.push(bodyLine(runs(line), true, true));
  out.push(new Paragraph({ spacing: { after: twipPt(SPACING_PT.beforeSigners) }, keepNext: true, children: [] }));
  return out;
}

/** With two signers, "Nơi nhận" goes under the signatures; then the note on what kind of paper this is. */
function endMatter(model: DocumentModel): Paragraph[] {
  const out: Paragraph[] =
    model.recipients && model.signers.length > 1 ? recipientLines(model.recipients, SPACING_PT.beforeSigners) : [];
  if (model.aidNote) {
    const size = half(SIZE_PT.recipients);
    out.push(
      new Paragraph({
        spacing: { before: twipPt(SPACING_PT.beforeSigners) },
        alignment: AlignmentType.JUSTIFIED,
        children: runs(model.aidNote, { italics: true, size }),
      }),
    );
  }
  return out;
}

/** The docx Document for a model (exported for tests; the form calls `renderDocx`). */
export function createDocxDocument(model: DocumentModel): Document {
  const title = [model.title.type, ...model.title.subject].join(' ');
  return new Document({
    creator: DOCUMENT_CREATOR,
    lastModifiedBy: DOCUMENT_CREATOR,
    title,
    subject: model.title.subject.join(' '),
    styles: {
      default: {
        document: {
          run: {
            font: FONT_SLOTS,
            size: half(SIZE_PT.body),
            language: { value: DOCUMENT_LANGUAGE, eastAsia: DOCUMENT_LANGUAGE },
          },
          // lineRule written out: without it LibreOffice reads 276 as an exact 13.8 pt and the lines crowd together.
          paragraph: { spacing: { line: Math.round(LINE_SPACING * 240), lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: !NUMBER_FIRST_PAGE,
          page: {
            size: { width: twip(PAGE_MM.width), height: twip(PAGE_MM.height) },
            margin: {
              top: twip(PAGE_MARGINS_MM.top),
              bottom: twip(PAGE_MARGINS_MM.bottom),
              left: twip(PAGE_MARGINS_MM.left),
              right: twip(PAGE_MARGINS_MM.right),
              header: twip(PAGE_NUMBER_FROM_TOP_MM),
              footer: twip(PAGE_NUMBER_FROM_TOP_MM),
            },
          },
        },
        headers: {
          // Different first page: no number on page 1, numbers from page 2.
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: half(SIZE_PT.pageNumber), children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [headerBlock(model), ...body(model), signatureBlock(model), ...endMatter(model)],
      },
    ],
  });
}

/** The .docx file as a Blob. */
export async function renderDocx(model: DocumentModel): Promise<Blob> {
  return Packer.toBlob(createDocxDocument(model));
}

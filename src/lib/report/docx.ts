import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { DocumentModel, DocumentSigner } from './model';
import {
  FIRST_LINE_INDENT_MM,
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
  TEXT_WIDTH_MM,
  twip,
  twipPt,
} from './layout';

/**
 * The .docx writer: one renderer of the document model. It is heavy (the `docx` package), so the
 * form loads this module with `import()` only when the member asks for the file.
 * Every figure (page, margins, fonts, sizes, columns, spacing) comes from layout.ts, with its source.
 */

/** All four font slots, so Word and LibreOffice never substitute a font for Vietnamese letters. */
const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const;
/** Sizes in half-points, as .docx counts them. */
const half = (pt: number) => pt * 2;
/** The language of every run: spell-checkers, hyphenation and screen readers treat the text as Vietnamese. */
export const DOCUMENT_LANGUAGE = 'vi-VN';
/** Named as the file's author and last editor: the tool, never the member (their name is in the text only) nor a province. */
export const DOCUMENT_CREATOR = 'Công cụ soạn báo cáo tự rà soát';

const TEXT_WIDTH = twip(TEXT_WIDTH_MM);

/** Runs for one line of text; tabs become real tab characters. */
function runs(line: string, options: IRunOptions = {}): TextRun[] {
  return line.split('\t').map((piece, i) => new TextRun({ ...options, children: i === 0 ? [piece] : [new Tab(), piece] }));
}

const centred = (text: string, options: IRunOptions = {}, spacingAfter = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacingAfter }, children: runs(text, options) });

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
        children: cells.map((children, i) => new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, children })),
      }),
    ],
  });
}

function headerBlock(model: DocumentModel): Table {
  const left = Math.round(TEXT_WIDTH * HEADER_LEFT_SHARE);
  return borderlessTable(
    [
      [centred(model.header.parentBody), centred(model.header.body, { bold: true }), centred('*')],
      [
        centred(model.header.heading, { bold: true, size: half(SIZE_PT.heading), underline: { type: UnderlineType.SINGLE } }, twipPt(SPACING_PT.afterHeading)),
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

function signatureBlock(signers: readonly DocumentSigner[]): Table {
  const halfWidth = Math.round(TEXT_WIDTH / 2);
  const [first, second] = signers;
  const cells = signers.length === 1 ? [signerCell(undefined), signerCell(first)] : [signerCell(first), signerCell(second)];
  return borderlessTable(cells, [halfWidth, TEXT_WIDTH - halfWidth]);
}

/** One typed line as a justified paragraph with the first-line indent; space after only on a paragraph's last line. */
function bodyLine(children: TextRun[], last: boolean, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twip(FIRST_LINE_INDENT_MM) },
    spacing: { after: last ? twipPt(SPACING_PT.afterParagraph) : 0 },
    keepNext,
    children,
  });
}

function body(model: DocumentModel): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: twipPt(SPACING_PT.beforeTitle) },
      keepNext: true,
      children: runs(model.title.type, { bold: true, size: half(SIZE_PT.docType) }),
    }),
    ...model.title.subject.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: runs(line, { bold: true }) })),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: twipPt(SPACING_PT.afterTitle) }, children: [] }),
    ...model.identity.map((i) => new Paragraph({ children: [...runs(`${i.label}: `), ...runs(i.value)] })),
  ];
  let lastLine: { children: TextRun[]; index: number } | undefined;
  for (const part of model.parts) {
    out.push(
      new Paragraph({
        spacing: { before: twipPt(SPACING_PT.beforePart), after: twipPt(SPACING_PT.afterPart) },
        keepNext: true,
        children: runs(`${part.numeral}. ${part.title}`, { bold: true }),
      }),
    );
    for (const section of part.sections) {
      out.push(
        new Paragraph({
          spacing: { before: twipPt(SPACING_PT.beforeSection), after: twipPt(SPACING_PT.afterSection) },
          keepNext: true,
          children: runs(`${section.number}. ${section.title}`, { bold: true }),
        }),
      );
      for (const block of section.blocks) {
        block.paragraphs.forEach((lines, i) => {
          // Each typed line is its own paragraph: Word stretches a justified line that ends in a
          // manual line break across the whole width.
          lines.forEach((line, j) => {
            const label = i === 0 && j === 0 && block.label ? [new TextRun({ text: `${block.label}: `, bold: true })] : [];
            lastLine = { children: [...label, ...runs(line)], index: out.length };
            out.push(bodyLine(lastLine.children, j === lines.length - 1));
          });
        });
      }
    }
  }
  // The last line of the body and the closing lines stay with the signatures: a signature never stands alone on a page.
  if (lastLine && model.closing.length === 0) out[lastLine.index] = bodyLine(lastLine.children, true, true);
  for (const line of model.closing) out.push(bodyLine(runs(line), true, true));
  out.push(new Paragraph({ spacing: { after: twipPt(SPACING_PT.beforeSigners) }, keepNext: true, children: [] }));
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
          run: { font: FONT_SLOTS, size: half(SIZE_PT.body), language: { value: DOCUMENT_LANGUAGE, eastAsia: DOCUMENT_LANGUAGE } },
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
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: half(SIZE_PT.pageNumber), children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [headerBlock(model), ...body(model), signatureBlock(model.signers)],
      },
    ],
  });
}

/** The .docx file as a Blob. */
export async function renderDocx(model: DocumentModel): Promise<Blob> {
  return Packer.toBlob(createDocxDocument(model));
}

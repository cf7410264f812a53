import {
  AlignmentType,
  Document,
  Header,
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

/**
 * The .docx writer: one renderer of the document model. It is heavy (the `docx` package), so the
 * form loads this module with `import()` only when the member asks for the file.
 *
 * Layout facts and where they come from (shared/sources/facts-and-sources.md, sections 4 and 8):
 * A4 and Vietnamese Unicode (HD 36-HD/VPTW as summarised by Vinh University's Party office);
 * Times New Roman (the provincial Đảng ủy Khối e-handbook); sizes from the HD 36 size table as
 * reproduced by a third-party page (heading 15 bold, body 14, document type 15–16 bold, place and
 * date italic); the heading underlined by a rule as long as itself (HD 36 point 1.1.2); "*" under
 * the issuing body (HD 36's own header); page numbers from page 2, top, centred, 10 mm from the
 * top edge (e-handbook, not attributed to HD 36).
 */

/**
 * Page margins in millimetres. The only Party-specific figures found are the provincial Đảng ủy Khối
 * e-handbook's ("Yêu cầu kỹ thuật trình bày văn bản"): front page top 25, bottom 25, left 35, right 15.
 * CAUTION: that page does not attribute them to Hướng dẫn 36-HD/VPTW and may reflect the older
 * 11-HD/VPTW; the margins in HD 36 itself are unverified. Change them here, once, when checked.
 */
export const PAGE_MARGINS_MM = { top: 25, bottom: 25, left: 35, right: 15 } as const;

const A4_MM = { width: 210, height: 297 } as const;
/** Page number sits 10 mm from the top edge (e-handbook). */
const HEADER_DISTANCE_MM = 10;

const FONT = 'Times New Roman';
/** All four font slots, so Word and LibreOffice never substitute a font for Vietnamese letters. */
const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const;
/** Sizes in half-points, as .docx counts them. */
const SIZE = { body: 28, heading: 30, docType: 30 } as const;

/** Millimetres to twips, rounded (docx's helper floors, which makes A4 one twip short of Word's 11906 × 16838). */
const twip = (mm: number) => Math.round((mm / 25.4) * 1440);
const TEXT_WIDTH = twip(A4_MM.width - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right);

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
        children: cells.map((children, i) => new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, children })),
      }),
    ],
  });
}

function headerBlock(model: DocumentModel): Table {
  const left = Math.round(TEXT_WIDTH * 0.42);
  return borderlessTable(
    [
      [centred(model.header.parentBody), centred(model.header.body, { bold: true }), centred('*')],
      [
        centred(model.header.heading, { bold: true, size: SIZE.heading, underline: { type: UnderlineType.SINGLE } }, 120),
        centred(model.header.placeDate, { italics: true }),
      ],
    ],
    [left, TEXT_WIDTH - left],
  );
}

function signerCell(signer: DocumentSigner | undefined): Paragraph[] {
  if (!signer) return [new Paragraph({})];
  return [
    centred(signer.role, { bold: true }),
    ...(signer.note ? [centred(signer.note, { italics: true })] : []),
    // Room to sign by hand.
    new Paragraph({}),
    new Paragraph({}),
    new Paragraph({}),
    centred(signer.name, { bold: true }),
  ];
}

function signatureBlock(signers: readonly DocumentSigner[]): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const [first, second] = signers;
  const cells = signers.length === 1 ? [signerCell(undefined), signerCell(first)] : [signerCell(first), signerCell(second)];
  return borderlessTable(cells, [half, TEXT_WIDTH - half]);
}

function body(model: DocumentModel): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360 }, children: runs(model.title.type, { bold: true, size: SIZE.docType }) }),
    ...model.title.subject.map((line) => centred(line, { bold: true })),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [] }),
    ...model.identity.map((i) => new Paragraph({ children: [...runs(`${i.label}: `), ...runs(i.value)] })),
  ];
  for (const part of model.parts) {
    out.push(new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, children: runs(`${part.numeral}. ${part.title}`, { bold: true }) }));
    for (const section of part.sections) {
      out.push(new Paragraph({ spacing: { before: 120, after: 120 }, keepNext: true, children: runs(`${section.number}. ${section.title}`, { bold: true }) }));
      for (const block of section.blocks) {
        block.paragraphs.forEach((lines, i) => {
          // Each typed line is its own paragraph: Word stretches a justified line that ends in a
          // manual line break across the whole width.
          lines.forEach((line, j) => {
            const label = i === 0 && j === 0 && block.label ? [new TextRun({ text: `${block.label}: `, bold: true })] : [];
            out.push(
              new Paragraph({
                alignment: AlignmentType.JUSTIFIED,
                indent: { firstLine: twip(10) },
                spacing: { after: j === lines.length - 1 ? 120 : 0 },
                children: [...label, ...runs(line)],
              }),
            );
          });
        });
      }
    }
  }
  out.push(new Paragraph({ spacing: { after: 240 }, children: [] }));
  return out;
}

/** The docx Document for a model (exported for tests; the form calls `renderDocx`). */
export function createDocxDocument(model: DocumentModel): Document {
  return new Document({
    creator: '',
    title: [model.title.type, ...model.title.subject].join(' '),
    styles: {
      default: {
        document: { run: { font: FONT_SLOTS, size: SIZE.body }, paragraph: { spacing: { line: 276 } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(A4_MM.width), height: twip(A4_MM.height) },
            margin: {
              top: twip(PAGE_MARGINS_MM.top),
              bottom: twip(PAGE_MARGINS_MM.bottom),
              left: twip(PAGE_MARGINS_MM.left),
              right: twip(PAGE_MARGINS_MM.right),
              header: twip(HEADER_DISTANCE_MM),
              footer: twip(HEADER_DISTANCE_MM),
            },
          },
        },
        headers: {
          // Different first page: no number on page 1, numbers from page 2.
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
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

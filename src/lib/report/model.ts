import { inspectText, sanitizeText, toParagraphs } from './sanitize';
import { allFields } from './fields';
import { ROMAN_NUMERALS } from './layout';
import { CLOSING_PLACEHOLDER } from '~/schemas/placeholders';
import type { HeaderFieldId, ReportTemplate } from '~/schemas/report-template';

/**
 * The document model: a template plus a member's answers, as plain data.
 * The print view, the .docx writer and the plain text for copying (plain-text.ts) all render this
 * one model, so a fix to the layout's content happens here once.
 */

/** The heading every Party document carries at top right (HD 36-HD/VPTW, point 1.1.2). */
export const PARTY_HEADING = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** What the member typed, by field id. Values may be anything a browser or a file gave us. */
export type Answers = Readonly<Record<string, unknown>>;

export interface DocumentHeader {
  /** Left, first line: the đảng bộ, in capitals. */
  parentBody: string;
  /** Left, second line: the chi bộ, in capitals; a "*" is printed under it. */
  body: string;
  /** Right, first line: "ĐẢNG CỘNG SẢN VIỆT NAM", underlined. */
  heading: string;
  /** Right, second line, italic: "Phan Thiết, ngày 12 tháng 3 năm 2023". */
  placeDate: string;
  /** Left, under the "*": the paper's number for the secretary to fill ("Số ……"); absent on a member's report. */
  number?: string;
}

/** A table with borders (an attendance sheet, a plan of sittings): a heading row, then one row per line. */
export interface DocumentTable {
  /** Each column's heading (bold, centred), its share of the text width (the shares add up to 1), its alignment. */
  columns: { title: string; share: number; align: 'left' | 'center' }[];
  /** Cells as text, one array per row, as many cells as columns. */
  rows: string[][];
  /** Height of each row in millimetres, at least (room to sign by hand); absent: as the text needs. */
  minRowHeightMm?: number;
}

export interface DocumentBlock {
  /** Printed in bold before the first paragraph, followed by ": ". */
  label?: string;
  /** Paragraphs, each a list of lines (line breaks inside a paragraph). */
  paragraphs: string[][];
  /** A table after the paragraphs. */
  table?: DocumentTable;
  /** Lines left blank to write by hand after the paragraphs (dotted to the right margin). */
  writeIn?: number;
}

export interface DocumentSection {
  /** "1", "2", … inside its part. */
  number: string;
  title: string;
  blocks: DocumentBlock[];
}

export interface DocumentPart {
  /** "I", "II", … */
  numeral: string;
  /** In capitals. */
  title: string;
  sections: DocumentSection[];
}

export interface DocumentSigner {
  /** "T/M CHI BỘ" when the signer signs for a body; printed above the role. */
  onBehalfOf?: string;
  /** In capitals: the post or the part in the session ("BÍ THƯ", "CHỦ TRÌ", "NGƯỜI BÁO CÁO"). */
  role: string;
  note?: string;
  /** Empty when the name is left for the signer to write. */
  name: string;
}

export interface DocumentModel {
  templateId: string;
  header: DocumentHeader;
  /** Document type in capitals ("BÁO CÁO") and the subject lines under it. */
  title: { type: string; subject: string[] };
  /** Lines after the title: who writes and their post. */
  identity: { label: string; value: string }[];
  /** Blocks after the identity lines, before the first part (a paper with no parts: the attendance sheet). */
  lead?: DocumentBlock[];
  parts: DocumentPart[];
  /** Paragraphs after the body, before the signatures (the minutes' closing lines). */
  closing: string[];
  signers: DocumentSigner[];
  /** "Nơi nhận:" and its lines, at the bottom left; absent on a member's report. */
  recipients?: string[];
  /** Printed last, in italics: what kind of paper this is when no official template exists (the site's aid). */
  aidNote?: string;
  /** What the member should be told about their text: the questions (labels) whose answers were changed. */
  findings: {
    /** Invisible direction or zero-width characters were removed from these answers. */
    removedInvisible: string[];
    /** These answers have emoji, kept but perhaps printed as blanks. */
    emoji: string[];
  };
  /** Suggested file name, without extension, ASCII only. */
  fileName: string;
}

const IDENTITY_LABELS: Partial<Record<HeaderFieldId, string>> = {
  hoTen: 'Họ và tên',
  chucVu: 'Chức vụ, công việc',
};

/** Blank left in the date line for the member to fill by hand. */
export const BLANK = '……';

/**
 * Build the document model. Every answer is sanitised here (NFC, XML-illegal characters removed,
 * line breaks normalised, the field's max length enforced), so renderers can trust the text.
 * Empty optional answers are left out, and the numbering closes up.
 */
export function buildDocument(template: ReportTemplate, answers: Answers): DocumentModel {
  const fields = allFields(template);
  const maxById = new Map(fields.map((f) => [f.id, f.maxLength]));
  const text = (id: string): string => {
    const raw = answers[id];
    return typeof raw === 'string' ? sanitizeText(raw, maxById.get(id) ?? 0) : '';
  };
  const findings: DocumentModel['findings'] = { removedInvisible: [], emoji: [] };
  for (const f of fields) {
    const raw = answers[f.id];
    if (typeof raw !== 'string') continue;
    const found = inspectText(raw);
    if (found.removedInvisible) findings.removedInvisible.push(f.label);
    if (found.hasEmoji) findings.emoji.push(f.label);
  }
  const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
  const headerIds = new Set<string>(template.header.map((f) => f.id));

  const parts: DocumentPart[] = [];
  for (const part of template.parts) {
    const sections: DocumentSection[] = [];
    for (const section of part.sections) {
      const blocks: DocumentBlock[] = section.fields
        .filter((f) => f.inBody)
        .map((f) => ({ field: f, value: text(f.id) }))
        .filter(({ value }) => value !== '')
        .map(({ field, value }) => ({
          ...(field.docLabel !== undefined ? { label: field.docLabel } : {}),
          paragraphs: toParagraphs(value),
        }));
      if (blocks.length > 0) sections.push({ number: String(sections.length + 1), title: section.docTitle, blocks });
    }
    if (sections.length > 0) {
      parts.push({
        numeral: ROMAN_NUMERALS[parts.length] ?? String(parts.length + 1),
        title: upper(part.docTitle),
        sections,
      });
    }
  }

  const [type = '', ...subject] = template.documentTitle;
  const date = formatPartyDate(text('ngayLap'));
  return {
    templateId: template.id,
    header: {
      parentBody: upper(text('dangBo')),
      body: upper(text('chiBo')),
      heading: PARTY_HEADING,
      placeDate: `${text('diaDanh') || BLANK}, ${date}`,
    },
    title: { type: upper(type), subject },
    identity: (['hoTen', 'chucVu'] as const)
      .filter((id) => headerIds.has(id) && text(id) !== '')
      .map((id) => ({ label: IDENTITY_LABELS[id] ?? id, value: text(id) })),
    parts,
    closing: template.closing.map((line) => fillClosingLine(line, text)),
    signers: template.signers.map((s) => ({
      ...(s.onBehalfOf !== undefined ? { onBehalfOf: upper(s.onBehalfOf) } : {}),
      role: upper((s.roleField !== undefined && text(s.roleField)) || s.role),
      ...(s.note !== undefined ? { note: s.note } : {}),
      name: s.nameField !== undefined ? text(s.nameField) : '',
    })),
    findings,
    fileName: [template.id, /^\d{4}-\d{2}-\d{2}$/.test(text('ngayLap')) ? text('ngayLap') : '']
      .filter(Boolean)
      .join('-'),
  };
}

/** A template's closing line with each "{answer:id}" filled (blanks to write by hand where the answer is empty). */
export function fillClosingLine(line: string, answer: (id: string) => string): string {
  return line
    .replace(CLOSING_PLACEHOLDER, (_, id: string) => answer(id).replace(/\s+/g, ' ') || BLANK + BLANK)
    .replace(/([.!?…])\./g, '$1');
}

/**
 * "ngày 03 tháng 4 năm 2018": day below 10 and months 1 and 2 get a leading zero, as in the
 * two dates the sources show (HD 36's own header "ngày 03 tháng 4 năm 2018" and the size table's
 * "ngày 20 tháng 02 năm 2018"). An empty or invalid date leaves blanks to fill by hand.
 */
export function formatPartyDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const day = m ? Number(m[3]) : 0;
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) return `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${m[1]}`;
}

import { inspectText, sanitizeText, toParagraphs } from '~/lib/report/sanitize';
import {
  BLANK,
  formatPartyDate,
  PARTY_HEADING,
  type DocumentBlock,
  type DocumentHeader,
  type DocumentModel,
  type DocumentSigner,
} from '~/lib/report/model';
import type { ReportTemplate } from '~/schemas/report-template';
import { MAX_FIELD_LENGTH, MAX_NAME_LENGTH, type Member, type Sitting, type Workspace } from '../types';
import { nameKey } from '../workspace';

/**
 * What the secretary's papers share: the Party header, the chi bộ's signature, how a comrade is named.
 * Every text from the workspace passes the report's one sanitiser again here (a workspace may come from a
 * file), so the renderers can trust it as they trust a member's report.
 */

/** What the papers need from the site: the campaign's name and the minutes template (its wording is the paper's). */
export interface PaperContext {
  /** The site config's name of the site ("Giữ trọn lời thề"), for the summary's note on what it is. */
  siteName: string;
  /** The site config's campaign name ("Giữ trọn lời thề đảng viên"). */
  campaignName: string;
  /** The `bien-ban-sinh-hoat` template as the site loads it (site names filled in). */
  minutesTemplate: ReportTemplate;
}

export const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
export const clean = (s: string, max = MAX_FIELD_LENGTH) => sanitizeText(s, max).replace(/\s+/g, ' ');
export const cleanName = (s: string) => clean(s, MAX_NAME_LENGTH);

/** "Số ……": the number the chi bộ gives its paper, left for the secretary to write (no numbering rule was found for these papers). */
const NUMBER_LINE = `Số ${BLANK}`;

/** "Nơi nhận" with lines for the secretary to fill: who receives a chi bộ's paper is the chi bộ's to say. */
export const RECIPIENT_LINES = [`- ${BLANK}${BLANK}`, `- ${BLANK}${BLANK}`];

export function paperHeader(workspace: Workspace, isoDate: string): DocumentHeader {
  return {
    parentBody: upper(clean(workspace.parentBody)),
    body: upper(clean(workspace.chiBoName)),
    heading: PARTY_HEADING,
    placeDate: `${clean(workspace.placeName) || BLANK}, ${formatPartyDate(isoDate)}`,
    number: NUMBER_LINE,
  };
}

/** The Bí thư signing for the chi bộ. */
export function secretarySigner(workspace: Workspace): DocumentSigner {
  return { onBehalfOf: 'T/M CHI BỘ', role: 'BÍ THƯ', name: cleanName(workspace.secretaryName) };
}

/** "đồng chí Nguyễn Văn An", and "đồng chí Nguyễn Văn An, Bí thư chi bộ" on one line when it is the Bí thư. */
export function comrade(workspace: Workspace, name: string): string {
  const n = cleanName(name);
  if (n === '') return '';
  const isSecretary = nameKey(n) === nameKey(cleanName(workspace.secretaryName));
  return `đồng chí ${n}${isSecretary ? ', Bí thư chi bộ' : ''}`;
}

/** "8 giờ 00" from "08:00"; "" when not set. */
export function clockTime(time: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  return m ? `${Number(m[1])} giờ ${m[2]}` : '';
}

/** "8 giờ 00, ngày 17 tháng 3 năm 2023", with blanks for what is not set. */
export function sittingWhen(sitting: Sitting): string {
  return `${clockTime(sitting.time) || `${BLANK} giờ ${BLANK}`}, ${formatPartyDate(sitting.date)}`;
}

/** A labelled line, or a labelled line to write on when the value is empty. */
export function labelled(label: string, value: string): DocumentBlock {
  return value === '' ? { label, paragraphs: [], writeIn: 1 } : { label, paragraphs: [[value]] };
}

/** Paragraphs of free text (the summary's note), or lines to write on when it is empty. */
export function freeText(text: string, max: number, blankLines: number): DocumentBlock {
  const value = sanitizeText(text, max);
  return value === '' ? { paragraphs: [], writeIn: blankLines } : { paragraphs: toParagraphs(value) };
}

/** What cleaning changed in the names and reasons, for the note above the preview. */
export function paperFindings(members: readonly Member[]): DocumentModel['findings'] {
  const texts = members.flatMap((m) => [
    { label: `họ tên ${cleanName(m.name)}`, text: m.name },
    ...Object.values(m.attendance).map((a) => ({
      label: `lý do vắng của đồng chí ${cleanName(m.name)}`,
      text: a.status === 'absentWithReason' ? a.reason : '',
    })),
  ]);
  const findings: DocumentModel['findings'] = { removedInvisible: [], emoji: [] };
  for (const { label, text } of texts) {
    const found = inspectText(text);
    if (found.removedInvisible && !findings.removedInvisible.includes(label)) findings.removedInvisible.push(label);
    if (found.hasEmoji && !findings.emoji.includes(label)) findings.emoji.push(label);
  }
  return findings;
}

/** An ASCII file name: "bien-ban-buoi-2-2023-03-17". */
export function paperFileName(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('-');
}

import { ROMAN_NUMERALS } from '~/lib/report/layout';
import type { DocumentModel, DocumentPart, DocumentTable } from '~/lib/report/model';
import type { Member, Workspace } from '../types';
import { memberReportIsRead, memberTakesTurn, shortDate } from '../workspace';
import {
  clean,
  cleanName,
  clockTime,
  comrade,
  labelled,
  paperFileName,
  paperFindings,
  paperHeader,
  RECIPIENT_LINES,
  secretarySigner,
  upper,
  type PaperContext,
} from './common';

/**
 * The plan of sittings: who presents when and where. No official template for it was found; its title and
 * layout are this site's, in the Party layout of the member's report.
 */

const PLAN_TITLE = 'LỊCH CÁC BUỔI SINH HOẠT';

/** How a member takes their turn, for the "Ghi chú" column. */
function turnNote(member: Member): string {
  const notes = [
    memberReportIsRead(member) ? 'gửi báo cáo bằng văn bản, đọc tại buổi sinh hoạt' : '',
    member.requestedSittingId !== null && member.requestedSittingId === member.sittingId
      ? 'theo đề nghị của đồng chí'
      : '',
  ]
    .filter(Boolean)
    .join('; ');
  return notes.charAt(0).toLocaleUpperCase('vi-VN') + notes.slice(1);
}

/** Why a member takes no turn at any sitting, for the last list. */
function noTurnReason(member: Member): string {
  if (member.sentElsewhere) return 'Giới thiệu sinh hoạt tạm thời đi nơi khác';
  if (member.writtenReport && !member.readOut) return 'Gửi báo cáo bằng văn bản, không đọc tại buổi sinh hoạt';
  if (member.exemption === 'whole') return 'Được miễn sinh hoạt';
  if (member.exemption === 'part') return 'Được miễn một phần sinh hoạt';
  return 'Chưa xếp buổi';
}

const nameTable = (rows: [string, string][], noteTitle: string): DocumentTable => ({
  columns: [
    { title: 'STT', share: 0.1, align: 'center' },
    { title: 'Họ và tên', share: 0.45, align: 'left' },
    { title: noteTitle, share: 0.45, align: 'left' },
  ],
  rows: rows.map(([name, note], i) => [String(i + 1), name, note]),
});

function sittingPart(workspace: Workspace, index: number): DocumentPart {
  const sitting = workspace.sittings[index]!;
  const when = [clockTime(sitting.time), shortDate(sitting.date) && `ngày ${shortDate(sitting.date)}`]
    .filter(Boolean)
    .join(', ');
  const turns = workspace.members.filter((m) => m.sittingId === sitting.id && memberTakesTurn(m));
  return {
    numeral: ROMAN_NUMERALS[index] ?? String(index + 1),
    title: upper(`Buổi ${index + 1}${when ? `: ${when}` : ''}`),
    sections: [
      {
        number: '1',
        title: 'Địa điểm, chủ trì, thư ký',
        blocks: [
          labelled('Địa điểm', clean(sitting.place)),
          labelled('Chủ trì', comrade(workspace, sitting.chair)),
          labelled('Thư ký', comrade(workspace, sitting.clerk)),
        ],
      },
      {
        number: '2',
        title: `Đảng viên báo cáo (${turns.length} lượt)`,
        blocks: [
          turns.length
            ? {
                paragraphs: [],
                table: nameTable(
                  turns.map((m) => [cleanName(m.name), turnNote(m)]),
                  'Ghi chú',
                ),
              }
            : { paragraphs: [['Chưa xếp đảng viên nào.']] },
        ],
      },
    ],
  };
}

/** Members who take no turn anywhere, or are not yet placed, with the reason. */
function noTurnPart(workspace: Workspace, index: number): DocumentPart | null {
  const ids = new Set(workspace.sittings.map((s) => s.id));
  const left = workspace.members.filter((m) => !memberTakesTurn(m) || m.sittingId === null || !ids.has(m.sittingId));
  if (left.length === 0) return null;
  return {
    numeral: ROMAN_NUMERALS[index] ?? String(index + 1),
    title: 'ĐẢNG VIÊN KHÔNG BÁO CÁO TẠI BUỔI NÀO HOẶC CHƯA XẾP BUỔI',
    sections: [
      {
        number: '1',
        title: `Danh sách (${left.length} đồng chí)`,
        blocks: [
          {
            paragraphs: [],
            table: nameTable(
              left.map((m) => [cleanName(m.name), noTurnReason(m)]),
              'Lý do',
            ),
          },
        ],
      },
    ],
  };
}

export function buildPlanPaper(workspace: Workspace, context: PaperContext): DocumentModel {
  const parts = workspace.sittings.map((_, i) => sittingPart(workspace, i));
  const rest = noTurnPart(workspace, parts.length);
  const turns = workspace.members.filter(memberTakesTurn).length;
  return {
    templateId: 'chi-bo-lich-sinh-hoat',
    header: paperHeader(workspace, ''),
    title: { type: PLAN_TITLE, subject: [`Chuyên đề “${context.campaignName}”`] },
    identity: [],
    lead: [
      {
        paragraphs: [
          [
            `Chi bộ có ${workspace.members.length} đảng viên; ${turns} lượt báo cáo, chia thành ${workspace.sittings.length} buổi sinh hoạt.`,
          ],
        ],
      },
    ],
    parts: rest ? [...parts, rest] : parts,
    closing: [],
    signers: [secretarySigner(workspace)],
    recipients: RECIPIENT_LINES,
    findings: paperFindings(workspace.members),
    fileName: paperFileName('lich-sinh-hoat'),
  };
}

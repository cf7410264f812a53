import type { DocumentModel } from '~/lib/report/model';
import type { Member, Workspace } from '../types';
import { paperFileName, paperFindings, paperHeader, cleanName, sittingWhen, clean, type PaperContext } from './common';

/**
 * The attendance sheet of one sitting, "DANH SÁCH ĐẢNG VIÊN THAM DỰ SINH HOẠT": a sheet of that name
 * circulates (facts §7.3, dukbxd.wordpress.com), but its columns were not read; these are this site's:
 * every member in roster order, a note, and a column to sign in.
 */

const ATTENDANCE_TITLE = 'DANH SÁCH ĐẢNG VIÊN THAM DỰ SINH HOẠT';
/** Room to sign by hand in each row, in millimetres (this site's choice). */
const SIGN_ROW_MM = 10;

/** The "Ghi chú" of a member on the sheet: what the secretary knows before the day. */
function attendanceNote(member: Member): string {
  const notes = [
    member.kind === 'duBi' ? 'Dự bị' : '',
    member.temporaryHere ? 'Sinh hoạt tạm thời' : '',
    member.exemption === 'whole'
      ? 'Được miễn sinh hoạt'
      : member.exemption === 'part'
        ? 'Được miễn một phần sinh hoạt'
        : '',
    member.sentElsewhere ? 'Sinh hoạt tạm thời nơi khác' : '',
    member.writtenReport ? 'Gửi báo cáo bằng văn bản' : '',
  ];
  return notes.filter(Boolean).join('; ');
}

export function buildAttendancePaper(
  workspace: Workspace,
  sittingId: string,
  context: PaperContext,
): DocumentModel | null {
  const index = workspace.sittings.findIndex((s) => s.id === sittingId);
  const sitting = workspace.sittings[index];
  if (!sitting) return null;
  const place = clean(sitting.place);
  return {
    templateId: 'chi-bo-danh-sach-du',
    header: paperHeader(workspace, sitting.date),
    title: {
      type: ATTENDANCE_TITLE,
      subject: [
        `Buổi sinh hoạt chuyên đề “${context.campaignName}”`,
        `Buổi ${index + 1}: ${sittingWhen(sitting)}${place ? `, tại ${place}` : ''}`,
      ],
    },
    identity: [],
    lead: [
      {
        paragraphs: [],
        table: {
          columns: [
            { title: 'STT', share: 0.09, align: 'center' },
            { title: 'Họ và tên', share: 0.41, align: 'left' },
            { title: 'Ghi chú', share: 0.28, align: 'left' },
            { title: 'Ký tên', share: 0.22, align: 'center' },
          ],
          rows: workspace.members.map((m, i) => [String(i + 1), cleanName(m.name), attendanceNote(m), '']),
          minRowHeightMm: SIGN_ROW_MM,
        },
      },
      {
        paragraphs: [
          [`Tổng số đảng viên của chi bộ: ${workspace.members.length} đồng chí.`],
          ['Số đảng viên ký tên tham dự: ……… đồng chí.'],
        ],
      },
    ],
    parts: [],
    closing: [],
    signers: [
      { role: 'THƯ KÝ', name: cleanName(sitting.clerk) },
      { role: 'CHỦ TRÌ', name: cleanName(sitting.chair) },
    ],
    findings: paperFindings(workspace.members),
    fileName: paperFileName(
      'danh-sach-du-buoi',
      String(index + 1),
      /^\d{4}-\d{2}-\d{2}$/.test(sitting.date) ? sitting.date : '',
    ),
  };
}

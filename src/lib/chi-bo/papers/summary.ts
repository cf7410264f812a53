import { ROMAN_NUMERALS } from '~/lib/report/layout';
import type { DocumentBlock, DocumentModel, DocumentPart, DocumentSection } from '~/lib/report/model';
import { summarizeSession, type SessionSummary } from '../summary';
import { MAX_NOTE_LENGTH, MAX_REASON_LENGTH, type Workspace } from '../types';
import { shortDate } from '../workspace';
import {
  clean,
  cleanName,
  clockTime,
  freeText,
  paperFileName,
  paperFindings,
  paperHeader,
  RECIPIENT_LINES,
  secretarySigner,
  type PaperContext,
} from './common';

/**
 * The summary of the whole session for the level above. No public template or requirement for it was
 * found (facts §7.3 names none), so it says so on the paper itself: it is the site's aid.
 */

const SUMMARY_TITLE = 'BẢN TỔNG HỢP';

const summaryAidNote = (siteName: string) =>
  `Bản tổng hợp này do công cụ dành cho chi bộ trên trang “${siteName}” lập từ số liệu chi bộ đã nhập, để giúp chi bộ báo cáo cấp ủy cấp trên. Trang chưa tìm thấy mẫu hay yêu cầu công khai nào cho báo cáo này; nếu cấp ủy cấp trên có mẫu hoặc yêu cầu riêng, hãy làm theo mẫu, yêu cầu đó.`;

/** "4 đồng chí: A, B, C, D." or "Không có." */
const countWithNames = (names: readonly string[]): string =>
  names.length ? `${names.length} đồng chí: ${names.map(cleanName).join(', ')}.` : 'Không có.';
const line = (text: string): DocumentBlock => ({ paragraphs: [[text]] });
const sections = (list: Omit<DocumentSection, 'number'>[]): DocumentSection[] =>
  list.map((s, i) => ({ ...s, number: String(i + 1) }));

function membersPart(s: SessionSummary, workspace: Workspace): Omit<DocumentPart, 'numeral'> {
  const c = s.sittings[0]?.counts;
  const kinds = workspace.members.reduce(
    (acc, m) => {
      acc[m.temporaryHere ? 'temporary' : m.kind] += 1;
      return acc;
    },
    { chinhThuc: 0, duBi: 0, temporary: 0 },
  );
  return {
    title: 'TÌNH HÌNH ĐẢNG VIÊN CỦA CHI BỘ',
    sections: sections([
      {
        title: 'Số đảng viên',
        blocks: [
          line(
            `Tổng số đảng viên của chi bộ: ${s.total} đồng chí; trong đó: đảng viên chính thức: ${kinds.chinhThuc}, đảng viên dự bị: ${kinds.duBi}, đảng viên sinh hoạt tạm: ${kinds.temporary}.`,
          ),
          line(
            `Số đảng viên được miễn sinh hoạt: ${c?.exempt ?? workspace.members.filter((m) => m.exemption !== 'none').length} đồng chí.`,
          ),
          line(
            `Số đảng viên giới thiệu sinh hoạt tạm thời đi nơi khác: ${workspace.members.filter((m) => m.sentElsewhere).length} đồng chí.`,
          ),
        ],
      },
    ]),
  };
}

function sittingsPart(s: SessionSummary, workspace: Workspace): Omit<DocumentPart, 'numeral'> {
  const rows = workspace.sittings.map((sitting, i) => {
    const one = s.sittings[i]!;
    const when = [clockTime(sitting.time), shortDate(sitting.date)].filter(Boolean).join(', ');
    return [
      String(i + 1),
      [when, clean(sitting.place)].filter(Boolean).join('\n'),
      `${one.counts.present}/${one.counts.total}`,
      `${one.counts.absent} (${one.counts.absentWithReason.length} có lý do)`,
      `${one.presented.length} trình bày, ${one.read.length} đọc văn bản`,
    ];
  });
  const absences = absenceLines(s);
  return {
    title: 'CÁC BUỔI SINH HOẠT',
    sections: sections([
      {
        title: `Chi bộ sinh hoạt ${workspace.sittings.length} buổi`,
        blocks: [
          {
            paragraphs: [],
            table: {
              columns: [
                { title: 'Buổi', share: 0.09, align: 'center' },
                { title: 'Thời gian, địa điểm', share: 0.33, align: 'left' },
                { title: 'Số dự', share: 0.13, align: 'center' },
                { title: 'Vắng', share: 0.19, align: 'center' },
                { title: 'Báo cáo', share: 0.26, align: 'left' },
              ],
              rows,
            },
          },
        ],
      },
      {
        title: 'Đảng viên vắng mặt',
        blocks: [absences.length ? { paragraphs: [absences] } : line('Không có đảng viên vắng mặt.')],
      },
    ]),
  };
}

/**
 * One line per member and kind of absence, the sittings grouped: "- Đồng chí X, buổi 1, 2, 3: có lý do (…)".
 * Members are told apart by their place in the roster order the counts keep, not by name (two may share one).
 */
function absenceLines(s: SessionSummary): string[] {
  const groups = new Map<string, { name: string; sittings: number[]; reason: string | null }>();
  s.sittings.forEach((one, i) => {
    const add = (name: string, index: number, reason: string | null) => {
      const key = `${index}\u0000${reason ?? ''}\u0000${reason === null ? 'no' : 'yes'}`;
      const group = groups.get(key) ?? { name, sittings: [], reason };
      group.sittings.push(i + 1);
      groups.set(key, group);
    };
    one.counts.absentWithReason.forEach((a) => add(a.name, a.index, clean(a.reason, MAX_REASON_LENGTH) || '……'));
    one.counts.absentWithoutReason.forEach((a) => add(a.name, a.index, null));
  });
  return [...groups.values()].map(
    (g) =>
      `- Đồng chí ${cleanName(g.name)}, buổi ${g.sittings.join(', ')}: ${g.reason === null ? 'không có lý do' : `có lý do (${g.reason})`}.`,
  );
}

function resultsPart(s: SessionSummary): Omit<DocumentPart, 'numeral'> {
  const written = s.writtenRead.length + s.writtenNotRead.length;
  return {
    title: 'KẾT QUẢ BÁO CÁO TỰ RÀ SOÁT',
    sections: sections([
      { title: 'Báo cáo trình bày tại buổi sinh hoạt', blocks: [line(`${s.presented.length} đồng chí.`)] },
      {
        title: 'Báo cáo gửi bằng văn bản',
        blocks: [
          line(`${written} đồng chí.`),
          line(`Đọc tại buổi sinh hoạt: ${countWithNames(s.writtenRead)}`),
          line(`Không đọc tại buổi sinh hoạt: ${countWithNames(s.writtenNotRead)}`),
        ],
      },
      { title: 'Đảng viên được miễn sinh hoạt', blocks: [line(countWithNames(s.exempt))] },
      { title: 'Đảng viên sinh hoạt tạm thời nơi khác', blocks: [line(countWithNames(s.sentElsewhere))] },
      { title: 'Đảng viên chưa báo cáo', blocks: [line(countWithNames(s.notPresented))] },
      {
        title: 'Báo cáo đã nộp cho chi bộ',
        blocks: [
          line(
            `Bản giấy: ${s.handIn.paper}; tệp: ${s.handIn.file}; tin nhắn: ${s.handIn.message}; chưa nộp: ${s.handIn.notYet}.`,
          ),
        ],
      },
    ]),
  };
}

export function buildSummaryPaper(workspace: Workspace, context: PaperContext): DocumentModel {
  const s = summarizeSession(workspace);
  const parts = [
    membersPart(s, workspace),
    sittingsPart(s, workspace),
    resultsPart(s),
    {
      title: 'NHỮNG ĐIỂM NỔI BẬT',
      sections: sections([
        { title: 'Ghi nhận của chi bộ', blocks: [freeText(workspace.summaryNote, MAX_NOTE_LENGTH, 4)] },
      ]),
    },
  ];
  return {
    templateId: 'chi-bo-tong-hop',
    header: paperHeader(workspace, ''),
    title: { type: SUMMARY_TITLE, subject: [`Kết quả đợt sinh hoạt chuyên đề “${context.campaignName}”`] },
    identity: [],
    parts: parts.map((p, i) => ({ ...p, numeral: ROMAN_NUMERALS[i] ?? String(i + 1) })),
    closing: [],
    signers: [secretarySigner(workspace)],
    recipients: RECIPIENT_LINES,
    aidNote: summaryAidNote(context.siteName),
    findings: paperFindings(workspace.members),
    fileName: paperFileName('tong-hop-sinh-hoat'),
  };
}

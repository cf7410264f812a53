import { fillClosingLine, type DocumentBlock, type DocumentModel, type DocumentSection } from '~/lib/report/model';
import { ROMAN_NUMERALS } from '~/lib/report/layout';
import type { ReportTemplate } from '~/schemas/report-template';
import { countSitting, type AbsentMember, type SittingCounts } from '../counts';
import { MAX_REASON_LENGTH, type Member, type Sitting, type Workspace } from '../types';
import { memberPresents, memberReportIsRead } from '../workspace';
import {
  clean,
  cleanName,
  comrade,
  labelled,
  paperFileName,
  paperFindings,
  paperHeader,
  RECIPIENT_LINES,
  sittingWhen,
  upper,
  type PaperContext,
} from './common';

/**
 * The minutes of one sitting, filled in from the workspace. The wording is the site's minutes template
 * (src/content/templates/bien-ban-sinh-hoat.json): its title, part and section headings, labels, closing
 * lines and signers, so a chi bộ with one sitting gets the same paper as the blank form. The attendance
 * block follows the commonly circulated form (counts.ts cites it). One item per member presenting, and per
 * written report read out, with lines for the opinions: the e-handbook asks to "ghi rõ tên đảng viên phát
 * biểu ý kiến" (facts §7.3). The chair's conclusion per item is the handbook's practice ("Đồng chí chủ trì
 * kết luận nội dung này"), not a rule: printed only when the secretary turns `chairConclusionPerItem` on.
 */

/** The e-handbook's words for the line closing each item (facts §7.3). */
export const CHAIR_CONCLUSION_LABEL = 'Đồng chí chủ trì kết luận nội dung này';
/** For the switch in the workspace: what the line is and is not. */
export const CHAIR_CONCLUSION_NOTE =
  'Sổ tay đảng viên điện tử của một đảng ủy khối cấp tỉnh hướng dẫn ghi biên bản: mỗi nội dung kết thúc bằng “Đồng chí chủ trì kết luận nội dung này”. Đó là cách làm được hướng dẫn, không phải quy định; có coi báo cáo của mỗi đảng viên là một nội dung hay không là do chi bộ quyết định.';
const OPINIONS_LABEL = 'Ý kiến góp ý (ghi rõ tên đảng viên phát biểu)';

/** A section's heading and a field's label as the template words them; a missing id is a broken template (tests guard it). */
function wording(template: ReportTemplate) {
  const sections = template.parts.flatMap((p) => p.sections);
  const section = (id: string) => {
    const found = sections.find((s) => s.id === id);
    if (!found) throw new Error(`minutes template: no section "${id}"`);
    return found;
  };
  const label = (id: string) => {
    const found = sections.flatMap((s) => s.fields).find((f) => f.id === id);
    if (found?.docLabel === undefined) throw new Error(`minutes template: no field "${id}" with a docLabel`);
    return found.docLabel;
  };
  const part = (sectionId: string) =>
    template.parts.find((p) => p.sections.some((s) => s.id === sectionId))?.docTitle ?? '';
  return { section: (id: string) => section(id).docTitle, label, part };
}

const numbered = (sections: Omit<DocumentSection, 'number'>[]): DocumentSection[] =>
  sections.map((s, i) => ({ ...s, number: String(i + 1) }));

const absentLines = (absent: readonly AbsentMember[], withReason: boolean): string[] =>
  absent.map(
    (a) => `- Đồng chí ${cleanName(a.name)}${withReason ? `: ${clean(a.reason, MAX_REASON_LENGTH) || '……'}` : ''}`,
  );

/** The form's attendance block, one line each, in its order. */
function attendanceBlocks(c: SittingCounts): DocumentBlock[] {
  const line = (text: string): DocumentBlock => ({ paragraphs: [[text]] });
  return [
    line(
      `Tổng số đảng viên của chi bộ: ${c.total} đồng chí; trong đó: đảng viên chính thức: ${c.official}, đảng viên dự bị: ${c.probationary}, đảng viên sinh hoạt tạm: ${c.temporaryHere}.`,
    ),
    line(`Số đảng viên được miễn sinh hoạt: ${c.exempt} đồng chí.`),
    line(`Số đảng viên giới thiệu sinh hoạt tạm thời đi nơi khác: ${c.sentElsewhere} đồng chí.`),
    line(`Số đảng viên dự sinh hoạt: ${c.present}/${c.total} đồng chí.`),
    line(`Số đảng viên vắng mặt: ${c.absent} đồng chí.`),
    {
      label: 'Có lý do',
      paragraphs: [
        [
          `${c.absentWithReason.length} đồng chí${c.absentWithReason.length ? ':' : '.'}`,
          ...absentLines(c.absentWithReason, true),
        ],
      ],
    },
    {
      label: 'Không có lý do',
      paragraphs: [
        [
          `${c.absentWithoutReason.length} đồng chí${c.absentWithoutReason.length ? ':' : '.'}`,
          ...absentLines(c.absentWithoutReason, false),
        ],
      ],
    },
  ];
}

/** The members who take their turn at this sitting, in roster order: presenting in person (unless recorded absent), or read out. */
function turnsAt(workspace: Workspace, sittingId: string): { member: Member; written: boolean }[] {
  return workspace.members
    .filter((m) => m.sittingId === sittingId)
    .flatMap((m): { member: Member; written: boolean }[] => {
      if (memberReportIsRead(m)) return [{ member: m, written: true }];
      const absent = m.attendance[sittingId] !== undefined && m.attendance[sittingId]?.status !== 'present';
      return memberPresents(m) && !absent ? [{ member: m, written: false }] : [];
    });
}

function itemSections(workspace: Workspace, sittingId: string): Omit<DocumentSection, 'number'>[] {
  return turnsAt(workspace, sittingId).map(({ member, written }) => ({
    title: written
      ? `Đọc báo cáo bằng văn bản của đồng chí ${cleanName(member.name)}`
      : `Đồng chí ${cleanName(member.name)} trình bày báo cáo tự rà soát`,
    blocks: [
      { label: OPINIONS_LABEL, paragraphs: [], writeIn: 3 },
      ...(workspace.settings.chairConclusionPerItem
        ? [{ label: CHAIR_CONCLUSION_LABEL, paragraphs: [], writeIn: 2 }]
        : []),
    ],
  }));
}

function subject(template: ReportTemplate, workspace: Workspace, sitting: Sitting): string[] {
  const index = workspace.sittings.indexOf(sitting);
  const [, ...lines] = template.documentTitle;
  return workspace.sittings.length > 1
    ? [...lines, `(Buổi ${index + 1}, chi bộ sinh hoạt thành ${workspace.sittings.length} buổi)`]
    : lines;
}

export function buildMinutesPaper(
  workspace: Workspace,
  sittingId: string,
  context: PaperContext,
): DocumentModel | null {
  const sitting = workspace.sittings.find((s) => s.id === sittingId);
  if (!sitting) return null;
  const template = context.minutesTemplate;
  const w = wording(template);
  const clerk = cleanName(sitting.clerk);
  const closingAnswers: Record<string, string> = { thuKyTen: clerk };
  return {
    templateId: 'chi-bo-bien-ban',
    header: paperHeader(workspace, sitting.date),
    title: { type: upper(template.documentTitle[0] ?? ''), subject: subject(template, workspace, sitting) },
    identity: [],
    parts: [
      {
        title: upper(w.part('thoiGianDiaDiem')),
        sections: numbered([
          {
            title: w.section('thoiGianDiaDiem'),
            blocks: [
              labelled(w.label('thoiGian'), sittingWhen(sitting)),
              labelled(w.label('diaDiem'), clean(sitting.place)),
              labelled(w.label('chuTriTen'), comrade(workspace, sitting.chair)),
              labelled(w.label('thuKyTen'), comrade(workspace, sitting.clerk)),
            ],
          },
          {
            title: w.section('thanhPhan'),
            blocks: [...attendanceBlocks(countSitting(workspace, sittingId)), labelled(w.label('daiBieu'), '')],
          },
        ]),
      },
      {
        title: upper(w.part('deDan')),
        sections: numbered([
          { title: w.section('deDan'), blocks: [{ paragraphs: [], writeIn: 3 }] },
          ...itemSections(workspace, sittingId),
          { title: w.section('ketLuan'), blocks: [{ paragraphs: [], writeIn: 4 }] },
        ]),
      },
    ].map((part, i) => ({ ...part, numeral: ROMAN_NUMERALS[i] ?? String(i + 1) })),
    closing: template.closing.map((line) => fillClosingLine(line, (id) => closingAnswers[id] ?? '')),
    signers: template.signers.map((s) => ({
      role: upper(s.role),
      name: s.nameField === 'thuKyTen' ? clerk : s.nameField === 'chuTriTen' ? cleanName(sitting.chair) : '',
    })),
    recipients: RECIPIENT_LINES,
    findings: paperFindings(workspace.members),
    fileName: paperFileName(
      'bien-ban-buoi',
      String(workspace.sittings.indexOf(sitting) + 1),
      /^\d{4}-\d{2}-\d{2}$/.test(sitting.date) ? sitting.date : '',
    ),
  };
}

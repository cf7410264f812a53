import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  buildAttendancePaper,
  buildMinutesPaper,
  buildPlanPaper,
  buildSummaryPaper,
  CHAIR_CONCLUSION_LABEL,
} from '~/lib/chi-bo/papers';
import { applySplit, splitIntoSittings } from '~/lib/chi-bo/split';
import { summarizeSession } from '~/lib/chi-bo/summary';
import type { Workspace } from '~/lib/chi-bo/types';
import { createDocxDocument } from '~/lib/report/docx';
import type { DocumentModel } from '~/lib/report/model';
import { documentPlainText } from '~/lib/report/plain-text';
import { siteConfig } from '~/site.config';
import { attr, byTag, paragraphTexts, readDocx } from './helpers/docx-reader';
import { AWAY_REASON, memberName, sixtyMemberWorkspace, SICK_REASON } from './helpers/chi-bo-workspace';
import { loadTemplate } from './helpers/report-templates';

const context = {
  siteName: siteConfig.siteName,
  campaignName: siteConfig.campaignName,
  minutesTemplate: loadTemplate('bien-ban-sinh-hoat'),
};
const planned = (): Workspace => {
  const ws = sixtyMemberWorkspace();
  return applySplit(ws, splitIntoSittings(ws));
};

async function docxOf(model: DocumentModel) {
  return readDocx(new Uint8Array(await Packer.toBuffer(createDocxDocument(model))));
}

describe('the minutes of sitting 2 of the 60-member chi bộ', () => {
  const ws = planned();
  const model = buildMinutesPaper(ws, 's2', context)!;

  it('has exactly the right counts and names in the .docx, which parses strictly', async () => {
    const text = paragraphTexts((await docxOf(model)).document);
    for (const expected of [
      'CHI BỘ KHU PHỐ 3',
      'Số ……',
      'Phú Thủy, ngày 17 tháng 3 năm 2023',
      'BIÊN BẢN',
      'Buổi sinh hoạt chuyên đề “Giữ trọn lời thề đảng viên”',
      '(Buổi 2, chi bộ sinh hoạt thành 3 buổi)',
      'Thời gian: 8 giờ 00, ngày 17 tháng 3 năm 2023',
      'Địa điểm: Nhà văn hóa khu phố 3',
      `Chủ trì: đồng chí ${memberName(0)}, Bí thư chi bộ`,
      `Thư ký: đồng chí ${memberName(1)}`,
      'Tổng số đảng viên của chi bộ: 60 đồng chí; trong đó: đảng viên chính thức: 55, đảng viên dự bị: 3, đảng viên sinh hoạt tạm: 2.',
      'Số đảng viên được miễn sinh hoạt: 4 đồng chí.',
      'Số đảng viên giới thiệu sinh hoạt tạm thời đi nơi khác: 1 đồng chí.',
      'Số đảng viên dự sinh hoạt: 48/60 đồng chí.',
      'Số đảng viên vắng mặt: 7 đồng chí.',
      'Có lý do: 6 đồng chí:',
      `- Đồng chí ${memberName(39)}: ${SICK_REASON}`,
      `- Đồng chí ${memberName(51)}: ${AWAY_REASON}`,
      'Không có lý do: 1 đồng chí:',
      `- Đồng chí ${memberName(40)}`,
      `Biên bản do đồng chí ${memberName(1)} ghi, đã được đọc lại trước chi bộ. Ý kiến của các đảng viên dự sinh hoạt: …………`,
      'THƯ KÝ',
      'CHỦ TRÌ',
      'Nơi nhận:',
    ])
      expect(text, expected).toContain(expected);
    expect(text.filter((t) => t.startsWith('- Đồng chí '))).toHaveLength(7);
    expect(text.join('\n')).not.toMatch(/trước buổi sinh hoạt/);
  });

  it('has one item per member presenting at sitting 2, each with lines for opinions and the chair’s conclusion', () => {
    const items = model.parts[1]!.sections.slice(1, -1);
    const atTwo = ws.members.filter((m) => m.sittingId === 's2');
    expect(items.map((s) => s.title)).toEqual(atTwo.map((m) => `Đồng chí ${m.name} trình bày báo cáo tự rà soát`));
    expect(items).toHaveLength(18);
    for (const item of items)
      expect(item.blocks.map((b) => [b.label, b.writeIn])).toEqual([
        ['Ý kiến góp ý (ghi rõ tên đảng viên phát biểu)', 3],
        [CHAIR_CONCLUSION_LABEL, 2],
      ]);
    const off = buildMinutesPaper(
      { ...ws, settings: { ...ws.settings, chairConclusionPerItem: false } },
      's2',
      context,
    )!;
    expect(off.parts[1]!.sections[1]!.blocks).toHaveLength(1);
  });

  it('names a written report read out as its own item, and leaves out a member recorded absent', () => {
    const s3 = buildMinutesPaper(ws, 's3', context)!.parts[1]!.sections.map((s) => s.title);
    expect(s3).toContain(`Đọc báo cáo bằng văn bản của đồng chí ${memberName(51)}`);
    expect(s3).not.toContain(`Đọc báo cáo bằng văn bản của đồng chí ${memberName(55)}`);
    const absentAtOwn = {
      ...ws,
      members: ws.members.map((m) =>
        m.id === 'm20' ? { ...m, attendance: { s2: { status: 'absentWithoutReason' as const } } } : m,
      ),
    };
    expect(buildMinutesPaper(absentAtOwn, 's2', context)!.parts[1]!.sections).toHaveLength(19);
  });

  it('keeps every heading with its text (keepNext) in the .docx', async () => {
    const { document } = await docxOf(model);
    const texts = paragraphTexts(document);
    const headings = byTag(document, 'p')
      .map((p, i) => ({ p, text: texts[i] ?? '' }))
      .filter(({ text }) => /^(\d+|[IVX]+)\. /.test(text));
    expect(headings.length).toBeGreaterThan(20);
    for (const { p, text } of headings) expect(byTag(p, 'keepNext'), text).toHaveLength(1);
  });

  it('gives no paper for a sitting that is gone', () => {
    expect(buildMinutesPaper(ws, 'gone', context)).toBeNull();
    expect(buildAttendancePaper(ws, 'gone', context)).toBeNull();
  });
});

describe('the summary for the level above', () => {
  const ws = planned();

  it('adds up over the three sittings and to the roster', () => {
    const s = summarizeSession(ws);
    expect([
      s.presented.length,
      s.writtenRead.length,
      s.writtenNotRead.length,
      s.exempt.length,
      s.sentElsewhere.length,
      s.notPresented.length,
    ]).toEqual([50, 4, 1, 4, 1, 0]);
    expect(s.sittings.reduce((n, one) => n + one.presented.length, 0)).toBe(s.presented.length);
    expect(s.sittings.reduce((n, one) => n + one.read.length, 0)).toBe(s.writtenRead.length);
    expect(
      s.presented.length +
        s.writtenRead.length +
        s.writtenNotRead.length +
        s.exempt.length +
        s.sentElsewhere.length +
        s.notPresented.length,
    ).toBe(60);
    expect(s.sittings.map((one) => [one.presented.length, one.read.length])).toEqual([
      [18, 0],
      [18, 0],
      [14, 4],
    ]);
    expect(Object.values(s.handIn).reduce((a, b) => a + b, 0)).toBe(60);
  });

  it('prints the figures, the absences of each sitting and the note that it is the site’s aid', async () => {
    const model = buildSummaryPaper({ ...ws, summaryNote: 'Các đồng chí lớn tuổi gửi ý kiến qua người nhà.' }, context);
    const text = paragraphTexts((await docxOf(model)).document);
    for (const expected of [
      'BẢN TỔNG HỢP',
      '1. Chi bộ sinh hoạt 3 buổi',
      '48/60',
      '7 (6 có lý do)',
      '14 trình bày, 4 đọc văn bản',
      '50 đồng chí.',
      `- Đồng chí ${memberName(39)}, buổi 2: có lý do (${SICK_REASON}).`,
      `- Đồng chí ${memberName(40)}, buổi 2: không có lý do.`,
      `- Đồng chí ${memberName(51)}, buổi 1, 2, 3: có lý do (${AWAY_REASON}).`,
      'Không đọc tại buổi sinh hoạt: 1 đồng chí: ' + memberName(55) + '.',
      'Các đồng chí lớn tuổi gửi ý kiến qua người nhà.',
      'T/M CHI BỘ',
      'BÍ THƯ',
      memberName(0),
    ])
      expect(text, expected).toContain(expected);
    expect(
      text.some((t) => t.startsWith('Bản tổng hợp này do công cụ dành cho chi bộ trên trang “Giữ trọn lời thề”')),
    ).toBe(true);
    expect(text).toContain(`Đọc tại buổi sinh hoạt: 4 đồng chí: ${[51, 52, 53, 54].map(memberName).join(', ')}.`);
    expect(text.filter((t) => t.startsWith('- Đồng chí '))).toHaveLength(7);
  });
});

describe('the plan and the attendance sheet', () => {
  const ws = planned();

  it('plans who reports at which sitting, and lists who reports at none with the reason', async () => {
    const model = buildPlanPaper(ws, context);
    expect(model.parts.map((p) => p.title)).toEqual([
      'BUỔI 1: 8 GIỜ 00, NGÀY 10/3/2023',
      'BUỔI 2: 8 GIỜ 00, NGÀY 17/3/2023',
      'BUỔI 3: 8 GIỜ 00, NGÀY 24/3/2023',
      'ĐẢNG VIÊN KHÔNG BÁO CÁO TẠI BUỔI NÀO HOẶC CHƯA XẾP BUỔI',
    ]);
    expect(model.parts.slice(0, 3).map((p) => p.sections[1]!.blocks[0]!.table!.rows.length)).toEqual([18, 18, 18]);
    expect(model.parts[3]!.sections[0]!.blocks[0]!.table!.rows.map((r) => r[2])).toEqual([
      'Giới thiệu sinh hoạt tạm thời đi nơi khác',
      'Gửi báo cáo bằng văn bản, không đọc tại buổi sinh hoạt',
      ...Array(4).fill('Được miễn sinh hoạt'),
    ]);
    const { document } = await docxOf(model);
    expect(paragraphTexts(document)).toContain('Theo đề nghị của đồng chí');
    expect(byTag(document, 'tbl')).toHaveLength(2 + 4);
  });

  it('lists every member with a row to sign, the heading row repeated on each page', async () => {
    const model = buildAttendancePaper(ws, 's2', context)!;
    const { document } = await docxOf(model);
    const table = byTag(document, 'tbl')[1]!;
    const rows = byTag(table, 'tr');
    expect(rows).toHaveLength(61);
    expect(byTag(rows[0]!, 'tblHeader')).toHaveLength(1);
    expect(attr(byTag(rows[1]!, 'trHeight')[0], 'hRule')).toBe('atLeast');
    expect(paragraphTexts(rows[0]!)).toEqual(['STT', 'Họ và tên', 'Ghi chú', 'Ký tên']);
    expect(paragraphTexts(rows[60]!)).toEqual(['60', memberName(59), 'Được miễn sinh hoạt', '']);
    expect(paragraphTexts(document)).toContain('DANH SÁCH ĐẢNG VIÊN THAM DỰ SINH HOẠT');
  });
});

describe('the papers as plain text for the Zalo group', () => {
  const ws = planned();

  it('carries the counts, the tables as one line a row, and the lines to write on', () => {
    const minutes = documentPlainText(buildMinutesPaper(ws, 's2', context)!);
    expect(minutes).toContain('Số đảng viên dự sinh hoạt: 48/60 đồng chí.');
    expect(minutes).toContain('Ý kiến góp ý (ghi rõ tên đảng viên phát biểu): ……………………………………');
    expect(minutes).toContain('Nơi nhận:\n- …………\n- …………');
    const sheet = documentPlainText(buildAttendancePaper(ws, 's1', context)!);
    expect(sheet).toContain(`1. ${memberName(0)}\n2. ${memberName(1)}`);
    expect(sheet).toContain(`21. ${memberName(20)} – Dự bị`);
  });
});

describe('bad input on the papers', () => {
  it('prints names typed with bidi, zero-width, control characters and emoji cleaned, tells the secretary, and the .docx still parses', async () => {
    const ws = planned();
    ws.members[0] = { ...ws.members[0]!, name: `Nguy\u200Bễn \u202EVăn\u202C An\u0007 🌸` };
    ws.members[39] = {
      ...ws.members[39]!,
      attendance: {
        s2: { status: 'absentWithReason', reason: `<b>Ốm</b> ${'rất nặng, '.repeat(200)}`.slice(0, 2000) },
      },
    };
    const model = buildMinutesPaper(ws, 's2', context)!;
    expect(model.findings.removedInvisible).toEqual(['họ tên Nguyễn Văn An 🌸']);
    expect(model.findings.emoji).toEqual(['họ tên Nguyễn Văn An 🌸']);
    const text = paragraphTexts((await docxOf(model)).document).join('\n');
    // The test looks for the control character the cleaning removes.
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u200B\u202E\u202C\u0007]/);
    expect(text).toContain('<b>Ốm</b> rất nặng');
    const reasonLine = text.split('\n').find((l) => l.includes('<b>Ốm</b>'))!;
    expect(reasonLine.length).toBeGreaterThan(1900);
  });

  it('draws the attendance sheet of a 1,000-member roster in a .docx that parses', async () => {
    const ws = planned();
    ws.members = Array.from({ length: 1000 }, (_, i) => ({
      ...ws.members[i % 60]!,
      id: `x${i}`,
      name: `${memberName(i % 60)} ${i}`,
    }));
    const { document } = await docxOf(buildAttendancePaper(ws, 's1', context)!);
    expect(byTag(byTag(document, 'tbl')[1]!, 'tr')).toHaveLength(1001);
  });

  it('leaves lines to write on where the workspace has nothing yet', () => {
    const empty = {
      ...planned(),
      sittings: [{ id: 'only', date: '', time: '', place: '', chair: '', clerk: '' }],
      members: [],
    };
    const text = documentPlainText(buildMinutesPaper(empty, 'only', context)!);
    expect(text).toContain('Thời gian: …… giờ ……, ngày …… tháng …… năm ……');
    expect(text).toContain('Địa điểm: ……………………………………');
    expect(text).not.toContain('(Buổi 1');
    expect(text).toContain('Số đảng viên dự sinh hoạt: 0/0 đồng chí.');
  });
});

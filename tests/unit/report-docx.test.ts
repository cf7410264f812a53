import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { createDocxDocument, PAGE_MARGINS_MM } from '~/lib/report/docx';
import { buildDocument, type Answers } from '~/lib/report/model';
import { attr, byTag, paragraphTexts, readDocx, runWithText } from './helpers/docx-reader';
import { loadTemplate } from './helpers/report-templates';

const member = loadTemplate('dang-vien');
const base = {
  dangBo: 'Đảng bộ xã Hòa Thắng', chiBo: 'Chi bộ thôn Một', hoTen: 'Nguyễn Văn An', chucVu: 'Nông dân', diaDanh: 'Hòa Thắng', ngayLap: '2023-03-05',
  trungThanh: 'Tôi hoàn thành việc được giao.', hocTap: 'Dòng một\nDòng hai', nhanDan: 'Đoạn một\n\nĐoạn hai\tcó tab',
  xayDungDang: 'Tôi dự đủ các buổi sinh hoạt.', uuDiem: 'Đúng giờ.', hanChe: 'Còn ngại góp ý.', nguyenNhan: 'Nể nang.', giaiPhap: 'Góp ý thẳng thắn hơn.',
};

async function docxOf(answers: Answers, template = member) {
  const bytes = new Uint8Array(await Packer.toBuffer(createDocxDocument(buildDocument(template, answers))));
  return readDocx(bytes);
}

const mmToTwip = (mm: number) => Math.round((mm / 25.4) * 1440);

describe('document model → .docx', () => {
  it('parses strictly and holds every answer, the header, the title and the signature', async () => {
    const { document } = await docxOf(base);
    const text = paragraphTexts(document);
    for (const expected of [
      'ĐẢNG BỘ XÃ HÒA THẮNG', 'CHI BỘ THÔN MỘT', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hòa Thắng, ngày 05 tháng 3 năm 2023',
      'BÁO CÁO', member.documentTitle[1], 'Họ và tên: Nguyễn Văn An', 'Chức vụ, công việc: Nông dân',
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐẢNG VIÊN THEO ĐIỀU 2 ĐIỀU LỆ ĐẢNG', 'Tôi hoàn thành việc được giao.', 'Dòng một', 'Dòng hai',
      'Đoạn một', 'Đoạn hai\tcó tab', 'Hạn chế, khuyết điểm: Còn ngại góp ý.', 'Nguyên nhân: Nể nang.', 'III. HƯỚNG KHẮC PHỤC',
      'NGƯỜI BÁO CÁO', '(Ký, ghi rõ họ tên)', 'Nguyễn Văn An',
    ]) expect(text, expected).toContain(expected);
  });

  it('uses Times New Roman in all four font slots and a 14 pt body', async () => {
    const { styles } = await docxOf(base);
    const defaults = byTag(styles, 'rPrDefault')[0];
    const fonts = byTag(defaults!, 'rFonts')[0];
    for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(attr(fonts, slot), slot).toBe('Times New Roman');
    expect(attr(byTag(defaults!, 'sz')[0], 'val')).toBe('28');
  });

  it('sets A4 with the named margins and a different first page', async () => {
    const { document } = await docxOf(base);
    const sect = byTag(document, 'sectPr')[0]!;
    const size = byTag(sect, 'pgSz')[0];
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual([String(mmToTwip(210)), String(mmToTwip(297))]);
    const mar = byTag(sect, 'pgMar')[0];
    expect(attr(mar, 'top')).toBe(String(mmToTwip(PAGE_MARGINS_MM.top)));
    expect(attr(mar, 'left')).toBe(String(mmToTwip(PAGE_MARGINS_MM.left)));
    expect(attr(mar, 'right')).toBe(String(mmToTwip(PAGE_MARGINS_MM.right)));
    expect(attr(mar, 'bottom')).toBe(String(mmToTwip(PAGE_MARGINS_MM.bottom)));
    expect(byTag(sect, 'titlePg')).toHaveLength(1);
  });

  it('numbers pages from page 2: the default header has a PAGE field, the first-page header is empty', async () => {
    const { document, headers } = await docxOf(base);
    const refs = byTag(document, 'headerReference').map((h) => attr(h, 'type'));
    expect(refs.sort()).toEqual(['default', 'first']);
    const withPage = headers.filter((h) => byTag(h, 'instrText').some((i) => /PAGE/.test(i.textContent ?? '')));
    expect(withPage).toHaveLength(1);
    expect(headers).toHaveLength(2);
  });

  it('underlines and bolds the Party heading, italicises the place and date, bolds the title', async () => {
    const { document } = await docxOf(base);
    const heading = runWithText(document, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(byTag(heading!, 'b')).toHaveLength(1);
    expect(attr(byTag(heading!, 'u')[0], 'val')).toBe('single');
    expect(byTag(runWithText(document, 'Hòa Thắng, ngày 05 tháng 3 năm 2023')!, 'i')).toHaveLength(1);
    const title = runWithText(document, 'BÁO CÁO');
    expect(byTag(title!, 'b')).toHaveLength(1);
    expect(attr(byTag(title!, 'sz')[0], 'val')).toBe('30');
  });

  describe('bad input gives a correct file', () => {
    const big = loadTemplate('dang-vien');
    // A copy of the template that allows 20,000 characters, to push the writer to its limit.
    const roomy = { ...big, parts: big.parts.map((p) => ({ ...p, sections: p.sections.map((s) => ({ ...s, fields: s.fields.map((f) => ({ ...f, maxLength: 20000 })) })) })) };

    it('a 20,000-character answer', async () => {
      const long = 'Đảng viên '.repeat(2000);
      const { document } = await docxOf({ ...base, uuDiem: long }, roomy);
      expect(paragraphTexts(document)).toContain(long.trim());
    });

    it('control characters (vertical tab, form feed, NUL, U+FFFE) are removed', async () => {
      const { document } = await docxOf({ ...base, uuDiem: 'a\u000Bb\u000Cc\u0000d\uFFFEe' });
      expect(paragraphTexts(document)).toContain('abcde');
    });

    it('<script>, ]]>, & and quotes stay as text', async () => {
      const s = '<script>alert("x")</script> ]]> & \'a\' "b" &amp; <w:t>';
      const { document, files } = await docxOf({ ...base, uuDiem: s });
      expect(paragraphTexts(document)).toContain(s);
      expect(new TextDecoder().decode(files['word/document.xml'])).not.toContain('<script>');
    });

    it('emoji, astral characters and right-to-left marks survive', async () => {
      const s = 'Vui 😀 𠀀 \u200Fמ\u200E ok';
      const { document } = await docxOf({ ...base, uuDiem: s, hanChe: 'x\uD800y' });
      const text = paragraphTexts(document);
      expect(text).toContain(s);
      expect(text).toContain('Hạn chế, khuyết điểm: xy');
    });

    it('NFD text comes out NFC', async () => {
      const { document } = await docxOf({ ...base, hoTen: 'Nguyễn Thị Hồng'.normalize('NFD') });
      expect(paragraphTexts(document)).toContain('Họ và tên: Nguyễn Thị Hồng');
    });
  });
});

import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { createDocxDocument, DOCUMENT_CREATOR } from '~/lib/report/docx';
import { PAGE_MARGINS_MM } from '~/lib/report/layout';
import { buildDocument, type Answers } from '~/lib/report/model';
import { attr, byTag, paragraphTexts, readDocx, runWithText } from './helpers/docx-reader';
import { loadTemplate } from './helpers/report-templates';

const member = loadTemplate('dang-vien');
const base = {
  dangBo: 'Đảng bộ xã Hòa Thắng',
  chiBo: 'Chi bộ thôn Một',
  hoTen: 'Nguyễn Văn An',
  chucVu: 'Nông dân',
  diaDanh: 'Hòa Thắng',
  ngayLap: '2023-03-05',
  ketNap: 'Ngày 19/5/1990, chi bộ thôn Một.',
  hanhTrinh: 'Mười năm làm trưởng thôn.',
  trungThanh: 'Tôi hoàn thành việc được giao.',
  trungThanhChuaDat: 'Còn chậm báo cáo.',
  hocTap: 'Dòng một\nDòng hai',
  nhanDan: 'Đoạn một\n\nĐoạn hai\tcó tab',
  xayDungDang: 'Tôi dự đủ các buổi sinh hoạt.',
  tuHua: 'Góp ý thẳng thắn hơn.',
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
      'ĐẢNG BỘ XÃ HÒA THẮNG',
      'CHI BỘ THÔN MỘT',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hòa Thắng, ngày 05 tháng 3 năm 2023',
      'BÁO CÁO',
      member.documentTitle[1],
      'Họ và tên: Nguyễn Văn An',
      'Chức vụ, công việc: Nông dân',
      'I. TỪ KHI ĐƯỢC KẾT NẠP VÀO ĐẢNG ĐẾN NAY',
      'Ngày 19/5/1990, chi bộ thôn Một.',
      'Mười năm làm trưởng thôn.',
      'II. GIỮ LỜI THỀ TRONG BỐN NHIỆM VỤ CỦA ĐẢNG VIÊN THEO ĐIỀU 2 ĐIỀU LỆ ĐẢNG',
      'Đã làm được: Tôi hoàn thành việc được giao.',
      'Chưa làm được và sẽ thay đổi: Còn chậm báo cáo.',
      'Đã làm được: Dòng một',
      'Dòng hai',
      'Đã làm được: Đoạn một',
      'Đoạn hai\tcó tab',
      'III. VIỆC SẼ LÀM ĐỂ GIỮ TRỌN LỜI THỀ',
      'Góp ý thẳng thắn hơn.',
      'NGƯỜI BÁO CÁO',
      '(Ký, ghi rõ họ tên)',
      'Nguyễn Văn An',
    ])
      expect(text, expected).toContain(expected);
  });

  it('uses Times New Roman in all four font slots and a 14 pt body', async () => {
    const { styles } = await docxOf(base);
    const defaults = byTag(styles, 'rPrDefault')[0];
    const fonts = byTag(defaults!, 'rFonts')[0];
    for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(attr(fonts, slot), slot).toBe('Times New Roman');
    expect(attr(byTag(defaults!, 'sz')[0], 'val')).toBe('28');
  });

  it('spaces lines at 1.15 lines, said as a proportion (LibreOffice reads a bare 276 as an exact 13.8 pt)', async () => {
    const { styles } = await docxOf(base);
    const spacing = byTag(byTag(styles, 'pPrDefault')[0]!, 'spacing')[0];
    expect([attr(spacing, 'line'), attr(spacing, 'lineRule')]).toEqual(['276', 'auto']);
  });

  it('declares Vietnamese (w:lang vi-VN) for every run', async () => {
    const { styles } = await docxOf(base);
    const lang = byTag(byTag(styles, 'rPrDefault')[0]!, 'lang')[0];
    expect(attr(lang, 'val')).toBe('vi-VN');
  });

  it('has a title, names the tool (never "Un-named", never the member) as author', async () => {
    const { files } = await docxOf(base);
    const core = new TextDecoder().decode(files['docProps/core.xml']);
    expect(core).toContain(`<dc:title>BÁO CÁO ${member.documentTitle[1]}</dc:title>`);
    expect(core).toContain(`<dc:creator>${DOCUMENT_CREATOR}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${DOCUMENT_CREATOR}</cp:lastModifiedBy>`);
    expect(core).not.toMatch(/Un-named|Nguyễn Văn An/);
  });

  it('keeps every heading with what follows it', async () => {
    const { document } = await docxOf(base);
    // paragraphTexts lists the paragraphs in document order, as byTag does.
    const texts = paragraphTexts(document);
    const paragraphs = byTag(document, 'p');
    for (const heading of ['I. TỪ KHI ĐƯỢC KẾT NẠP VÀO ĐẢNG ĐẾN NAY', '1. Ngày vào Đảng và lời tuyên thệ', 'BÁO CÁO']) {
      expect(byTag(paragraphs[texts.indexOf(heading)]!, 'keepNext'), heading).toHaveLength(1);
    }
  });

  it('signs the programme for the chi bộ (T/M CHI BỘ, the post, the name) and closes the minutes before both signatures', async () => {
    const programme = loadTemplate('chuong-trinh-sinh-hoat');
    const p = paragraphTexts(
      (
        await docxOf(
          { dangBo: 'Đảng bộ xã A', chiBo: 'Chi bộ B', diaDanh: 'A', nguoiKyTen: 'Trần Văn Hùng' },
          programme,
        )
      ).document,
    );
    expect(p.slice(-6)).toEqual(['', 'T/M CHI BỘ', 'BÍ THƯ', '', '', '', 'Trần Văn Hùng'].slice(-6));
    const record = loadTemplate('bien-ban-sinh-hoat');
    const r = paragraphTexts(
      (await docxOf({ thuKyTen: 'Lê Thị Ký', chuTriTen: 'Trần Văn Hùng', ketThuc: '11 giờ' }, record)).document,
    );
    const closing = r.indexOf('Buổi sinh hoạt kết thúc lúc 11 giờ.');
    expect(closing).toBeGreaterThan(0);
    expect(r.indexOf('THƯ KÝ')).toBeGreaterThan(closing);
    expect(r.indexOf('CHỦ TRÌ')).toBeGreaterThan(r.indexOf('THƯ KÝ'));
    expect(r.slice(-1)).toEqual(['Trần Văn Hùng']);
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
    const roomy = {
      ...big,
      parts: big.parts.map((p) => ({
        ...p,
        sections: p.sections.map((s) => ({ ...s, fields: s.fields.map((f) => ({ ...f, maxLength: 20000 })) })),
      })),
    };

    it('a 20,000-character answer', async () => {
      const long = 'Đảng viên '.repeat(2000);
      const { document } = await docxOf({ ...base, hanhTrinh: long }, roomy);
      expect(paragraphTexts(document)).toContain(long.trim());
    });

    it('control characters (vertical tab, form feed, NUL, U+FFFE) are removed', async () => {
      const { document } = await docxOf({ ...base, hanhTrinh: 'a\u000Bb\u000Cc\u0000d\uFFFEe' });
      expect(paragraphTexts(document)).toContain('abcde');
    });

    it('<script>, ]]>, & and quotes stay as text', async () => {
      const s = '<script>alert("x")</script> ]]> & \'a\' "b" &amp; <w:t>';
      const { document, files } = await docxOf({ ...base, hanhTrinh: s });
      expect(paragraphTexts(document)).toContain(s);
      expect(new TextDecoder().decode(files['word/document.xml'])).not.toContain('<script>');
    });

    it('emoji and astral characters survive; direction marks and lone surrogates do not', async () => {
      const s = 'Vui 😀 𠀀 \u200Fמ\u200E ok';
      const { document } = await docxOf({ ...base, hanhTrinh: s, trungThanhChuaDat: 'x\uD800y' });
      const text = paragraphTexts(document);
      expect(text).toContain('Vui 😀 𠀀 מ ok');
      expect(text).toContain('Chưa làm được và sẽ thay đổi: xy');
    });

    it('NFD text comes out NFC', async () => {
      const { document } = await docxOf({ ...base, hoTen: 'Nguyễn Thị Hồng'.normalize('NFD') });
      expect(paragraphTexts(document)).toContain('Họ và tên: Nguyễn Thị Hồng');
    });
  });
});

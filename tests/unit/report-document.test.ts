import { describe, expect, it } from 'vitest';
import { buildDocument, documentText, formatPartyDate } from '~/lib/report/model';
import { sanitizeText } from '~/lib/report/sanitize';
import { loadTemplate } from './helpers/report-templates';

const member = loadTemplate('dang-vien');
const header = { dangBo: 'Đảng bộ xã Hòa Thắng', chiBo: 'Chi bộ thôn Một', hoTen: 'Nguyễn Văn An', chucVu: '', diaDanh: 'Hòa Thắng', ngayLap: '2023-03-05' };
const answers = {
  ...header,
  trungThanh: 'Tôi hoàn thành việc được giao.',
  hocTap: 'Tôi đọc báo mỗi ngày.\nTôi học thêm tin học.',
  nhanDan: 'Tôi tham gia tổ hòa giải.\n\nTôi giúp hàng xóm sửa nhà.',
  xayDungDang: 'Tôi dự đủ các buổi sinh hoạt.',
  uuDiem: 'Đúng giờ.',
  hanChe: 'Còn ngại góp ý.',
  nguyenNhan: 'Nể nang.',
  giaiPhap: 'Góp ý thẳng thắn hơn.',
};

describe('buildDocument', () => {
  const model = buildDocument(member, answers);

  it('puts the đảng bộ and chi bộ in capitals at left and the Party heading with place and date at right', () => {
    expect(model.header).toEqual({
      parentBody: 'ĐẢNG BỘ XÃ HÒA THẮNG',
      body: 'CHI BỘ THÔN MỘT',
      heading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      placeDate: 'Hòa Thắng, ngày 05 tháng 3 năm 2023',
    });
  });

  it('prints the title lines, the member’s name, and leaves out an empty optional post', () => {
    expect(model.title).toEqual({ type: 'BÁO CÁO', subject: [member.documentTitle[1]] });
    expect(model.identity).toEqual([{ label: 'Họ và tên', value: 'Nguyễn Văn An' }]);
  });

  it('numbers parts I, II, III and sections 1, 2, … inside each part', () => {
    expect(model.parts.map((p) => p.numeral)).toEqual(['I', 'II', 'III']);
    expect(model.parts[0]?.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4']);
    expect(model.parts[0]?.title).toBe('KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐẢNG VIÊN THEO ĐIỀU 2 ĐIỀU LỆ ĐẢNG');
  });

  it('splits answers into paragraphs at blank lines and keeps single line breaks', () => {
    const hocTap = model.parts[0]?.sections[1]?.blocks[0];
    expect(hocTap?.paragraphs).toEqual([['Tôi đọc báo mỗi ngày.', 'Tôi học thêm tin học.']]);
    expect(model.parts[0]?.sections[2]?.blocks[0]?.paragraphs).toEqual([['Tôi tham gia tổ hòa giải.'], ['Tôi giúp hàng xóm sửa nhà.']]);
  });

  it('labels answers that carry a document label (hạn chế / nguyên nhân)', () => {
    expect(model.parts[1]?.sections[1]?.blocks.map((b) => b.label)).toEqual(['Hạn chế, khuyết điểm', 'Nguyên nhân']);
  });

  it('signs as the template says, with the member’s name', () => {
    expect(model.signers).toEqual([{ role: 'NGƯỜI BÁO CÁO', note: '(Ký, ghi rõ họ tên)', name: 'Nguyễn Văn An' }]);
  });

  it('closes up the numbering when an optional section is left empty', () => {
    const programme = loadTemplate('chuong-trinh-sinh-hoat');
    const m = buildDocument(programme, {
      dangBo: 'Đảng bộ xã A', chiBo: 'Chi bộ B', diaDanh: 'A', thoiGian: '8 giờ', diaDiem: 'Hội trường', chuTri: 'Ông C', thuKy: 'Bà D',
      thanhPhan: 'Toàn thể đảng viên', deDan: 'Bí thư quán triệt.', hoatDongKem: '   ', trinhBay: 'Lần lượt.', thaoLuan: 'Sau mỗi báo cáo.', ketLuan: 'Chủ trì kết luận.',
    });
    expect(m.parts[1]?.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Mở đầu, quán triệt và đề dẫn',
      '2. Đảng viên trình bày báo cáo tự rà soát',
      '3. Thảo luận, góp ý',
      '4. Kết luận, bế mạc',
    ]);
    expect(m.signers).toEqual([{ role: 'NGƯỜI LẬP', note: '(Ký, ghi rõ họ tên)', name: '' }]);
  });

  it('gives the session record two signers, secretary left and chair right, named from the answers', () => {
    const record = loadTemplate('bien-ban-sinh-hoat');
    const m = buildDocument(record, { chuTri: 'Trần Văn Chủ', thuKy: 'Lê Thị Ký' });
    expect(m.signers.map((s) => `${s.role}:${s.name}`)).toEqual(['THƯ KÝ:Lê Thị Ký', 'CHỦ TRÌ:Trần Văn Chủ']);
  });

  it('treats values that are not strings (a tampered draft) as empty instead of failing', () => {
    const m = buildDocument(member, { ...answers, uuDiem: 42, hanChe: { x: 1 } });
    expect(documentText(m)).not.toContain('42');
    expect(m.parts[1]?.sections[0]?.title).toBe('Hạn chế, khuyết điểm và nguyên nhân');
  });
});

describe('formatPartyDate', () => {
  it('pads the day, and months 1 and 2, as in the sourced examples', () => {
    expect(formatPartyDate('2018-04-03')).toBe('ngày 03 tháng 4 năm 2018');
    expect(formatPartyDate('2018-02-20')).toBe('ngày 20 tháng 02 năm 2018');
    expect(formatPartyDate('2023-12-25')).toBe('ngày 25 tháng 12 năm 2023');
  });
  it('leaves blanks to fill by hand when there is no valid date', () => {
    expect(formatPartyDate('')).toBe('ngày …… tháng …… năm ……');
    expect(formatPartyDate('2023-13-01')).toBe('ngày …… tháng …… năm ……');
  });
});

describe('sanitizeText: bad input never breaks the document', () => {
  it('removes vertical tab, form feed, NUL, U+FFFE/U+FFFF and other controls but keeps tabs', () => {
    expect(sanitizeText('a\u000Bb\u000Cc\u0000d\uFFFEe\uFFFFf\u0001g\u0085h\tk', 100)).toBe('abcdefg\nh\tk');
  });

  it('normalises Windows and old Mac line breaks and Unicode separators', () => {
    expect(sanitizeText('một\r\nhai\rba\u2028bốn\u2029năm', 100)).toBe('một\nhai\nba\nbốn\nnăm');
  });

  it('turns NFD (decomposed) Vietnamese into NFC', () => {
    const nfd = 'Đảng viên giữ trọn lời thề'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(sanitizeText(nfd, 100)).toBe('Đảng viên giữ trọn lời thề');
  });

  it('keeps markup-like text, ]]>, ampersands and quotes as plain text', () => {
    const s = '<script>alert("x")</script> ]]> & \'a\' "b" &amp;';
    expect(sanitizeText(s, 100)).toBe(s);
  });

  it('keeps emoji and other astral characters, drops lone surrogates, never splits a pair when cutting', () => {
    expect(sanitizeText('Vui 😀 𠀀 ok', 100)).toBe('Vui 😀 𠀀 ok');
    expect(sanitizeText('a\uD800b\uDC00c', 100)).toBe('abc');
    expect(sanitizeText('ab😀', 3)).toBe('ab');
  });

  it('keeps right-to-left and left-to-right marks (legal XML) as typed', () => {
    expect(sanitizeText('abc\u200F\u200E\u202Edef', 100)).toBe('abc\u200F\u200E\u202Edef');
  });

  it('enforces the max length on a 20,000-character answer', () => {
    const long = 'x'.repeat(20000);
    expect(sanitizeText(long, 6000)).toHaveLength(6000);
    expect(sanitizeText(long, 20000)).toHaveLength(20000);
  });

  it('applies the field’s max length inside buildDocument', () => {
    const m = buildDocument(member, { ...answers, uuDiem: 'y'.repeat(20000) });
    expect(m.parts[1]?.sections[0]?.blocks[0]?.paragraphs[0]?.[0]).toHaveLength(member.parts[1]!.sections[0]!.fields[0]!.maxLength);
  });
});

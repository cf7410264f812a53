import { describe, expect, it } from 'vitest';
import { buildDocument, formatPartyDate } from '~/lib/report/model';
import { documentPlainText } from '~/lib/report/plain-text';
import { inspectText, sanitizeText } from '~/lib/report/sanitize';
import { loadTemplate } from './helpers/report-templates';

const member = loadTemplate('dang-vien');
const header = {
  dangBo: 'Đảng bộ xã Hòa Thắng',
  chiBo: 'Chi bộ thôn Một',
  hoTen: 'Nguyễn Văn An',
  chucVu: '',
  diaDanh: 'Hòa Thắng',
  ngayLap: '2023-03-05',
};
const answers = {
  ...header,
  ketNap: 'Tôi vào Đảng ngày 19/5/1990 ở chi bộ thôn Một.',
  hanhTrinh: 'Tôi đã làm trưởng thôn mười năm.',
  trungThanh: 'Tôi hoàn thành việc được giao.',
  trungThanhChuaDat: 'Còn chậm báo cáo.',
  hocTap: 'Tôi đọc báo mỗi ngày.\nTôi học thêm tin học.',
  nhanDan: 'Tôi tham gia tổ hòa giải.\n\nTôi giúp hàng xóm sửa nhà.',
  xayDungDang: 'Tôi dự đủ các buổi sinh hoạt.',
  tuHua: 'Góp ý thẳng thắn hơn.',
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
    expect(model.parts[0]?.title).toBe('TỪ KHI ĐƯỢC KẾT NẠP VÀO ĐẢNG ĐẾN NAY');
    expect(model.parts[1]?.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4']);
    expect(model.parts[1]?.title).toBe('GIỮ LỜI THỀ TRONG BỐN NHIỆM VỤ CỦA ĐẢNG VIÊN THEO ĐIỀU 2 ĐIỀU LỆ ĐẢNG');
  });

  it('splits answers into paragraphs at blank lines and keeps single line breaks', () => {
    const hocTap = model.parts[1]?.sections[1]?.blocks[0];
    expect(hocTap?.paragraphs).toEqual([['Tôi đọc báo mỗi ngày.', 'Tôi học thêm tin học.']]);
    expect(model.parts[1]?.sections[2]?.blocks[0]?.paragraphs).toEqual([
      ['Tôi tham gia tổ hòa giải.'],
      ['Tôi giúp hàng xóm sửa nhà.'],
    ]);
  });

  it('asks what was done and what is still to change inside each duty, labelled in the document', () => {
    expect(model.parts[1]?.sections[0]?.blocks.map((b) => b.label)).toEqual([
      'Đã làm được',
      'Chưa làm được và sẽ thay đổi',
    ]);
    // Left empty, the optional half is left out.
    expect(model.parts[1]?.sections[1]?.blocks.map((b) => b.label)).toEqual(['Đã làm được']);
  });

  it('signs as the template says, with the member’s name', () => {
    expect(model.signers).toEqual([{ role: 'NGƯỜI BÁO CÁO', note: '(Ký, ghi rõ họ tên)', name: 'Nguyễn Văn An' }]);
    expect(model.closing).toEqual([]);
  });

  it('closes up the numbering when an optional section is left empty', () => {
    const programme = loadTemplate('chuong-trinh-sinh-hoat');
    const m = buildDocument(programme, {
      dangBo: 'Đảng bộ xã A',
      chiBo: 'Chi bộ B',
      diaDanh: 'A',
      thoiGian: '8 giờ',
      diaDiem: 'Hội trường',
      chuTri: 'Ông C',
      thuKy: 'Bà D',
      thanhPhan: 'Toàn thể đảng viên',
      deDan: 'Bí thư quán triệt.',
      hoatDongKem: '   ',
      trinhBay: 'Lần lượt.',
      thaoLuan: 'Sau mỗi báo cáo.',
      ketLuan: 'Chủ trì kết luận.',
      nguoiKyTen: 'Trần Văn Hùng',
      nguoiKyChucVu: 'Phó Bí thư',
    });
    expect(m.parts[1]?.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Mở đầu, quán triệt và đề dẫn',
      '2. Đảng viên trình bày báo cáo tự rà soát',
      '3. Thảo luận, góp ý',
      '4. Kết luận, bế mạc',
    ]);
    // Signed for the chi bộ, by post, with the name alone under the signature; the signer's answers are not in the body.
    expect(m.parts.map((p) => p.title)).toEqual(['THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN', 'NỘI DUNG VÀ TRÌNH TỰ']);
    expect(m.signers).toEqual([{ onBehalfOf: 'T/M CHI BỘ', role: 'PHÓ BÍ THƯ', name: 'Trần Văn Hùng' }]);
    expect(m.header.placeDate).toBe('A, ngày …… tháng …… năm ……');
    expect(buildDocument(programme, {}).signers[0]?.role, 'no post given: the default').toBe('BÍ THƯ');
  });

  it('gives the session record two signers, secretary left and chair right, named (never titled) from the answers', () => {
    const record = loadTemplate('bien-ban-sinh-hoat');
    const m = buildDocument(record, {
      chuTriTen: 'Trần Văn Hùng',
      chuTriChucVu: 'Bí thư chi bộ',
      thuKyTen: 'Lê Thị Ký',
    });
    expect(m.signers.map((s) => `${s.role}:${s.name}`)).toEqual(['THƯ KÝ:Lê Thị Ký', 'CHỦ TRÌ:Trần Văn Hùng']);
    const firstBlocks = m.parts[0]?.sections[0]?.blocks.map((b) => `${b.label}: ${b.paragraphs[0]?.[0]}`);
    expect(firstBlocks).toEqual([
      'Chủ trì: Trần Văn Hùng',
      'Chức vụ của người chủ trì: Bí thư chi bộ',
      'Thư ký: Lê Thị Ký',
    ]);
  });

  it('closes the minutes with when the session ended and who kept the minutes, leaving blanks to fill by hand', () => {
    const record = loadTemplate('bien-ban-sinh-hoat');
    expect(
      buildDocument(record, {
        thuKyTen: 'Lê Thị Ký',
        ketThuc: '11 giờ 00 cùng ngày',
        yKienBienBan: 'nhất trí với nội dung biên bản.',
      }).closing,
    ).toEqual([
      'Buổi sinh hoạt kết thúc lúc 11 giờ 00 cùng ngày.',
      'Biên bản do đồng chí Lê Thị Ký ghi, đã được đọc lại trước chi bộ. Ý kiến của các đảng viên dự sinh hoạt: nhất trí với nội dung biên bản.',
    ]);
    expect(buildDocument(record, {}).closing[0]).toBe('Buổi sinh hoạt kết thúc lúc …………');
    expect(documentPlainText(buildDocument(record, { ketThuc: '11 giờ' }))).toContain('kết thúc lúc 11 giờ.');
  });

  it('treats values that are not strings (a tampered draft) as empty instead of failing', () => {
    const m = buildDocument(member, { ...answers, hanhTrinh: 42, trungThanhChuaDat: { x: 1 } });
    expect(documentPlainText(m)).not.toContain('42');
    expect(m.parts[0]?.sections.map((s) => s.title)).toEqual(['Ngày vào Đảng và lời tuyên thệ']);
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

  it('removes direction controls (a name can be made to display reversed) and zero-width characters', () => {
    const forged = 'Nguy\u202Eễn Văn An';
    expect(sanitizeText(forged, 100)).toBe('Nguyễn Văn An');
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
    ]) {
      expect(sanitizeText(`a${c}b`, 100), c.codePointAt(0)!.toString(16)).toBe('ab');
    }
    for (const c of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']) {
      expect(sanitizeText(`Đảng${c}viên`, 100), c.codePointAt(0)!.toString(16)).toBe('Đảngviên');
    }
    expect(inspectText(forged)).toEqual({ removedInvisible: true, hasEmoji: false });
    expect(inspectText('Nguyễn Văn An')).toEqual({ removedInvisible: false, hasEmoji: false });
  });

  it('keeps emoji, joined emoji and flags whole, and says they may not print; © and ™ are not emoji', () => {
    for (const e of ['😀', '👨\u200D👩\u200D👧', '🇻🇳', '❤\uFE0F']) {
      expect(sanitizeText(`Vui ${e}*`, 100)).toBe(`Vui ${e}*`);
      expect(inspectText(e).hasEmoji, e).toBe(true);
    }
    expect(inspectText('© 2023 ™').hasEmoji).toBe(false);
  });

  it('reports, by question, the answers that were cleaned or have emoji', () => {
    const m = buildDocument(member, { ...answers, hoTen: 'Nguy\u202Eễn Văn An', tuHua: 'Cố lên 🇻🇳' });
    expect(m.identity[0]?.value).toBe('Nguyễn Văn An');
    expect(m.findings.removedInvisible).toEqual(['Họ và tên của đồng chí']);
    expect(m.findings.emoji).toEqual([member.parts[2]!.sections[0]!.fields[0]!.label]);
    expect(buildDocument(member, answers).findings).toEqual({ removedInvisible: [], emoji: [] });
  });

  it('enforces the max length on a 20,000-character answer', () => {
    const long = 'x'.repeat(20000);
    expect(sanitizeText(long, 6000)).toHaveLength(6000);
    expect(sanitizeText(long, 20000)).toHaveLength(20000);
  });

  it('applies the field’s max length inside buildDocument', () => {
    const m = buildDocument(member, { ...answers, hanhTrinh: 'y'.repeat(20000) });
    expect(m.parts[0]?.sections[1]?.blocks[0]?.paragraphs[0]?.[0]).toHaveLength(
      member.parts[0]!.sections[1]!.fields[0]!.maxLength,
    );
  });
});

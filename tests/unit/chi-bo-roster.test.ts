import { describe, expect, it } from 'vitest';
import { nameFromLine, parseRosterPaste } from '~/lib/chi-bo/roster-paste';
import { MAX_NAME_LENGTH, MAX_NAMES_PER_PASTE } from '~/lib/chi-bo/types';
import { createMember, duplicateNameKeys, nameKey } from '~/lib/chi-bo/workspace';

const names = (text: string, existing: string[] = []) =>
  parseRosterPaste(
    text,
    existing.map((n, i) => createMember(n, String(i))),
  ).names.map((n) => n.name);

describe('pasting a roster', () => {
  it('drops numbers, dashes, bullets and "đ/c" from a Zalo message', () => {
    const zalo =
      '1. Nguyễn Văn An\n2) Trần Thị Bình\n01 - Lê Văn Cường\n(4) Phạm Thị Dung\n- Hoàng Văn Em\n• Đỗ Thị Gấm\n* Đ/c Vũ Văn Hải\n+ đồng chí Bùi Thị Lan.';
    expect(names(zalo)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Phạm Thị Dung',
      'Hoàng Văn Em',
      'Đỗ Thị Gấm',
      'Vũ Văn Hải',
      'Bùi Thị Lan',
    ]);
  });

  it('takes the name column of an Excel copy and skips its heading row and extra columns', () => {
    const excel =
      'STT\tHọ và tên\tNgày sinh\tGhi chú\r\n1\tNguyễn Văn An\t12/3/1950\tMiễn\r\n2\tTrần Thị Bình\t01/01/1980\t\r\n';
    expect(names(excel)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('skips empty lines, trims, folds runs of spaces and normalises to NFC', () => {
    const nfd = 'Nguyễn Văn An'.normalize('NFD');
    const result = names(`\n\n   ${nfd}   \n\n\n  Trần   Thị  Bình \n \n`);
    expect(result).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(result[0]).toBe(result[0]?.normalize('NFC'));
  });

  it('removes bidi controls, zero-width characters, control characters, HTML tags and emoji, and says so for emoji', () => {
    const text =
      'Nguy\u200Bễn Văn \u202EAn\u202C\n<b>Trần</b> Thị <script>x</script>Bình\nLê\u0007 Văn Cường 🌸👍\n🌸🌸\n';
    const result = parseRosterPaste(text, []);
    expect(result.names.map((n) => n.name)).toEqual(['Nguyễn Văn An', 'Trần Thị x Bình', 'Lê Văn Cường']);
    expect(result.messages.join(' ')).toMatch(/biểu tượng cảm xúc \(emoji\) ở 1 dòng/);
  });

  it('flags duplicates, in the paste and against the roster, after folding case and spaces, without merging', () => {
    const result = parseRosterPaste('Nguyễn Văn An\nnguyễn  văn AN\nTrần Thị Bình\nLê Văn Cường', [
      createMember('LÊ VĂN CƯỜNG', 'x'),
    ]);
    expect(result.names.map((n) => [n.name, n.duplicate])).toEqual([
      ['Nguyễn Văn An', true],
      ['nguyễn văn AN', true],
      ['Trần Thị Bình', false],
      ['Lê Văn Cường', true],
    ]);
    expect(result.messages.join(' ')).toMatch(/tên trùng nhau: Nguyễn Văn An, nguyễn văn AN, Lê Văn Cường/);
    expect(nameKey(' Nguyễn  VĂN An ')).toBe('nguyễn văn an');
    expect([...duplicateNameKeys([{ name: 'A B' }, { name: 'a  b' }, { name: 'C' }])]).toEqual(['a b']);
  });

  it('takes 1,000 names at once, and leaves the rest in the box with a message, losing none', () => {
    const many = Array.from({ length: 1200 }, (_, i) => `${i + 1}. Đảng viên số ${i + 1}`).join('\n');
    const result = parseRosterPaste(many, []);
    expect(result.names).toHaveLength(MAX_NAMES_PER_PASTE);
    expect(result.names[999]?.name).toBe('Đảng viên số 1000');
    expect(result.remainingText.split('\n')).toHaveLength(200);
    expect(result.remainingText.startsWith('1001. Đảng viên số 1001')).toBe(true);
    expect(result.messages[0]).toMatch(/Mỗi lần chỉ thêm được 1\.000 tên/);
    const again = parseRosterPaste(
      result.remainingText,
      result.names.map((n, i) => createMember(n.name, String(i))),
    );
    expect(again.names).toHaveLength(200);
    expect(again.remainingText).toBe('');
  });

  it('caps a very long name with a message', () => {
    const long = `Nguyễn ${'Văn '.repeat(100)}An`;
    const result = parseRosterPaste(long, []);
    expect(result.names[0]?.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(result.names[0]?.cut).toBe(true);
    expect(result.messages.join(' ')).toMatch(/dài quá 120 ký tự/);
  });

  it('says so when nothing in the box is a name', () => {
    expect(parseRosterPaste('\n 1. \n---\n', []).messages).toEqual([
      'Chưa thấy tên nào trong ô. Hãy dán hoặc gõ mỗi dòng một họ tên.',
    ]);
    expect(nameFromLine('12')).toBeNull();
  });
});

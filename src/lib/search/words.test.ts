import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchWordsSchema } from '../../schemas/search-words';
import { prepareQuery } from './normalize';
import { sameWord, synonymsIn, understandQuery } from './words';

const understood = (q: string) => understandQuery(prepareQuery(q)).words.join(' ');

describe('src/data/search-words.json', () => {
  it('passes its schema', () => {
    const parsed = searchWordsSchema.safeParse(JSON.parse(readFileSync('src/data/search-words.json', 'utf8')));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('the schema names a malformed entry', () => {
    const bad = searchWordsSchema.safeParse({
      groups: [['về hưu']],
      questionWords: ['ko'],
      shorthand: { 'd v': 'đảng viên' },
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['groups.0', 'shorthand.d v']),
    );
    const twice = searchWordsSchema.safeParse({
      groups: [['về hưu', 'Về hưu']],
      questionWords: ['ko', 'ko'],
      shorthand: {},
    });
    expect(twice.error?.issues.map((i) => i.path.join('.'))).toEqual(['groups.0', 'questionWords']);
    const nfd = searchWordsSchema.safeParse({
      groups: [['về hưu'.normalize('NFD'), 'hưu trí']],
      questionWords: ['ko'],
      shorthand: {},
    });
    expect(nfd.error?.issues[0]?.message).toMatch(/NFC/);
  });
});

describe('sameWord', () => {
  it('matches a word typed without marks to every accented form, and a marked word only to its form', () => {
    expect(sameWord('khong', 'không')).toBe(true);
    expect(sameWord('không', 'không')).toBe(true);
    expect(sameWord('cỏ', 'có')).toBe(false);
    expect(sameWord(prepareQuery('được'), 'được')).toBe(true);
  });
});

describe('understandQuery: question words', () => {
  it('leaves out the words that carry the question, accented or not', () => {
    // “già rồi” is a phrase of a synonym group, so it stays whole.
    expect(understood('toi gia roi co phai viet bao cao ko')).toBe('gia roi viet bao cao');
    expect(understood('Tôi già yếu có phải viết báo cáo không')).toBe('già yếu viết báo cáo');
    expect(understood('về hưu rồi thì viết gì')).toBe('về hưu viết');
    expect(understood('chi bộ đông quá một buổi không kịp thì sao')).toBe(prepareQuery('chi bộ đông buổi không kịp'));
    expect(understood('bi thu co phai nhan xet tung nguoi k')).toBe('bi thu nhan xet tung nguoi');
    expect(understood('làm thế nào để tải file word về máy vậy ạ')).toBe(prepareQuery('để tải file word về máy'));
  });

  it('keeps a phrase of a synonym group whole, even when it holds a question word', () => {
    expect(understood('lam ca khong co thoi gian viet thi sao')).toBe('lam ca khong co thoi gian viet');
    expect(understood('co duoc sao chep khong')).toBe('sao chep');
  });

  it('keeps every word when nothing but question words was typed', () => {
    const u = understandQuery(prepareQuery('có phải không'));
    expect(u.words).toEqual(['có', 'phải', 'không']);
    expect(u.dropped).toEqual([]);
    expect(understood('thế nào')).toBe('thế nào');
  });

  it('does not mistake a word with other marks for a question word', () => {
    // "cỏ" (grass) is not "có"; "khóng" is kept as typed.
    expect(understood('cỏ khóng')).toBe('cỏ khóng');
  });

  it('expands the abbreviations members type', () => {
    expect(understood('dv di lam xa nop bc the nao')).toBe(prepareQuery('đảng viên di lam xa nop báo cáo'));
  });

  it('says whether the last word typed is still the last searched (it may be unfinished)', () => {
    expect(understandQuery('ve huu viet').keepsLast).toBe(true);
    expect(understandQuery('ve huu viet ko').keepsLast).toBe(false);
  });
});

describe('synonymsIn: members’ words and the site’s words, both directions', () => {
  it('indexes a page that says “nghỉ hưu” under “về hưu” and “hưu trí”, and the reverse', () => {
    expect(synonymsIn('Tôi đã nghỉ hưu. Báo cáo viết gì?')).toEqual(expect.arrayContaining(['về hưu', 'hưu trí']));
    expect(synonymsIn('cán bộ về hưu')).toEqual(expect.arrayContaining(['nghỉ hưu']));
  });

  it('maps the everyday words of the issue to the site’s words', () => {
    const cases: [string, string][] = [
      ['Tôi tuổi cao, sức khỏe yếu', 'già'],
      ['người già yếu', 'tuổi cao'],
      ['lớn tuổi', 'tuổi cao'],
      ['đảng viên đi làm ăn xa', 'xa nhà'],
      ['ở xa', 'làm ăn xa'],
      ['nhờ người viết giúp', 'viết hộ'],
      ['công ty tư nhân', 'doanh nghiệp ngoài nhà nước'],
      ['tải về tệp Word', 'file word'.replace('word', 'Word')],
      ['chủ trì kết luận', 'nhận xét'],
      ['chép bài', 'sao chép'],
      ['họp chi bộ', 'sinh hoạt'],
    ];
    for (const [text, wanted] of cases) expect(synonymsIn(text), text).toContain(wanted);
  });

  it('matches whole words with their marks only: “tham gia” is not “già”, “chủ yếu” is not weak health', () => {
    expect(synonymsIn('tham gia sinh hoạt')).not.toContain('tuổi cao');
    expect(synonymsIn('chủ yếu dành cho người đang giữ chức vụ')).not.toContain('sức khỏe yếu');
    expect(synonymsIn('Đồng chí')).toEqual([]);
  });
});

describe('kinds of question (kinds.ts)', () => {
  it('reads a count of members from the threshold on as a large cell, and never searches the number', () => {
    expect(understandQuery('chi bo co 60 dang vien chia 3 buoi').words.join(' ')).toBe(
      'chi bo dông dảng viên chia 3 buoi',
    );
    expect(understandQuery('chi bộ 8 đảng viên').words).toContain('8');
  });
  it('reads an age from the threshold on as tuổi cao', () => {
    expect(understandQuery('toi 85 tuoi roi').words.join(' ')).toBe('tuổi cao');
  });
  it('says a purpose, a date, privacy in the site’s words, and asks for the reference for a text itself', () => {
    expect(understandQuery('dot sinh hoat nay de lam gi').words.join(' ')).toBe('dot sinh hoat mục dích');
    expect(understandQuery('han chot nop bao cao').words.join(' ')).toBe('mốc thời gian nop bao cao');
    expect(understandQuery('du lieu co luu lai khong').words).toEqual(
      expect.arrayContaining(['du', 'lieu', 'riêng', 'tư']),
    );
    expect(understandQuery('loi the gom nhung cau nao').prefer).toBe('tai-lieu');
  });
});

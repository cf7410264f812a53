import { describe, expect, it } from 'vitest';
import { ANCHOR_ID, anchorId, anchorIdSlugger } from './anchor-id';

describe('anchorId', () => {
  it('drops the marks of Vietnamese letters, writes “đ” as d, and keeps only a-z, 0-9 and single hyphens', () => {
    expect(anchorId('Ai quyết định')).toBe('ai-quyet-dinh');
    expect(anchorId('Nay đồng chí hỏi ai?')).toBe('nay-dong-chi-hoi-ai');
    expect(anchorId('Điểm 7.1: giảm, miễn công tác và sinh hoạt đảng')).toBe(
      'diem-7-1-giam-mien-cong-tac-va-sinh-hoat-dang',
    );
    expect(anchorId('“Hướng dẫn 06-HD/TW” (2025)')).toBe('huong-dan-06-hd-tw-2025');
    expect(anchorId('Ưu, khuyết điểm'.normalize('NFD'))).toBe('uu-khuyet-diem');
    expect(anchorId('…')).toBe('');
  });

  it('every id it gives matches the site’s anchor pattern', () => {
    for (const text of ['Khoản 1: đã đối chiếu', 'Mẫu 2C-HD KĐ.ĐG', 'Tổ đảng', ' - Xem thêm - '])
      expect(anchorId(text)).toMatch(ANCHOR_ID);
  });
});

describe('anchorIdSlugger', () => {
  it('numbers a repeated heading, and names one with no letters', () => {
    const slug = anchorIdSlugger();
    expect(slug('Ai quyết định')).toBe('ai-quyet-dinh');
    expect(slug('Ai quyết định')).toBe('ai-quyet-dinh-1');
    expect(slug('Ai quyết định?')).toBe('ai-quyet-dinh-2');
    expect(slug('?')).toBe('muc');
    expect(slug('!')).toBe('muc-1');
  });
});

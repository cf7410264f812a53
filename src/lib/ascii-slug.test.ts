import { describe, expect, it } from 'vitest';
import { asciiSlug, pageSlugger } from './ascii-slug';

describe('asciiSlug', () => {
  it('drops every mark, đ included, and joins words with hyphens', () => {
    expect(asciiSlug('Ai quyết định?')).toBe('ai-quyet-dinh');
    expect(asciiSlug('Điều chưa tìm thấy: quy định')).toBe('dieu-chua-tim-thay-quy-dinh');
    expect(asciiSlug('Trang này có gì')).toBe('trang-nay-co-gi');
  });
  it('reads NFD text as NFC text', () => {
    expect(asciiSlug('Đảng viên'.normalize('NFD'))).toBe(asciiSlug('Đảng viên'));
  });
});

describe('pageSlugger', () => {
  it('numbers a repeated heading and names an empty one', () => {
    const slug = pageSlugger();
    expect([slug('Ai quyết định'), slug('Ai quyết định'), slug('!!')]).toEqual([
      'ai-quyet-dinh',
      'ai-quyet-dinh-2',
      'muc',
    ]);
  });
});

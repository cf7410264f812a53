import { describe, expect, it } from 'vitest';
import { indexDocuments } from './index-html';

const page = (body: string) =>
  `<html lang="vi"><head><title>T</title></head><body><main><div data-pagefind-body data-pagefind-filter="type:Tổ chức sinh hoạt">${body}</div></main></body></html>`;

describe('indexDocuments: a one-page section’s units are entries of their own', () => {
  it('gives a page without units as one document, unchanged', () => {
    const html = page('<h1>Hỏi đáp</h1><p>Nội dung</p>');
    expect(indexDocuments(html, '/hoi-dap/x/')).toEqual([{ url: '/hoi-dap/x/', html }]);
  });

  it('gives each marked unit its own document under page#id, titled by the unit, and keeps the rest as the page', () => {
    const html = page(
      '<h1>Tổ chức</h1><p>Mở đầu</p><ol><li id="lap-ke-hoach" data-search-entry="Lập kế hoạch"><h3 id="h">Lập kế hoạch</h3>' +
        '<ul><li>Xin văn bản</li><li>Đăng ký</li></ul></li><li id="bien-ban" data-search-entry="Hoàn thiện biên bản"><p>Ký biên bản</p></li></ol>',
    );
    const docs = indexDocuments(html, '/sinh-hoat/');
    expect(docs.map((d) => d.url)).toEqual(['/sinh-hoat/', '/sinh-hoat/#lap-ke-hoach', '/sinh-hoat/#bien-ban']);
    expect(docs[0]!.html).toContain('Mở đầu');
    expect(docs[0]!.html).not.toContain('Xin văn bản');
    expect(docs[1]!.html).toContain('data-pagefind-filter="type:Tổ chức sinh hoạt"><h1>Lập kế hoạch</h1>');
    // The nested list stays whole inside its unit; the next unit is not in it.
    expect(docs[1]!.html).toContain('<li>Đăng ký</li></ul>');
    expect(docs[1]!.html).not.toContain('Ký biên bản');
    // No ids inside a unit: it is one result, not a page with sub-results.
    expect(docs[1]!.html).not.toContain('id="h"');
    expect(docs[2]!.html).toContain('<h1>Hoàn thiện biên bản</h1><p>Ký biên bản</p>');
  });
});

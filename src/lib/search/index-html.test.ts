import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from './index-html';
import { STROKE_MARK as M } from './normalize';

describe('prepareHtmlForIndex', () => {
  it('marks đ in text but keeps ids, links and filter values exact', () => {
    const html =
      '<main data-pagefind-body data-pagefind-filter="type:Hỏi đáp"><h2 id="đảng-viên">Đảng viên</h2>' +
      '<a href="/hoi-dap/dang-vien/" title="đi">đi làm</a></main>';
    expect(prepareHtmlForIndex(html)).toBe(
      '<main data-pagefind-body data-pagefind-filter="type:Hỏi đáp"><h2 id="đảng-viên">' +
        `D${M}ảng viên</h2><a href="/hoi-dap/dang-vien/" title="đi">d${M}i làm</a></main>`,
    );
  });

  it('marks đ in data-pagefind-meta values', () => {
    expect(prepareHtmlForIndex('<span data-pagefind-meta="keywords:đi làm xa"></span>')).toBe(
      `<span data-pagefind-meta="keywords:d${M}i làm xa"></span>`,
    );
  });

  it('leaves comments alone', () => {
    expect(prepareHtmlForIndex('<!-- đ --><p>đ</p>')).toBe(`<!-- đ --><p>d${M}</p>`);
  });
});

import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from './index-html';
import { STROKE_MARK as M, WORD_END as E } from './normalize';

describe('prepareHtmlForIndex', () => {
  it('marks words and đ in text but keeps ids, links and filter values exact', () => {
    const html =
      '<main data-pagefind-body data-pagefind-filter="type:Hỏi đáp"><h2 id="đảng-viên">Đảng viên</h2>' +
      '<a href="/hoi-dap/dang-vien/" title="đi">đi làm</a></main>';
    expect(prepareHtmlForIndex(html)).toBe(
      '<main data-pagefind-body data-pagefind-filter="type:Hỏi đáp"><h2 id="đảng-viên">' +
        `D${M}ảng${E} viên${E}</h2><a href="/hoi-dap/dang-vien/" title="đi">d${M}i${E} làm${E}</a></main>`,
    );
  });

  it('marks the text of data-pagefind-meta pairs, not their keys or attribute references', () => {
    expect(prepareHtmlForIndex('<span data-pagefind-meta="keywords:đi xa, note:[title]"></span>')).toBe(
      `<span data-pagefind-meta="keywords:d${M}i${E} xa${E}, note:[title]"></span>`,
    );
    expect(prepareHtmlForIndex('<p data-pagefind-meta="keywords">đi</p>')).toBe(
      `<p data-pagefind-meta="keywords">d${M}i${E}</p>`,
    );
  });

  it('keeps character references whole', () => {
    expect(prepareHtmlForIndex('<p>A &amp; B&#39;s &#x27;x&nbsp;</p>')).toBe(
      `<p>A${E} &amp; B${E}&#39;s${E} &#x27;x${E}&nbsp;</p>`,
    );
  });

  it('leaves comments alone', () => {
    expect(prepareHtmlForIndex('<!-- đ --><p>đ</p>')).toBe(`<!-- đ --><p>d${M}${E}</p>`);
  });
});

import { describe, expect, it } from 'vitest';
import { indexedText, prepareHtmlForIndex } from './index-html';
import { restoreIndexed } from './normalize';

describe('prepareHtmlForIndex: synonyms and glossary terms', () => {
  const page =
    '<header><a href="/sinh-hoat/">Sinh hoạt</a></header><main><article data-pagefind-body data-pagefind-filter="type:Hỏi đáp">' +
    '<h1>Tôi đã nghỉ hưu</h1><p data-pagefind-ignore>Chủ đề: tuổi cao</p>' +
    '<p hidden data-pagefind-ignore data-pagefind-meta="keywords">cán bộ hưu · chép bài</p></article></main><footer>họp</footer>';

  it('reads only the indexed text: the body region without ignored parts, plus metadata text', () => {
    const text = indexedText(page);
    expect(text).toContain('nghỉ hưu');
    expect(text).toContain('chép bài');
    expect(text).not.toContain('tuổi cao');
    expect(text).not.toContain('Sinh hoạt');
    expect(text).not.toContain('họp');
  });

  it('adds the synonyms of the phrases the page uses as hidden "synonyms" metadata, marked for the index', () => {
    const out = prepareHtmlForIndex(page);
    const meta = /data-pagefind-meta="synonyms">([^<]*)</.exec(out)?.[1];
    expect(meta).toBeDefined();
    const phrases = restoreIndexed(meta!).split(' · ');
    expect(phrases).toEqual(expect.arrayContaining(['về hưu', 'hưu trí', 'sao chép']));
    // Not from the header, the footer or an ignored paragraph.
    expect(phrases).not.toContain('họp');
    expect(phrases).not.toContain('lớn tuổi');
    // Inside the body region, so Pagefind reads it with the page.
    expect(out.indexOf('data-pagefind-meta="synonyms"')).toBeGreaterThan(out.indexOf('data-pagefind-body'));
  });

  it('adds nothing to a page that uses no phrase of a group, or has no indexed region', () => {
    expect(prepareHtmlForIndex('<main data-pagefind-body><p>Điều 2</p></main>')).not.toContain('synonyms');
    expect(prepareHtmlForIndex('<main><p>nghỉ hưu</p></main>')).not.toContain('synonyms');
  });

  it('turns a glossary term with an id into a heading of the index copy, so it is a sub-result', () => {
    const out = prepareHtmlForIndex(
      '<div data-pagefind-body><dl><dt id="chi-bo">Chi bộ</dt><dd>Tổ chức</dd><dt>x</dt></dl></div>',
    );
    expect(out).toMatch(/<h3 id="chi-bo">[^<]+<\/h3>/);
    expect(out).toContain('<dt>');
  });
});

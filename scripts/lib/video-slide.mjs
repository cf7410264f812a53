// The illustrative video's slides (scripts/make-illustrative-video.mjs): one per chapter, its title and the
// points of its frontmatter, under a band that says it is an illustration.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** One chapter's slide, as the HTML chromium renders to a PNG. */
export const slideHtml = (
  data,
  chapter,
  i,
  { width, height },
) => `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: ${width}px; height: ${height}px; font-family: 'Noto Sans', sans-serif; background: #fdf8ee; color: #1d1d1d; overflow: hidden; }
  .band { background: #9b1c1c; color: #fff; font-size: 27px; font-weight: 700; padding: 16px 56px; letter-spacing: .01em; }
  .band span { font-weight: 400; }
  main { padding: 34px 56px 0; }
  .video-title { font-size: 27px; color: #5b4636; margin-bottom: 14px; }
  .part { font-size: 26px; font-weight: 700; color: #9b1c1c; text-transform: uppercase; letter-spacing: .04em; }
  h1 { font-size: 50px; line-height: 1.15; margin: 6px 0 26px; }
  ul { list-style: none; padding: 0; }
  li { font-size: 36px; line-height: 1.3; margin: 0 0 14px; padding-left: 40px; position: relative; }
  li::before { content: ''; position: absolute; left: 4px; top: 15px; width: 16px; height: 16px; background: #9b1c1c; }
</style><body>
  <div class="band">VIDEO MINH HỌA <span>· không phải ghi hình buổi sinh hoạt thật</span></div>
  <main>
    ${i === 0 ? `<p class="video-title">${esc(data.title.replace(/\s*\(video minh họa\)$/i, ''))}</p>` : ''}
    <p class="part">Phần ${i + 1}/${data.chapters.length}</p>
    <h1>${esc(chapter.title)}</h1>
    <ul>${chapter.points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>
  </main>
</body></html>`;

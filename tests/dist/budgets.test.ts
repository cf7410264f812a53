import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist-files';
import { pageWeight } from '../support/page-weight';

const KB = 1024;
/** Pages whose job is to read: the strict budget. */
const isContentPage = (path: string) => path === '/' || /^\/(huong-dan|hoi-dap|tai-lieu|sinh-hoat|rieng-tu)\//.test(path);

describe('performance budgets (gzip, first visit)', () => {
  const pages = htmlPages();
  const content = pages.filter((p) => isContentPage(p.path));

  it('has content pages to measure', () => {
    expect(content.length).toBeGreaterThanOrEqual(5);
  });

  for (const page of content) {
    it(`${page.path}: ≤ 30 KB in all, JavaScript ≤ 5 KB, CSS ≤ 12 KB`, () => {
      const weight = pageWeight(page.html);
      console.info(`${page.path}: total ${weight.total} B, HTML ${weight.html} B, CSS ${weight.css} B, JS ${weight.js} B (gzip)`);
      expect(weight.js, `JavaScript (${weight.jsFiles.join(', ')})`).toBeLessThanOrEqual(5 * KB);
      expect(weight.css, 'CSS').toBeLessThanOrEqual(12 * KB);
      expect(weight.total, 'HTML + CSS + JavaScript').toBeLessThanOrEqual(30 * KB);
    });
  }

  for (const page of pages.filter((p) => p.path === '/bao-cao/')) {
    it('/bao-cao/: initial JavaScript ≤ 40 KB, without the .docx writer', () => {
      const weight = pageWeight(page.html);
      console.info(`/bao-cao/: initial JS ${weight.js} B gzip in ${weight.jsFiles.length} files`);
      expect(weight.js).toBeLessThanOrEqual(40 * KB);
    });
  }

  it('pages that only render content load no search code before interaction', () => {
    for (const page of content) {
      expect(page.html, page.path).not.toMatch(/pagefind[^"']*\.js["'][^>]*>|<script[^>]+pagefind/);
      for (const url of pageWeight(page.html).jsFiles) expect(url, page.path).not.toMatch(/pagefind/);
    }
  });
});

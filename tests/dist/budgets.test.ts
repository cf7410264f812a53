import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist-files';
import { pageWeight } from '../support/page-weight';
import { pageModules } from '../support/module-graph';
import { sectionHref, type SectionId } from '~/lib/sections';

const KB = 1024;
/** Sections whose pages are for reading: the strict budget (ids checked against src/lib/sections.ts). */
const readingSections: SectionId[] = ['huong-dan', 'hoi-dap', 'tai-lieu', 'sinh-hoat', 'rieng-tu'];
const isContentPage = (path: string) => path === '/' || readingSections.some((id) => path.startsWith(sectionHref(id)));

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

  // The search's own modules (src/components/Search/ and Pagefind), as Vite names their chunks; the boot
  // script (SearchBox.astro's) is the only search code a reading page loads before the box is touched.
  const searchCode = /pagefind|\/(?:search-(?:box|page|client|service|worker)|render|highlight)[.-][\w-]+\.js$/;

  it('pages that only render content load no search code before interaction', () => {
    for (const page of content) {
      expect(page.html, page.path).not.toMatch(/pagefind[^"']*\.js["'][^>]*>|<script[^>]+pagefind/);
      const early = pageModules(page.html, { dynamic: false }).filter((url) => searchCode.test(url));
      expect(early, page.path).toEqual([]);
    }
  });

  it('sees the search code those pages load on interaction (so the check above can fail)', () => {
    for (const page of content) {
      const later = pageModules(page.html, { dynamic: true }).filter((url) => searchCode.test(url));
      expect(later.some((url) => /search-box/.test(url)), page.path).toBe(true);
      expect(later.some((url) => /search-worker/.test(url)), page.path).toBe(true);
    }
  });
});
